/**
 * Benchmark at the network's real size: loads a generated data set (tests/bench/scale/generate.ts)
 * into a fresh temporary SQLite database through the Local API, then reads it the way the site
 * build does. Prints load rates per collection and per 1,000-document window (to show whether
 * writes slow down as collections grow), peak memory, and the build's read time per collection.
 *
 *   npm run bench:scale -- [--scale 1] [--seed N] [--reads 3] [--keep] [--reuse DIR] [--no-build] [--builds 1] [--site DIR]
 *
 * --scale 1 is 500 offices, 1,600 mediators, 5,000 events, 600 publications (CI: 0.05).
 * --keep leaves the temporary data folder; --reuse DIR skips loading and reads a kept folder.
 * --builds N: full builds (and yardstick runs) each, medians reported; the first build also draws the share cards.
 * --site DIR: a built site (a full build's output) to weigh: the largest list page (brotli) and
 * the bytes a first search downloads in Chromium (pagefind's entry, script, WebAssembly, index
 * chunks and the first results' fragments).
 * Timings belong here, not in tests: the machine is shared. Each phase is one function that
 * returns rows for the closing table, so later phases (full build, edit to live) slot in.
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'

import type { Locale } from '../../../cms/core/locales'
import { countsAt, generateNationalDataSet } from './generate'

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '20260301' },
    reads: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
    site: { type: 'string' },
    query: { type: 'string', default: 'медиация' },
    // Publishing phases (full build beside a bare Astro project, edit to live); --no-build skips them.
    'no-build': { type: 'boolean', default: false },
    // Full builds and yardstick runs each; the figures are medians (the issue's 230 s was a median of 3).
    builds: { type: 'string', default: '1' },
  },
})
const scale = Number(args.scale)
const readRuns = Math.max(1, Number(args.reads))
const buildRuns = Math.max(1, Number(args.builds))

// Generated data only ever goes to a temporary folder, never to .data or a configured database.
const tmpRoot = fs.realpathSync(os.tmpdir())
const dataDir = args.reuse ? path.resolve(args.reuse) : fs.mkdtempSync(path.join(tmpRoot, 'kelisim-scale-'))
if (!dataDir.startsWith(tmpRoot + path.sep)) throw new Error(`--reuse must name a folder under ${tmpRoot}.`)
process.env.KELISIM_DATA_DIR = dataDir
process.env.DATABASE_URI = ''
process.env.KELISIM_AUTO_REBUILD = 'off'
process.env.PAYLOAD_SECRET ||= 'scale-benchmark-secret'

// CMS modules read the environment when they load, so they load only now.
const { openPayload, closePayload } = await import('../../../cms/scripts/open-payload')
const { seed } = await import('../../../cms/seed')
const { buildReads } = await import('../../../site/lib/cms')
const { refreshPlannerStatistics, watchSqlStatements } = await import('../../../cms/db')

type Row = { phase: string; what: string; value: string }
type Payload = Awaited<ReturnType<typeof openPayload>>

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const peakRss = () => process.resourceUsage().maxRSS * 1024
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** Loads the data set with the seed (the same path as `npm start`), timing every document. */
async function loadPhase(payload: Payload): Promise<Row[]> {
  const content = generateNationalDataSet(scale, Number(args.seed))
  const total = content.offices.length + content.mediators.length + content.events.length + content.publications.length
  console.log(`loading ${total} documents (${JSON.stringify(countsAt(scale))}) in kk/ru/en into ${dataDir}`)
  const perCollection = new Map<string, { count: number; firstAt: number; lastAt: number }>()
  const windowSize = 1000
  type Window = { from: number; to: number; collections: Set<string>; seconds: number; cpuMsPerDoc: number; sqlPerDoc: number; rss: number }
  const windows: Window[] = []
  let done = 0
  let windowStart = performance.now()
  // CPU time and SQL statements per document hold still on a busy shared machine; wall time doesn't.
  let windowCpu = process.cpuUsage()
  let statements = 0
  const stopWatching = watchSqlStatements(() => statements++)
  let windowCollections = new Set<string>()
  let previousAt = performance.now()
  const startedAt = previousAt

  await seed(payload, content, new Date(), (collection) => {
    const now = performance.now()
    const tally = perCollection.get(collection) ?? { count: 0, firstAt: previousAt, lastAt: now }
    tally.count++
    tally.lastAt = now
    perCollection.set(collection, tally)
    previousAt = now
    done++
    windowCollections.add(collection)
    if (done % windowSize === 0) {
      const cpu = process.cpuUsage(windowCpu)
      const w: Window = {
        from: done - windowSize + 1,
        to: done,
        collections: windowCollections,
        seconds: (now - windowStart) / 1000,
        cpuMsPerDoc: (cpu.user + cpu.system) / 1000 / windowSize,
        sqlPerDoc: statements / windowSize,
        rss: process.memoryUsage.rss(),
      }
      windows.push(w)
      console.log(`  ${describeWindow(w)}  (${[...windowCollections].join(', ')})`)
      windowStart = now
      windowCpu = process.cpuUsage()
      statements = 0
      windowCollections = new Set()
    }
  })
  stopWatching()
  const loadSeconds = (performance.now() - startedAt) / 1000
  await refreshPlannerStatistics(payload)

  const rows: Row[] = []
  for (const [collection, t] of perCollection) {
    rows.push({ phase: 'load', what: `${collection} docs/s`, value: `${(t.count / ((t.lastAt - t.firstAt) / 1000)).toFixed(1)} (${t.count} docs)` })
  }
  for (const w of windows) rows.push({ phase: 'load', what: `docs ${w.from}–${w.to}`, value: describeWindow(w, false) })
  rows.push({ phase: 'load', what: 'all docs/s', value: `${((done) / loadSeconds).toFixed(1)} (${done} docs in ${loadSeconds.toFixed(0)} s)` })
  rows.push({ phase: 'load', what: 'peak RSS', value: mb(peakRss()) })
  return rows
}

