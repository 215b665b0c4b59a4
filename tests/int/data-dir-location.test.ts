import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BuildResult } from '../../cms/publish/buildResult'
import { createSiteServer } from '../../site/serve'

// Production layout that used to break the build: the repository at /srv/kelisim and its data at
// /srv/kelisim-data, a sibling whose path begins with the repository's path. Real path, because
// that is the working folder Astro compares against. The space checks quoting on the way.
const repoRoot = fs.realpathSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'))
const dataDir = `${repoRoot}-data ${crypto.randomBytes(4).toString('hex')}`

let result: BuildResult
let liveLink: string
let server: http.Server | undefined
let base: string

beforeAll(async () => {
  // Before any CMS module computes its paths (they read KELISIM_DATA_DIR once, on import).
  process.env.KELISIM_DATA_DIR = dataDir
  const { seededPayload } = await import('./helpers')
  await seededPayload()
  const { buildSite } = await import('../../cms/publish/build-site')
  liveLink = (await import('../../cms/lib/paths')).liveSiteLink
  result = await buildSite()

  // cmsUrl is never reached: only static pages are requested.
  server = createSiteServer({ liveDir: liveLink, cmsUrl: 'http://127.0.0.1:9' })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 300_000)

afterAll(async () => {
  if (server) await new Promise((resolve) => server!.close(resolve))
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('a data folder beside the repository, named with its path as a prefix', () => {
  it('builds the site there and makes it live', () => {
    expect(dataDir.startsWith(repoRoot)).toBe(true)
    expect(path.relative(repoRoot, dataDir).startsWith('..')).toBe(true)
    for (const locale of ['kk', 'ru', 'en']) expect(result.pagesPerLocale[locale]).toBeGreaterThan(0)
    expect(fs.realpathSync(liveLink)).toBe(path.join(dataDir, 'site', 'builds', result.buildId))
    // Astro's staging folder inside the repository is gone once the build moved out.
    expect(fs.existsSync(path.join(repoRoot, '.astro', 'site-builds', result.buildId))).toBe(false)
  })

  it('serves the home page in kk, ru and en from the live link, with the search index', async () => {
    for (const locale of ['kk', 'ru', 'en']) {
      const res = await fetch(`${base}/${locale}/`)
      expect(res.status).toBe(200)
      expect(await res.text()).toContain(`<html lang="${locale}"`)
    }
    expect((await fetch(`${base}/pagefind/pagefind.js`)).status).toBe(200)
  })
})
