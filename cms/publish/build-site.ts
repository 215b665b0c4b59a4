/**
 * Builds the public site into a fresh folder, indexes it with pagefind, checks it, and only then
 * points the `live` link at it (rename is atomic). Any failure leaves the live site untouched.
 * Prints one result line (./buildResult.ts) for the rebuild job. Run: tsx cms/publish/build-site.ts
 *
 * Incremental: given the changed documents (KELISIM_BUILD_CHANGES, a JSON file of
 * cms/core/pageDependencies.ts changes), it renders only the pages the live build's manifest says
 * read them (plus new pages) over hard links to every file of the live build (made while Astro
 * renders) and compresses only what changed. It goes live in two steps, so an edit is served
 * without waiting for pagefind: the pages first, with the live search index; then a second folder
 * of links with the search index updated. A full build when unsure (no manifest, the site's code
 * changed, too many pages concerned) or asked for (--full, KELISIM_BUILD_FULL=1).
 */
import { spawn } from 'node:child_process'
import { realpathSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { formatProgressLine, parseProgressLine, type BuildPhase, type BuildProgress } from '../core/buildProgress'
import { locales } from '../core/locales'
import { planIncremental, type DocumentChange, type IncrementalPlan } from '../core/pageDependencies'
import { dataDir, liveSiteLink, repoRoot, siteBuildsDir } from '../lib/paths'
import { formatBuildResultLine, type BuildResult } from './buildResult'
import {
  applyScopedBuild,
  fileOfUrl,
  fullBuildMaxAgeMs,
  isSearchIndexFile,
  linkFiles,
  mergeManifests,
  metaDir,
  move,
  readJson,
  siteCodeHash,
  type BuildMeta,
  type StoredManifest,
} from './incremental'
import { precompressFiles, precompressTree } from './precompress'
import { indexSite, startIncrementalIndex } from './searchIndex'

/** The running build's progress, for the admin's publish panel (cms/jobs/rebuildSite.ts reads it). */
export const progressFile = path.join(dataDir, 'site', 'progress.json')
async function writeProgress(progress: BuildProgress & { startedAt: string }) {
  await fs.writeFile(`${progressFile}.tmp`, JSON.stringify(progress)).then(() => fs.rename(`${progressFile}.tmp`, progressFile)).catch(() => {})
}

const keepBuilds = 3

/** A hung build must not block every later one: it is stopped after this long. */
function buildTimeoutMs(): number {
  const value = Number(process.env.KELISIM_BUILD_TIMEOUT_MS)
  return Number.isFinite(value) && value > 0 ? value : 10 * 60_000
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, onProgress?: (p: BuildProgress) => void): Promise<void> {
  const label = path.basename(args[0] ?? command)
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout stops Astro's workers too.
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true })
    let pending = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      const lines = (pending + chunk.toString()).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const progress = parseProgressLine(line)
        if (progress) onProgress?.(progress)
      }
    })
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
      reject(new Error(`${label} did not finish within ${Math.round(buildTimeoutMs() / 1000)} s and was stopped`))
    }, buildTimeoutMs())
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`${label} exited with ${code}`))
    })
  })
}

async function countPages(dir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const locale of locales) {
    const entries = await fs.readdir(path.join(dir, locale), { recursive: true }).catch(() => [] as string[])
    counts[locale] = entries.filter((e) => e === 'index.html' || e.endsWith(`${path.sep}index.html`)).length
  }
  return counts
}

/** Astro writes [lang]/404 as <lang>/404/index.html; servers look for <lang>/404.html. */
export async function flattenNotFoundPages(dir: string) {
  for (const locale of locales) {
    const nested = path.join(dir, locale, '404', 'index.html')
    if (await fs.stat(nested).catch(() => null)) {
      await fs.rename(nested, path.join(dir, locale, '404.html'))
      await fs.rm(path.join(dir, locale, '404'), { recursive: true, force: true })
    }
  }
}

async function switchLive(buildDir: string) {
  const tmpLink = `${liveSiteLink}.${process.pid}.tmp`
  await fs.rm(tmpLink, { force: true })
  await fs.symlink(path.relative(path.dirname(liveSiteLink), buildDir), tmpLink)
  await fs.rename(tmpLink, liveSiteLink)
}

async function pruneOldBuilds(liveBuildId: string) {
  const builds = (await fs.readdir(siteBuildsDir)).sort()
  const stale = builds.filter((b) => b !== liveBuildId).slice(0, Math.max(0, builds.length - keepBuilds))
  await Promise.all(stale.map((b) => fs.rm(path.join(siteBuildsDir, b), { recursive: true, force: true })))
}