function describeWindow(
  w: { from: number; to: number; seconds: number; cpuMsPerDoc: number; sqlPerDoc: number; rss: number },
  withRange = true,
) {
  const range = withRange ? `docs ${String(w.from).padStart(5)}–${String(w.to).padEnd(5)} ` : ''
  return (
    `${range}${((w.to - w.from + 1) / w.seconds).toFixed(1).padStart(6)} docs/s, ${w.cpuMsPerDoc.toFixed(1)} CPU ms/doc,` +
    ` ${w.sqlPerDoc.toFixed(0)} SQL/doc, rss ${mb(w.rss)}`
  )
}

/** The build's reads (site/lib/cms.ts's find arguments), each run `--reads` times. */
async function readPhase(payload: Payload): Promise<Row[]> {
  const rows: Row[] = []
  for (const [name, query] of Object.entries(buildReads)) {
    const times: number[] = []
    let docs = 0
    for (let i = 0; i < readRuns; i++) {
      const started = performance.now()
      const result = await payload.find(query as never)
      times.push(performance.now() - started)
      docs = result.docs.length
    }
    const ms = median(times)
    console.log(`  read ${name}: ${docs} docs in ${(ms / 1000).toFixed(2)} s (median of ${readRuns})`)
    rows.push({ phase: 'read', what: `${name} (${docs} docs)`, value: `${(ms / 1000).toFixed(2)} s, ${(ms / Math.max(1, docs)).toFixed(2)} ms/doc` })
  }
  rows.push({ phase: 'read', what: 'peak RSS so far', value: mb(peakRss()) })
  return rows
}

