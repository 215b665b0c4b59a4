import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { locales } from '../../cms/core/locales'
import { liveSiteLink, siteBuildsDir } from '../../cms/lib/paths'
import { buildSite } from '../../cms/publish/build-site'
import { indexSite } from '../../cms/publish/searchIndex'
import { quiet, runQueuedRebuilds, seededPayload } from './helpers'

let payload: Payload
type Ev = { id: number; slug: string }
let edited: Ev
let removed: Ev
const live = () => fs.realpathSync(liveSiteLink)
const read = (file: string) => fs.readFileSync(path.join(liveSiteLink, file), 'utf8')
const title = { kk: 'Түзетілген атау KZ-7731', ru: 'Исправленное название RU-7731', en: 'Corrected title EN-7731' } as const

/** The text pagefind stored for the live build's pages (its fragments are gzip'd JSON). */
function pagefindText(): string {
  const dir = path.join(liveSiteLink, 'pagefind', 'fragment')
  return fs.readdirSync(dir).map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8')).join('\n')
}

beforeAll(async () => {
  // The seed is small: a removed event concerns about half its pages (every month, feed and office
  // page lists events), which a real-size site never reaches. Let such builds stay incremental.
  process.env.KELISIM_INCREMENTAL_MAX_SHARE = '0.9'
  payload = await seededPayload()
  const { docs } = await payload.find({ collection: 'events', where: { _status: { equals: 'published' } }, sort: '-startsAt', limit: 2, depth: 0 })
  edited = docs[0] as unknown as Ev
  removed = docs[1] as unknown as Ev
  const first = await buildSite()
  expect(first.mode).toBe('full')
}, 300_000)

describe('a full build', () => {
  it('indexes and compresses every page while rendering: the same search index and copies as from the finished folder', async () => {
    const dir = live()
    expect(JSON.parse(read('.kelisim/build.json')).mode).toBe('full')
    // Every text file of a kilobyte or more has brotli and gzip copies of exactly its bytes,
    // whether the middleware compressed it during the render or the publisher after it.
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('.kelisim') && /\.(html|ics|json|xml|js|css)$/.test(f))
    const large = files.filter((f) => fs.statSync(path.join(dir, f)).size >= 1024)
    expect(large.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100)
    const compressedDuringRender = read('.kelisim/compressed.txt').split('\n')
    expect(compressedDuringRender).toContain('kk/index.html')
    expect(compressedDuringRender).toContain('kk/404.html')
    for (const file of large) {
      const original = fs.readFileSync(path.join(dir, file))
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${file}.br`))).equals(original), file).toBe(true)
      expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${file}.gz`))).equals(original), file).toBe(true)
    }
    // The language 404 pages are flat files in the site, and their copies sit beside them.
    expect(fs.existsSync(path.join(dir, 'kk', '404.html.br'))).toBe(true)
    expect(fs.existsSync(path.join(dir, 'kk', '404'))).toBe(false)

    // The index the render fed page by page equals pagefind's index of the finished folder.
    const fromFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-index-check-'))
    try {
      const pages = await indexSite(dir, { outputDir: fromFolder })
      expect(pages).toBe(files.filter((f) => f.endsWith('.html')).length)
      const fragmentsIn = (root: string) => fs.readdirSync(path.join(root, 'pagefind', 'fragment')).length
      expect(fragmentsIn(dir)).toBe(fragmentsIn(fromFolder))
      for (const locale of locales) {
        expect(read(`${locale}/search-index.json`)).toBe(fs.readFileSync(path.join(fromFolder, locale, 'search-index.json'), 'utf8'))
      }
    } finally {
      fs.rmSync(fromFolder, { recursive: true, force: true })
    }
  }, 300_000)
})