/**
 * Astro 7.3 (core/build/common.js, getOutDirWithinCwd) puts its prerender bundle in
 * `<outDir>/.prerender/` when the outDir path merely starts with the working folder's path, else
 * in `<cwd>/.astro/`. The bundle imports react and Payload by bare name, so it only runs inside the
 * repository: a data folder like `/srv/kelisim-data` beside `/srv/kelisim` passes that string test
 * while being outside, and the build fails. So Astro always renders into a per-build folder inside
 * the repository (under its real path, which is what the child's cwd reports), and the result is
 * moved to the data folder afterwards, wherever that is.
 */
export function stagingDirFor(buildId: string): string {
  return path.join(realpathSync(repoRoot), '.astro', 'site-builds', buildId)
}

export type BuildOptions = {
  /** The documents changed since the live build; without them (or with `full`) a full build. */
  changes?: DocumentChange[]
  full?: boolean
}

/** What a build does: everything, or the pages the changes concern. */
async function choosePlan(
  options: BuildOptions,
  liveDir: string | undefined,
  codeHash: string,
): Promise<{ plan: IncrementalPlan; manifest?: StoredManifest; meta?: BuildMeta }> {
  const meta = liveDir ? await readJson<BuildMeta>(path.join(liveDir, metaDir, 'build.json')) : undefined
  if (options.full) return { plan: { mode: 'full', reason: 'a full build was asked for' }, meta }
  const manifest = liveDir ? await readJson<StoredManifest>(path.join(liveDir, metaDir, 'pages.json')) : undefined
  const maxShare = Number(process.env.KELISIM_INCREMENTAL_MAX_SHARE) || undefined
  const plan = planIncremental({
    manifest,
    changes: options.changes,
    codeChanged: meta?.codeHash !== codeHash,
    maxShare,
    lastFullBuildAt: meta?.fullBuiltAt ? new Date(meta.fullBuiltAt) : undefined,
    now: new Date(),
    maxAgeMs: fullBuildMaxAgeMs(process.env.KELISIM_FULL_BUILD_EVERY_MINUTES),
  })
  return { plan, manifest, meta }
}

/**
 * Node flags of the `astro build` process. Rendering thousands of pages allocates many short-lived
 * objects: a larger young generation (64 MB semi-spaces instead of 16) spends far less time in
 * garbage collection for about the same peak memory (measured at --scale 0.2 of bench:scale).
 */
const astroNodeFlags = ['--max-semi-space-size=64']

/** `astro build` of the site into `outDir` (a staging folder inside the repository, see stagingDirFor). */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<void> {
  const astroCli = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  return run(process.execPath, [...astroNodeFlags, astroCli, 'build', '--silent'], {
    ...process.env,
    ...env,
    KELISIM_ROOT: repoRoot,
    KELISIM_SITE_OUT_DIR: outDir,
    NODE_ENV: 'production',
  })
}