/** Peak resident memory of this process's descendants (the build and its Astro child), sampled from /proc. */
function watchChildrenMemory(everyMs = 250): () => number {
  let peak = 0
  const sample = () => {
    const parents = new Map<number, number>()
    const rss = new Map<number, number>()
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        parents.set(Number(name), Number(fields[1]))
        rss.set(Number(name), Number(fields[21]) * 4096)
      } catch {
        // the process ended meanwhile
      }
    }
    const ours = new Set([process.pid])
    let grew = true
    while (grew) {
      grew = false
      for (const [pid, ppid] of parents) if (!ours.has(pid) && ours.has(ppid)) (ours.add(pid), (grew = true))
    }
    ours.delete(process.pid)
    const total = [...ours].reduce((sum, pid) => sum + (rss.get(pid) ?? 0), 0)
    peak = Math.max(peak, total)
  }
  const timer = setInterval(sample, everyMs)
  return () => {
    clearInterval(timer)
    return peak
  }
}

/**
 * What a full publish takes on the loaded data: pages per language, pages/s, memory, where the time
 * goes. With --builds N it publishes N times and reports the median; the first build also draws
 * every share card (kept in the data folder for later builds), so it is shown on its own line.
 */
async function fullBuildPhase(): Promise<{ rows: Row[]; seconds: number; pages: number; liveDir: string }> {
  const { buildSite } = await import('../../../cms/publish/build-site')
  const { liveSiteLink } = await import('../../../cms/lib/paths')
  const runs: Array<{ result: Awaited<ReturnType<typeof buildSite>>; peak: number }> = []
  for (let i = 0; i < buildRuns; i++) {
    console.log(`full build ${i + 1}/${buildRuns} …`)
    const stop = watchChildrenMemory()
    const result = await buildSite({ full: true })
    runs.push({ result, peak: stop() })
  }
  const { result, peak } = [...runs].sort((a, b) => a.result.durationMs - b.result.durationMs)[Math.floor(runs.length / 2)]!
  const pages = Object.values(result.pagesPerLocale).reduce((a, b) => a + b, 0)
  const seconds = result.durationMs / 1000
  const p = result.phases!
  const of = buildRuns > 1 ? ` (median of ${buildRuns}: ${runs.map((r) => (r.result.durationMs / 1000).toFixed(1)).join(', ')} s)` : ''
  return {
    seconds,
    pages,
    liveDir: fs.realpathSync(liveSiteLink),
    rows: [
      { phase: 'build', what: 'pages per language', value: Object.entries(result.pagesPerLocale).map(([l, n]) => `${l} ${n}`).join(', ') + ` (total ${pages})` },
      { phase: 'build', what: 'full publish', value: `${seconds.toFixed(1)} s, ${(pages / seconds).toFixed(0)} pages/s${of}` },
      { phase: 'build', what: '  astro (reads, render, pagefind fed page by page)', value: `${(p.renderMs / 1000).toFixed(1)} s` },
      { phase: 'build', what: '  search index after the render', value: p.indexMs ? `${(p.indexMs / 1000).toFixed(1)} s` : 'none (indexed while rendering)' },
      { phase: 'build', what: '  compression', value: `${(p.compressMs / 1000).toFixed(1)} s` },
      { phase: 'build', what: 'peak RSS of the build processes', value: mb(peak) },
    ],
  }
}

/**
 * The yardstick: a bare Astro 7 project (the repository's astro, in a temporary folder under .astro/)
 * rendering as many pages with as much text as our build, plus pagefind over our own output.
 */
