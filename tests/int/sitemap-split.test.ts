/**
 * The sitemap's splitting rule, checked on the real @astrojs/sitemap integration with the site's
 * own options and a small limit: every page is listed exactly once, no file holds more than the
 * limit, the index names every file, and robots.txt points to the index.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import sitemap from '@astrojs/sitemap'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, describe, expect, it } from 'vitest'

import { SITEMAP_URL_LIMIT, sitemapIndexPath, sitemapOptions } from '../../cms/core/sitemap'
import { GET as robots } from '../../site/pages/robots.txt'

const site = 'https://kelisim.example.kz'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-sitemap-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

type Hooks = Record<string, (args: Record<string, unknown>) => Promise<void> | void>
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) })
const read = (file: string) => parser.parse(fs.readFileSync(path.join(dir, file), 'utf8'))

async function buildSitemap(pathnames: string[], limit: number) {
  const hooks = sitemap(sitemapOptions(limit) as never).hooks as unknown as Hooks
  const logger = { info() {}, warn(message: string) { throw new Error(message) }, error(message: string) { throw new Error(message) } }
  await hooks['astro:routes:resolved']!({ routes: [] })
  await hooks['astro:config:done']!({ config: { site, base: '/', trailingSlash: 'always', build: { format: 'directory' } } })
  await hooks['astro:build:done']!({ dir: pathToFileURL(dir + path.sep), pages: pathnames.map((pathname) => ({ pathname })), logger })
}

describe('the sitemap', () => {
  // 3 languages × 9 events + the language home pages, the search pages (not listed) and a 404.
  const content = ['kk', 'ru', 'en'].flatMap((l) => [`${l}/`, ...Array.from({ length: 9 }, (_, i) => `${l}/events/event-${i + 1}/`)])
  const pages = [...content, 'kk/search/', 'ru/search/', 'en/search/', '404/']

  it('splits into files of at most the limit, all named in the index, each page once', async () => {
    const limit = 7
    await buildSitemap(pages, limit)
    const index = read(sitemapIndexPath.slice(1))
    const files: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => new URL(s.loc).pathname.slice(1))
    expect(files).toEqual(Array.from({ length: Math.ceil(content.length / limit) }, (_, i) => `sitemap-${i}.xml`))
    const listed: string[] = []
    for (const file of files) {
      const urls: Array<{ loc: string }> = read(file).urlset.url
      expect(urls.length).toBeLessThanOrEqual(limit)
      listed.push(...urls.map((u) => u.loc))
    }
    expect(listed.sort()).toEqual(content.map((p) => `${site}/${p}`).sort())
  })

  it('lists each page with its other languages', async () => {
    await buildSitemap(pages, 100)
    const [url] = read('sitemap-0.xml').urlset.url as Array<{ loc: string; 'xhtml:link': Array<{ '@_hreflang': string }> }>
    expect(url!['xhtml:link'].map((l) => l['@_hreflang']).sort()).toEqual(['en-GB', 'kk-KZ', 'ru-RU'])
  })

  it('keeps to the protocol: 50,000 URLs per file at most', () => {
    expect(sitemapOptions().entryLimit).toBe(SITEMAP_URL_LIMIT)
    expect(SITEMAP_URL_LIMIT).toBe(50_000)
    expect(() => sitemapOptions(50_001)).toThrow()
  })

  it('is named in robots.txt by its index', async () => {
    const response = await robots({ site: new URL(site) } as never)
    expect(await response.text()).toContain(`Sitemap: ${site}${sitemapIndexPath}`)
  })
})