const newBuildId = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '') + `-${process.pid}`

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const started = Date.now()
  const startedAt = new Date(started).toISOString()
  const buildId = newBuildId()
  const buildDir = path.join(siteBuildsDir, buildId)
  const stagingDir = stagingDirFor(buildId)
  await fs.mkdir(siteBuildsDir, { recursive: true })
  const liveDir = await fs.realpath(liveSiteLink).catch(() => undefined)
  const codeHash = await siteCodeHash()
  const { plan, manifest, meta: liveMeta } = await choosePlan(options, liveDir, codeHash)
  const incremental = plan.mode === 'incremental' && manifest && liveDir ? { pages: plan.pages, manifest, liveDir } : undefined
  console.log(`site build: ${plan.mode} (${plan.reason})`)
  const scopeDir = path.join(path.dirname(stagingDir), `${buildId}.scope`)
  const progress = (p: BuildProgress & { phase: BuildPhase }) => {
    console.error(formatProgressLine(p))
    void writeProgress({ ...p, startedAt })
  }
  let pagesPerLocale: Record<string, number> = {}
  const phases: NonNullable<BuildResult['phases']> = { renderMs: 0, indexMs: 0, compressMs: 0 }
  let searchIndex: ReturnType<typeof startIncrementalIndex> | undefined
  /** The folders this build made, removed if it fails, unless one of them went live. */
  const made = [buildDir]
  let liveBuildId = buildId
  let wentLive = false
  /** An incremental build's links to the live build's files, made while Astro renders. */
  let linkingLive: Promise<number> | undefined
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, KELISIM_ROOT: repoRoot, KELISIM_SITE_OUT_DIR: stagingDir, NODE_ENV: 'production' }
    delete env.KELISIM_BUILD_ONLY
    delete env.KELISIM_BUILD_KNOWN
    if (incremental) {
      // Only the pages the changes concern, plus pages the live build does not have (new documents).
      await fs.mkdir(scopeDir, { recursive: true })
      env.KELISIM_BUILD_ONLY = path.join(scopeDir, 'only.txt')
      env.KELISIM_BUILD_KNOWN = path.join(scopeDir, 'known.txt')
      await fs.writeFile(env.KELISIM_BUILD_ONLY, incremental.pages.join('\n'))
      await fs.writeFile(env.KELISIM_BUILD_KNOWN, Object.keys(incremental.manifest.pages).join('\n'))
      env.KELISIM_BUILD_EXPECTED_PAGES = String(incremental.pages.length)
      // Tens of thousands of links at national scale take seconds: made on the second core while
      // Astro renders on the first, they are off the path from an edit to its page being live.
      linkingLive = linkFiles(incremental.liveDir, buildDir, () => false)
      linkingLive.catch(() => undefined) // awaited below; a failure fails the build there
    } else if (manifest) {
      env.KELISIM_BUILD_EXPECTED_PAGES = String(Object.keys(manifest.pages).length)
    } else {
      const previous = liveDir ? await readJson<StoredManifest>(path.join(liveDir, metaDir, 'pages.json')) : undefined
      if (previous) env.KELISIM_BUILD_EXPECTED_PAGES = String(Object.keys(previous.pages).length)
    }
    // The search records of the pages taken over go into pagefind while Astro renders (two cores),
    // unless the live index is behind its pages (a build whose index step failed): then it is made
    // afresh. A full build hands each page to pagefind as it is rendered (site/middleware.ts).
    if (incremental && liveMeta?.searchIndex !== 'behind') searchIndex = startIncrementalIndex(incremental.liveDir, new Set(incremental.pages))
    if (!incremental) {
      env.KELISIM_SEARCH_INDEX_DURING_BUILD = '1'
      env.KELISIM_COMPRESS_DURING_BUILD = '1'
    }
    progress({ done: 0, total: Number(env.KELISIM_BUILD_EXPECTED_PAGES) || 0, phase: 'render' })
    const astroCli = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
    await run(process.execPath, [...astroNodeFlags, astroCli, 'build', '--silent'], env, (p) => progress({ ...p, phase: 'render' }))
    phases.renderMs = Date.now() - started
    if (!incremental) {
      await move(stagingDir, buildDir)
      await flattenNotFoundPages(buildDir)
    }
    const meta: BuildMeta = {
      codeHash,
      mode: incremental ? 'incremental' : 'full',
      builtAt: new Date().toISOString(),
      fullBuiltAt: incremental ? liveMeta?.fullBuiltAt : startedAt,
    }
    if (incremental) {
      await flattenNotFoundPages(stagingDir)
      const scoped = (await readJson<StoredManifest>(path.join(stagingDir, metaDir, 'pages.json')))!
      const still = new Set([...scoped.enumerated, ...Object.keys(scoped.pages)])
      const removedUrls = new Set(Object.keys(incremental.manifest.pages).filter((url) => !still.has(url)))
      progress({ done: Object.keys(scoped.pages).length, total: Object.keys(scoped.pages).length, phase: 'link' })
      await linkingLive
      const linkedAfterRenderMs = Date.now() - started - phases.renderMs
      const removedFiles = new Set([...removedUrls].map(fileOfUrl))
      const changedFiles = await applyScopedBuild({ liveDir: incremental.liveDir, scopedDir: stagingDir, buildDir, removedFiles })
      await fs.rm(stagingDir, { recursive: true, force: true })
      await fs.writeFile(path.join(buildDir, metaDir, 'pages.json'), JSON.stringify(mergeManifests(incremental.manifest, scoped, removedUrls)))
      console.log(
        `site build: rendered ${Object.keys(scoped.pages).length} pages, ${changedFiles.length} files changed, ${removedUrls.size} pages removed` +
          ` (links ready ${linkedAfterRenderMs} ms after the render, merged in ${Date.now() - started - phases.renderMs} ms)`,
      )
      // Step 1, the pages: live as soon as they are compressed, with the live build's search index.
      let mark = Date.now()
      await precompressFiles(buildDir, changedFiles.filter((f) => !isSearchIndexFile(f)))
      phases.compressMs = Date.now() - mark
      await fs.writeFile(path.join(buildDir, metaDir, 'build.json'), JSON.stringify({ ...meta, searchIndex: 'behind' } satisfies BuildMeta))
      await switchLive(buildDir)
      wentLive = true
      phases.pagesLiveMs = Date.now() - started
      console.log(`site build: pages live after ${phases.pagesLiveMs} ms; updating the search index`)
      // Step 2, the search index: a second folder of links to the first, with the new index, swapped in the same way.
      // The pages are counted only now: that walks tens of thousands of folders, and this folder is
      // the checked live build with a few files replaced.
      pagesPerLocale = await checkPages(buildDir)
      const total = Object.values(pagesPerLocale).reduce((a, b) => a + b, 0)
      progress({ done: total, total, phase: 'pages live' })
      mark = Date.now()
      const indexBuildId = newBuildId()
      const indexDir = path.join(siteBuildsDir, indexBuildId === buildId ? `${indexBuildId}-search` : indexBuildId)
      made.push(indexDir)
      await linkFiles(buildDir, indexDir, isSearchIndexFile)
      await fs.mkdir(path.join(indexDir, metaDir), { recursive: true })
      await fs.copyFile(path.join(buildDir, metaDir, 'pages.json'), path.join(indexDir, metaDir, 'pages.json'))
      if (searchIndex) {
        await searchIndex.finish(indexDir, changedFiles.filter((f) => f.endsWith('.html')), removedUrls)
        searchIndex = undefined
      } else await indexSite(indexDir)
      await precompressTree(indexDir, (file) => !isSearchIndexFile(file))
      phases.indexMs = Date.now() - mark
      await fs.writeFile(path.join(indexDir, metaDir, 'build.json'), JSON.stringify(meta))
      await switchLive(indexDir)
      liveBuildId = path.basename(indexDir)
    } else {
      pagesPerLocale = await checkPages(buildDir)
      const total = Object.values(pagesPerLocale).reduce((a, b) => a + b, 0)
      const mark = Date.now()
      const indexedDuringRender = (await fs.stat(path.join(buildDir, 'pagefind', 'pagefind-entry.json')).catch(() => null)) !== null
      if (indexedDuringRender) {
        progress({ done: total, total, phase: 'compress' })
        // The pages got their copies as they were rendered; what remains is the index, the bundles and the sitemaps.
        const list = await fs.readFile(path.join(buildDir, metaDir, 'compressed.txt'), 'utf8').catch(() => '')
        const compressedDuringRender = new Set(list.split('\n').filter(Boolean).map((file) => file.split('/').join(path.sep)))
        await precompressTree(buildDir, (file) => compressedDuringRender.has(file))
      } else {
        // Pagefind runs in its own process: the pages are compressed meanwhile, on the other core;
        // what the index writes (pagefind/, the no-JS lists) is compressed after it.
        progress({ done: total, total, phase: 'search index' })
        await Promise.all([indexSite(buildDir).then(() => (phases.indexMs = Date.now() - mark)), precompressTree(buildDir, isSearchIndexFile)])
        await precompressTree(buildDir, (file) => !isSearchIndexFile(file))
      }
      phases.compressMs = Date.now() - mark - phases.indexMs
      await fs.writeFile(path.join(buildDir, metaDir, 'build.json'), JSON.stringify(meta))
      await switchLive(buildDir)
      wentLive = true
      phases.pagesLiveMs = Date.now() - started
    }
  } catch (error) {
    await searchIndex?.abandon()
    await linkingLive?.catch(() => undefined)
    await fs.rm(stagingDir, { recursive: true, force: true })
    // The pages of a failed search-index step are live already: they stay (the next build re-indexes them).
    const keep = wentLive ? path.join(siteBuildsDir, liveBuildId) : undefined
    await Promise.all(made.filter((dir) => dir !== keep).map((dir) => fs.rm(dir, { recursive: true, force: true })))
    throw error
  } finally {
    await fs.rm(scopeDir, { recursive: true, force: true })
    await fs.rm(progressFile, { force: true })
  }
  // The new build is live from here on: failing to remove old builds must never remove it.
  await pruneOldBuilds(liveBuildId).catch((error) => console.error(`Could not remove old site builds: ${error}`))
  return { buildId: liveBuildId, pagesPerLocale, durationMs: Date.now() - started, mode: incremental ? 'incremental' : 'full', phases }
}

/** Pages per language of a finished build folder; a language without pages fails the build. */
async function checkPages(dir: string): Promise<Record<string, number>> {
  const pagesPerLocale = await countPages(dir)
  for (const locale of locales) {
    if (!pagesPerLocale[locale]) throw new Error(`The build has no pages for "${locale}"`)
  }
  return pagesPerLocale
}

/** Build options from the command line and the environment (the rebuild job passes them so). */
async function optionsFromEnvironment(): Promise<BuildOptions> {
  const full = process.argv.includes('--full') || process.env.KELISIM_BUILD_FULL === '1'
  const file = process.env.KELISIM_BUILD_CHANGES
  const changes = file ? await readJson<DocumentChange[]>(file) : undefined
  return { full, changes }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(repoRoot, 'cms/publish/build-site.ts')) {
  optionsFromEnvironment().then(buildSite).then(
    (result) => {
      console.log(formatBuildResultLine(result))
    },
    (error) => {
      console.error(error instanceof Error ? error.stack : error)
      process.exit(1)
    },
  )
}