async function bareAstroPhase(full: { seconds: number; pages: number; liveDir: string }): Promise<Row[]> {
  const { execFileSync } = await import('node:child_process')
  const { indexSite } = await import('../../../cms/publish/searchIndex')
  const repo = path.resolve(import.meta.dirname, '../../..')
  const htmlFiles = (fs.readdirSync(full.liveDir, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html'))
  const sample = htmlFiles.filter((_, i) => i % Math.max(1, Math.floor(htmlFiles.length / 200)) === 0)
  const textChars = Math.round(
    sample.reduce((sum, f) => sum + fs.readFileSync(path.join(full.liveDir, f), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').length, 0) / sample.length,
  )
  const bare = fs.mkdtempSync(path.join(repo, '.astro', 'bench-bare-'))
  try {
    fs.mkdirSync(path.join(bare, 'src', 'pages', '[lang]'), { recursive: true })
    fs.writeFileSync(path.join(bare, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }))
    fs.writeFileSync(path.join(bare, 'astro.config.mjs'), `export default { output: 'static', build: { format: 'directory' }, outDir: './dist' }\n`)
    fs.writeFileSync(
      path.join(bare, 'src', 'pages', '[lang]', '[slug].astro'),
      `---
export function getStaticPaths() {
  const perLang = ${Math.ceil(full.pages / 3)}
  return ['kk', 'ru', 'en'].flatMap((lang) => Array.from({ length: perLang }, (_, i) => ({ params: { lang, slug: 'page-' + i }, props: { i } })))
}
const { i } = Astro.props
const { lang } = Astro.params
const words = ['келісім', 'медиация', 'кабинет', 'соглашение', 'mediation', 'office', 'семинар', 'round', 'table', 'өңір']
let text = ''
for (let w = i; text.length < ${textChars}; w = (w * 7 + 3) % 997) text += words[w % words.length] + (w % 11 === 0 ? '. ' : ' ')
---
<html lang={lang}><head><meta charset="utf-8" /><title>Page {i}</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main data-pagefind-body><h1>Page {i}</h1><p>{text}</p></main><footer>Footer</footer></body></html>
`,
    )
    const bareTimes: number[] = []
    const pagefindTimes: number[] = []
    for (let i = 0; i < buildRuns; i++) {
      console.log(`bare Astro ${i + 1}/${buildRuns}: ${full.pages} pages, ~${textChars} characters of text each …`)
      let started = performance.now()
      execFileSync(process.execPath, [path.join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', bare, '--silent'], {
        cwd: bare,
        stdio: 'inherit',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      })
      bareTimes.push((performance.now() - started) / 1000)
      console.log(`pagefind over our output ${i + 1}/${buildRuns} …`)
      started = performance.now()
      await indexSite(full.liveDir, { outputDir: path.join(bare, `index-out-${i}`) })
      pagefindTimes.push((performance.now() - started) / 1000)
    }
    const bareSeconds = median(bareTimes)
    const pagefindSeconds = median(pagefindTimes)
    const ratio = full.seconds / (bareSeconds + pagefindSeconds)
    const of = buildRuns > 1 ? `, median of ${buildRuns}` : ''
    return [
      { phase: 'yardstick', what: 'bare Astro, same page count', value: `${bareSeconds.toFixed(1)} s (${(full.pages / bareSeconds).toFixed(0)} pages/s${of})` },
      { phase: 'yardstick', what: 'pagefind alone over our output', value: `${pagefindSeconds.toFixed(1)} s${of ? ` (${of.slice(2)})` : ''}` },
      { phase: 'yardstick', what: 'full / (bare + pagefind)', value: `${ratio.toFixed(2)} (target ≤ 2)` },
    ]
  } finally {
    fs.rmSync(bare, { recursive: true, force: true })
  }
}

/** Edit to live: one event's title saved through the Local API (hooks on, as in the admin) until the live folder serves it. */
async function editToLivePhase(payload: Payload): Promise<Row[]> {
  const { runQueuedJobs } = await import('../../../cms/jobs')
  const { liveSiteLink } = await import('../../../cms/lib/paths')
  const { docs } = await payload.find({ collection: 'events', where: { _status: { equals: 'published' } }, sort: '-startsAt', limit: 1, depth: 0, locale: 'ru' })
  const event = docs[0]!
  const title = `Изменённое название ${Date.now()}`
  const file = path.join(liveSiteLink, 'ru', 'events', event.slug!, 'index.html')
  process.env.KELISIM_AUTO_REBUILD = 'on'
  const debounceMs = 200
  process.env.KELISIM_REBUILD_DEBOUNCE_MS = String(debounceMs)
  console.log(`edit to live: event ${event.id} …`)
  const started = performance.now()
  const stop = watchChildrenMemory()
  // Served means the live folder's page has the new title: polled while the rebuild job runs (the
  // job goes on to update the search index after the pages are live).
  let servedAt: number | undefined
  const poll = setInterval(() => {
    if (servedAt === undefined && fs.readFileSync(file, 'utf8').includes(title)) servedAt = performance.now()
  }, 100)
  await payload.update({ collection: 'events', id: event.id, locale: 'ru', data: { title } as never, overrideAccess: true })
  await new Promise((resolve) => setTimeout(resolve, debounceMs + 50))
  await runQueuedJobs(payload)
  clearInterval(poll)
  const live = fs.readFileSync(file, 'utf8').includes(title)
  const seconds = ((servedAt ?? performance.now()) - started) / 1000
  const searchSeconds = (performance.now() - started) / 1000
  const searchFinds = fs.readFileSync(path.join(liveSiteLink, 'ru', 'search-index.json'), 'utf8').includes(title)
  const peak = stop()
  process.env.KELISIM_AUTO_REBUILD = 'off'
  const meta = JSON.parse(fs.readFileSync(path.join(liveSiteLink, '.kelisim', 'build.json'), 'utf8')) as { mode: string }
  return [
    { phase: 'edit→live', what: 'one event title, save to served', value: `${seconds.toFixed(1)} s (${live ? 'live' : 'NOT LIVE'}, ${meta.mode} build, debounce ${debounceMs} ms; target ≤ 30 s)` },
    { phase: 'edit→live', what: '  search index updated too', value: `${searchSeconds.toFixed(1)} s (${searchFinds ? 'finds the new title' : 'NOT FOUND'})` },
    { phase: 'edit→live', what: '  peak RSS of the build processes', value: mb(peak) },
  ]
}

/** The publishing phases: full build, the bare-Astro yardstick, edit to live. */
async function publishPhases(payload: Payload): Promise<Row[]> {
  const full = await fullBuildPhase()
  const rows = [...full.rows]
  rows.push(...(await bareAstroPhase(full)))
  rows.push(...(await editToLivePhase(payload)))
  return rows
}

function printTable(rows: Row[]) {
  const w1 = Math.max(...rows.map((r) => r.phase.length))
  const w2 = Math.max(...rows.map((r) => r.what.length))
  console.log(`\nscale ${scale} (seed ${args.seed}), node ${process.versions.node}`)
  for (const r of rows) console.log(`${r.phase.padEnd(w1)}  ${r.what.padEnd(w2)}  ${r.value}`)
}

/** List pages of a built site: section lists, their pages, months, archive, kinds, years, regions. */
const listPagePattern = /^(kk|ru|en)\/(events|mediators|offices|publications|open-door-days)\/(?:(?:page\/\d+|archive(?:\/page\/\d+)?|\d{4}-\d{2}|(?:kind|year|region)\/[^/]+(?:\/page\/\d+)?)\/)?index\.html$/

function filesUnder(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')]
  })
}

/** Brotli size as served: the build's precompressed .br copy, or the file compressed the same way. */
function brotliSize(file: string): number {
  if (fs.existsSync(`${file}.br`)) return fs.statSync(`${file}.br`).size
  return zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length
}

/** The largest list page of a built site, brotli (the budget is 14 KB per page). */
async function listPagePhase(siteDir: string): Promise<Row[]> {
  const pages = filesUnder(siteDir).filter((f) => listPagePattern.test(f))
  if (!pages.length) return [{ phase: 'site', what: 'list pages', value: `none found under ${siteDir}` }]
  const sized = pages.map((page) => ({ page, br: brotliSize(path.join(siteDir, page)), raw: fs.statSync(path.join(siteDir, page)).size }))
  const largest = sized.reduce((a, b) => (b.br > a.br ? b : a))
  console.log(`  largest list page: /${largest.page} ${kb(largest.br)} brotli (${kb(largest.raw)} raw) of ${pages.length} list pages`)
  return [
    { phase: 'site', what: 'list pages', value: String(pages.length) },
    { phase: 'site', what: 'largest list page (brotli)', value: `${kb(largest.br)} /${largest.page.replace(/index\.html$/, '')} (${kb(largest.raw)} raw)` },
  ]
}

/**
 * What a first search downloads: the search page opened in Chromium with a typical query, through
 * the public site server (site/serve.ts, brotli copies), counting the bytes of every pagefind file
 * fetched until the results are listed.
 */
async function firstSearchPhase(siteDir: string, lang: Locale = 'ru'): Promise<Row[]> {
  const { chromium } = await import('playwright')
  const { createSiteServer } = await import('../../../site/serve')
  const server = createSiteServer({ liveDir: siteDir, cmsUrl: 'http://127.0.0.1:9' })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
  try {
    const page = await browser.newPage()
    const fetched: Array<{ url: string; bytes: number }> = []
    page.on('requestfinished', async (request) => {
      const url = new URL(request.url())
      if (!url.pathname.startsWith('/pagefind/')) return
      const sizes = await request.sizes()
      fetched.push({ url: url.pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize })
    })
    await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(args.query!)}`)
    // Results are listed (or "nothing found" said) once the status is no longer "loading".
    await page.waitForFunction(
      () => {
        const area = document.querySelector<HTMLElement>('[data-search-results]')
        const text = area?.querySelector('[role="status"]')?.textContent ?? ''
        return text !== '' && text !== area?.dataset.loading
      },
      undefined,
      { timeout: 60_000 },
    )
    await page.waitForLoadState('networkidle')
    const results = await page.locator('.search-results li').count()
    const kindOf = (url: string) => (/\.pf_fragment$/.test(url) ? 'fragments' : /\.pf_index$/.test(url) ? 'index chunks' : /\.pf_filter$/.test(url) ? 'filters' : /\.pf_meta$/.test(url) ? 'meta' : /wasm/.test(url) ? 'wasm' : 'entry + script')
    const byKind = new Map<string, { files: number; bytes: number }>()
    for (const f of fetched) {
      const k = byKind.get(kindOf(f.url)) ?? { files: 0, bytes: 0 }
      k.files++
      k.bytes += f.bytes
      byKind.set(kindOf(f.url), k)
    }
    const total = fetched.reduce((sum, f) => sum + f.bytes, 0)
    console.log(`  first search "${args.query}" (${lang}): ${results} results shown, ${fetched.length} pagefind files, ${kb(total)}`)
    return [
      { phase: 'search', what: `first search "${args.query}" (${lang})`, value: `${kb(total)} in ${fetched.length} files, ${results} results shown` },
      ...[...byKind].map(([kind, k]) => ({ phase: 'search', what: `  ${kind}`, value: `${kb(k.bytes)} (${k.files} files)` })),
    ]
  } finally {
    await browser.close()
    await new Promise((resolve) => server.close(resolve))
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const payload = await openPayload()
const rows: Row[] = []
try {
  if (!args.reuse) rows.push(...(await loadPhase(payload)))
  rows.push(...(await readPhase(payload)))
  if (!args['no-build']) {
    rows.push(...(await publishPhases(payload)))
    // The site just published is the one to weigh, unless --site names another.
    if (!args.site) {
      const { liveSiteLink } = await import('../../../cms/lib/paths')
      const liveDir = fs.realpathSync(liveSiteLink)
      rows.push(...(await listPagePhase(liveDir)), ...(await firstSearchPhase(liveDir)))
    }
  }
} finally {
  await closePayload(payload)
  if (!args.keep && !args.reuse) fs.rmSync(dataDir, { recursive: true, force: true })
  else console.log(`data kept in ${dataDir}`)
}
if (args.site) {
  const siteDir = path.resolve(args.site)
  rows.push(...(await listPagePhase(siteDir)), ...(await firstSearchPhase(siteDir)))
}
printTable(rows)
process.exit(0)