describe('incremental publishing', () => {
  it('an edited title: only the pages that show it are rendered again, the rest are links to the live build', async () => {
    const previous = live()
    // The new build starts as links to these files: it must replace them, never write through them.
    const previousFiles = [`kk/events/${edited.slug}/index.html`, `kk/events/${edited.slug}/index.html.br`, 'ru/events/index.html']
    const previousBytes = previousFiles.map((file) => fs.readFileSync(path.join(previous, file)))
    process.env.KELISIM_AUTO_REBUILD = 'on'
    process.env.KELISIM_REBUILD_DEBOUNCE_MS = '200'
    try {
      // Three saves (one per language) join one queued rebuild, which carries all three changes.
      for (const locale of locales) {
        await payload.update({ collection: 'events', id: edited.id, locale, data: { title: title[locale] } as never, overrideAccess: true })
      }
      const queued = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } }, depth: 0 })
      expect(queued.docs).toHaveLength(1)
      const changes = (queued.docs[0]!.input as { changes: { fields?: string[] }[] }).changes
      expect(changes).toHaveLength(3)
      // The event points to a region: saved unchanged, it is no change (the hook compares relations by id),
      // else every page listing the region's events would be rendered again for a title.
      const saved = await payload.findByID({ collection: 'events', id: edited.id, depth: 0 })
      expect(saved.region).toBeTruthy()
      expect([...new Set(changes.flatMap((c) => c.fields ?? []))].sort()).toEqual(['title', 'updatedAt'])
      await runQueuedRebuilds(payload)
    } finally {
      process.env.KELISIM_AUTO_REBUILD = 'off'
    }
    const status = await payload.findGlobal({ slug: 'site-build', overrideAccess: true })
    expect(status.state).toBe('succeeded')
    expect(JSON.parse(read('.kelisim/build.json')).mode).toBe('incremental')
    expect(live()).not.toBe(previous)

    for (const locale of locales) {
      expect(read(`${locale}/events/${edited.slug}/index.html`)).toContain(title[locale])
      expect(read(`${locale}/events/index.html`)).toContain(title[locale])
      expect(read(`${locale}/events/feeds/all.ics`)).toContain(title[locale])
    }
    // Pages that never showed the event are the previous build's files (hard links, same inode).
    for (const file of ['kk/mediators/index.html', 'ru/publications/index.html', 'en/offices/index.html', 'kk/statistics/index.html']) {
      expect(fs.statSync(path.join(live(), file)).ino, file).toBe(fs.statSync(path.join(previous, file)).ino)
    }
    previousFiles.forEach((file, i) => expect(fs.readFileSync(path.join(previous, file)).equals(previousBytes[i]!), `${file} of the previous build`).toBe(true))
    // A changed page has its own compressed copies, an unchanged one keeps the old ones.
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(live(), `kk/events/${edited.slug}/index.html.br`))).toString()).toContain(title.kk)
    // Search finds the new title, with and without JavaScript.
    expect(pagefindText()).toContain(title.ru)
    expect(read('en/search-index.json')).toContain(title.en)
    // The manifest is there for the next build and never served (a dot folder).
    expect(fs.existsSync(path.join(live(), '.kelisim', 'pages.json'))).toBe(true)
  }, 300_000)

  it('a deleted event: its pages, links and search entries are gone', async () => {
    const previous = live()
    const { slug } = removed
    expect(read(`ru/events/${slug}/index.html`)).toBeTruthy()
    await payload.delete({ collection: 'events', id: removed.id, overrideAccess: true, context: quiet })
    const result = await buildSite({ changes: [{ collection: 'events', id: String(removed.id), kind: 'delete' }] })
    expect(result.mode).toBe('incremental')
    expect(live()).not.toBe(previous)
    for (const locale of locales) {
      expect(fs.existsSync(path.join(liveSiteLink, locale, 'events', slug))).toBe(false)
      expect(read(`${locale}/events/index.html`)).not.toContain(`/events/${slug}/`)
      expect(read(`${locale}/index.html`)).not.toContain(`/events/${slug}/`)
      expect(read(`${locale}/search-index.json`)).not.toContain(`/events/${slug}/`)
    }
    expect(read('sitemap-0.xml')).not.toContain(`/events/${slug}/`)
    expect(pagefindText()).not.toContain(`/events/${slug}/`)

    // It went live in two steps: first the pages, with the previous build's search index (the same
    // files), marked as behind; then a folder of links to those pages with the search index updated.
    const builds = fs.readdirSync(siteBuildsDir).sort()
    const pagesStep = path.join(siteBuildsDir, builds[builds.indexOf(path.basename(live())) - 1]!)
    expect(pagesStep).not.toBe(previous)
    expect(JSON.parse(fs.readFileSync(path.join(pagesStep, '.kelisim', 'build.json'), 'utf8')).searchIndex).toBe('behind')
    expect(JSON.parse(read('.kelisim/build.json')).searchIndex).toBeUndefined()
    expect(fs.existsSync(path.join(pagesStep, 'ru', 'events', slug))).toBe(false)
    const inode = (dir: string, file: string) => fs.statSync(path.join(dir, file)).ino
    expect(inode(pagesStep, 'ru/search-index.json')).toBe(inode(previous, 'ru/search-index.json'))
    expect(inode(pagesStep, 'pagefind/pagefind-entry.json')).toBe(inode(previous, 'pagefind/pagefind-entry.json'))
    expect(inode(live(), 'ru/index.html')).toBe(inode(pagesStep, 'ru/index.html'))
    expect(inode(live(), 'ru/search-index.json')).not.toBe(inode(previous, 'ru/search-index.json'))
    expect(result.phases!.pagesLiveMs).toBeLessThan(result.durationMs)
  }, 300_000)

  it('a live search index left behind its pages (its step failed) is made afresh by the next build', async () => {
    const liveDir = live()
    const buildJson = path.join(liveDir, '.kelisim', 'build.json')
    // As if the last build's second step had not happened: its pages live, the index without the edited page.
    const meta = JSON.parse(fs.readFileSync(buildJson, 'utf8'))
    fs.rmSync(buildJson)
    fs.writeFileSync(buildJson, JSON.stringify({ ...meta, searchIndex: 'behind' }))
    const stale = path.join(liveDir, 'en', 'search-index.json')
    const entries = JSON.parse(fs.readFileSync(stale, 'utf8')) as [string, ...unknown[]][]
    const kept = entries.filter((entry) => !entry[0].includes(`/events/${edited.slug}/`))
    expect(kept.length).toBeLessThan(entries.length)
    fs.rmSync(stale)
    fs.writeFileSync(stale, JSON.stringify(kept))

    // A change elsewhere: the edited event's page is not re-rendered, yet its entry is back.
    const result = await buildSite({ changes: [{ collection: 'mediators', id: '1', kind: 'update', fields: ['name'] }] })
    expect(result.mode).toBe('incremental')
    expect(read('en/search-index.json')).toContain(`/events/${edited.slug}/`)
    expect(read('en/search-index.json')).toContain(title.en)
    expect(JSON.parse(read('.kelisim/build.json')).searchIndex).toBeUndefined()
  }, 300_000)

  it('renders every page when the site code (here: a build setting in its hash) changed', async () => {
    const saved = process.env.KELISIM_SITE_URL
    process.env.KELISIM_SITE_URL = 'http://127.0.0.1:9999'
    try {
      const result = await buildSite({ changes: [{ collection: 'events', id: String(edited.id), kind: 'update', fields: ['summary'] }] })
      expect(result.mode).toBe('full')
    } finally {
      if (saved === undefined) delete process.env.KELISIM_SITE_URL
      else process.env.KELISIM_SITE_URL = saved
    }
  }, 300_000)
})
