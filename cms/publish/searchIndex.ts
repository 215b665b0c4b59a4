/**
 * What search indexes from the built pages. Astro writes block elements without whitespace between
 * them (`<dd>Тараз</dd><dt>Өңір</dt>`), and pagefind joins their text into one word
 * ("ТаразӨңір"): a newline after every closing block tag keeps words apart. The same pass writes
 * the small per-language list the search answers from without JavaScript (cms/core/siteSearch.ts).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { foldLetters } from '../core/fold'
import { locales } from '../core/locales'
import { isSearchKind, type SearchEntry } from '../core/siteSearch'

const blockClose = /(<\/(?:p|div|li|dd|dt|h[1-6]|td|th|tr|caption|section|article|header|footer|nav|aside|main|ul|ol|dl|table|figure|figcaption|blockquote|address|time|small|label|button|summary|details)>|<br\s*\/?>)(?=\S)/gi

/** The page with a line break after each closing block tag, so adjacent blocks never share a word. */
export function spaceBlocks(html: string): string {
  return html.replace(blockClose, '$1\n')
}

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' })[e] ?? '')
const stripTags = (s: string) => decode(s.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim()

/** The no-JS search entry of a built page, or null for pages kept out of search (noindex, no body). */
export function entryFromHtml(html: string, url: string): SearchEntry | null {
  if (!html.includes('data-pagefind-body') || /<meta name="robots" content="noindex/.test(html)) return null
  const h1 = /<h1\b([^>]*)>([\s\S]*?)<\/h1>/.exec(html)
  const title = h1 ? stripTags(h1[2]!) : stripTags(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '')
  if (!title) return null
  const folded = h1 ? decode(/data-folded="([^"]*)"/.exec(h1[1]!)?.[1] ?? '') : ''
  const kind = /data-pagefind-meta="kind:([a-z]+)"/.exec(html)?.[1]
  const description = decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '')
  return [url, title, isSearchKind(kind) ? kind : 'page', foldLetters(`${title} ${folded} ${description}`), description]
}

async function htmlFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = []
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') out.push(...(await htmlFiles(full, base)))
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(path.relative(base, full))
  }
  return out
}

/**
 * A search index filled page by page: pagefind (its own process) takes each page as it comes, and
 * the no-JS lists are collected alongside. A full build feeds it from the render itself
 * (site/middleware.ts), so pagefind works on the second core while Astro renders on the first;
 * `indexSite` feeds it from a built folder.
 */
export function createPageIndexer() {
  const perLocale = new Map<string, SearchEntry[]>(locales.map((l) => [l, []]))
  let pages = 0
  const started = (async () => {
    const pagefind = await import('pagefind')
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
    return { pagefind, index }
  })()
  const pending: Promise<void>[] = []
  // Failures are reported by finish(); never an unhandled rejection meanwhile.
  started.catch(() => {})
  return {
    /** Adds a page by its file in the site (`kk/events/x/index.html`); settles when pagefind has it. */
    add(file: string, html: string): Promise<void> {
      const url = urlOfFile(file)
      const entry = file.endsWith('index.html') ? entryFromHtml(html, url) : null
      if (entry) perLocale.get(file.split(/[\\/]/)[0]!)?.push(entry)
      const added = started.then(async ({ index }) => {
        const result = await index.addHTMLFile({ url, content: spaceBlocks(html) })
        if (result.errors.length) throw new Error(`pagefind: ${file}: ${result.errors.join('; ')}`)
        pages++
      })
      added.catch(() => {})
      pending.push(added)
      return added
    },
    /** Writes `pagefind/` and `<lang>/search-index.json` into `outputDir`; returns the pages indexed. */
    async finish(outputDir: string): Promise<number> {
      const { pagefind, index } = await started
      try {
        await Promise.all(pending)
        const written = await index.writeFiles({ outputPath: path.join(outputDir, 'pagefind') })
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
      } finally {
        await pagefind.close()
      }
      for (const [locale, entries] of perLocale) {
        if (!entries.length) continue
        entries.sort(byAddress)
        const out = path.join(outputDir, locale, 'search-index.json')
        await fs.mkdir(path.dirname(out), { recursive: true })
        await fs.writeFile(out, JSON.stringify(entries))
      }
      return pages
    },
    /** Stops pagefind without writing anything (the build failed). */
    async abandon() {
      const running = await started.catch(() => undefined)
      await running?.pagefind.close().catch(() => {})
    },
  }
}
export type PageIndexer = ReturnType<typeof createPageIndexer>

/**
 * The file a rendered page becomes in the published site: `/kk/events/x/` is `kk/events/x/index.html`,
 * and the not-found pages are flat files (`404.html`, `kk/404.html`: see build-site's flattenNotFoundPages).
 */
export function fileOfRenderedPage(pathname: string): string {
  const decoded = decodeURI(pathname)
  const notFound = /^\/(?:([a-z]{2})\/)?404\/?$/.exec(decoded)
  if (notFound) return notFound[1] ? `${notFound[1]}/404.html` : '404.html'
  const dir = decoded.replace(/^\/+/, '')
  return `${dir}${dir && !dir.endsWith('/') ? '/' : ''}index.html`
}

