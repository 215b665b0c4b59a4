import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { test } from '@playwright/test'

/**
 * Shared parts of the quality budgets (tests/e2e/budgets.spec.ts): the limits, the built site on
 * disk, and how a test hands its worst figure to tests/budgets-reporter.ts.
 */

export const limits = {
  /** Fits the first round trips of a slow 3G connection with room for growth. */
  htmlBrotli: 14 * 1024,
  /** Content pages are plain HTML: any script on them is a regression. */
  jsContent: 0,
  jsInteractive: 40 * 1024,
  cls: 0.05,
} as const

export const langs = ['kk', 'ru', 'en'] as const
export type Lang = (typeof langs)[number]

export const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The folder the portal under test serves; resolved once, since a rebuild swaps the link. */
let liveDir: string | undefined
export function builtSite(): string {
  liveDir ??= fs.realpathSync(path.join(process.env.E2E_DATA_DIR!, 'site', 'live'))
  return liveDir
}
/** Forget the resolved folder after publishing something the budgets must see. */
export function refreshBuiltSite() {
  liveDir = undefined
}

/** Every HTML file of the built site, as [url path, file]. */
export function htmlFiles(): Array<[string, string]> {
  const root = builtSite()
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`))
    .sort()
    .map((f) => {
      const url = '/' + f.split(path.sep).join('/')
      return [url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url, path.join(root, f)]
    })
}

export const brotliSize = (data: Buffer | string) =>
  zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length

export type Figure = {
  /** One line of the report per budget name. */
  budget: string
  page: string
  value: number
  limit: number
  unit: 'bytes' | 'count' | 'score'
  /** How many pages or targets the figure covers, when one test checks many (default 1). */
  checked?: number
}

/**
 * Hands a figure to the report. Call it before asserting, so a failing budget still names its
 * page; the reporter keeps the worst figure per budget across all tests.
 */
export function record(figure: Figure) {
  test.info().annotations.push({ type: 'budget', description: JSON.stringify(figure) })
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