/**
 * Indexes every page of a built folder with pagefind (blocks spaced) and writes
 * `<lang>/search-index.json` (into `outputDir` when given: the benchmark indexes a live build
 * without touching it). Returns the number of pages pagefind indexed.
 */
export async function indexSite(dir: string, options: { outputDir?: string } = {}): Promise<number> {
  const indexer = createPageIndexer()
  try {
    for (const file of await htmlFiles(dir)) await indexer.add(file, await fs.readFile(path.join(dir, file), 'utf8'))
  } catch (error) {
    await indexer.abandon()
    throw error
  }
  return indexer.finish(options.outputDir ?? dir)
}

/** No-JS list order: by address, the same whatever order the pages were rendered or read in. */
const byAddress = (a: SearchEntry, b: SearchEntry) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)

const urlOfFile = (file: string) => `/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`

/** The pages pagefind indexed in a build, as records it can take again (its fragments are gzip'd JSON). */
async function indexedRecords(dir: string): Promise<Map<string, { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }>> {
  const fragments = path.join(dir, 'pagefind', 'fragment')
  const records = new Map()
  for (const name of await fs.readdir(fragments).catch(() => [] as string[])) {
    const text = gunzipSync(await fs.readFile(path.join(fragments, name))).toString('utf8')
    const record = JSON.parse(text.slice(text.indexOf('{')))
    records.set(record.url, record)
  }
  return records
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof import('pagefind')['createIndex']>>['index']>

/**
 * The search index of an incremental build, in two steps so the first runs while Astro renders:
 * `start` puts every page of the live build except `rerendered` into pagefind as the record it made
 * of it then (its fragments: no HTML parsed again); `finish` adds the re-rendered pages' HTML,
 * writes the index and the no-JS lists (live entries of untouched pages kept). A page removed that
 * `start` already took (not among `rerendered`) makes `finish` index everything afresh instead.
 */
export function startIncrementalIndex(liveDir: string, rerendered: Set<string>) {
  const taken = new Set<string>()
  const ready = (async () => {
    const pagefind = await import('pagefind')
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
    for (const [url, record] of await indexedRecords(liveDir)) {
      if (rerendered.has(url)) continue
      const added = await index.addCustomRecord({ url, content: record.content, language: url.split('/')[1] ?? '', meta: record.meta, filters: record.filters })
      if (added.errors.length) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`)
      taken.add(url)
    }
    return { pagefind, index: index as PagefindIndex }
  })()
  // Reported by finish(); never an unhandled rejection while Astro still runs.
  ready.catch(() => {})
  return {
    async finish(dir: string, htmlChanged: string[], removedUrls: Set<string>): Promise<number> {
      const { pagefind, index } = await ready
      if ([...removedUrls].some((url) => taken.has(url))) {
        await pagefind.close()
        return indexSite(dir)
      }
      const fresh = new Map(htmlChanged.map((file) => [urlOfFile(file), file]))
      const dropped = (url: string) => rerendered.has(url) || fresh.has(url) || removedUrls.has(url)
      const perLocale = new Map<string, SearchEntry[]>()
      for (const locale of locales) {
        const kept = JSON.parse(await fs.readFile(path.join(liveDir, locale, 'search-index.json'), 'utf8').catch(() => '[]')) as SearchEntry[]
        perLocale.set(locale, kept.filter((entry) => !dropped(entry[0])))
      }
      for (const [url, file] of fresh) {
        const html = await fs.readFile(path.join(dir, file), 'utf8')
        const added = await index.addHTMLFile({ url, content: spaceBlocks(html) })
        if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`)
        const entry = file.endsWith('index.html') ? entryFromHtml(html, url) : null
        if (entry) perLocale.get(file.split(/[\\/]/)[0]!)?.push(entry)
      }
      // A re-rendered page whose output did not change is not among `fresh`: it is the live file, indexed as such.
      for (const url of rerendered) {
        if (fresh.has(url) || removedUrls.has(url)) continue
        const file = url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1)
        const html = await fs.readFile(path.join(dir, file), 'utf8').catch(() => null)
        if (html === null || !file.endsWith('.html')) continue
        const added = await index.addHTMLFile({ url, content: spaceBlocks(html) })
        if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`)
        const entry = file.endsWith('index.html') ? entryFromHtml(html, url) : null
        if (entry) perLocale.get(file.split(/[\\/]/)[0]!)?.push(entry)
      }
      const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
      await pagefind.close()
      for (const [locale, entries] of perLocale) {
        if (entries.length) await fs.writeFile(path.join(dir, locale, 'search-index.json'), JSON.stringify(entries.sort(byAddress)))
      }
      return taken.size + fresh.size
    },
    /** Stops pagefind when the build failed before finish(). */
    async abandon() {
      const started = await ready.catch(() => undefined)
      await started?.pagefind.close().catch(() => {})
    },
  }
}
