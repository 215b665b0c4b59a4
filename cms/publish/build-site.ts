/**
 * Builds the public site into a fresh folder, indexes it with pagefind, checks it, and only then
 * points the `live` link at it (rename is atomic). Any failure leaves the live site untouched.
 * Prints one result line (./buildResult.ts) for the rebuild job. Run: tsx cms/publish/build-site.ts
 */
import { spawn } from 'node:child_process'
import { realpathSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { locales } from '../core/locales'
import { liveSiteLink, repoRoot, siteBuildsDir } from '../lib/paths'
import { formatBuildResultLine, type BuildResult } from './buildResult'
import { precompressTree } from './precompress'
import { indexSite } from './searchIndex'

const keepBuilds = 3

/** A hung build must not block every later one: it is stopped after this long. */
function buildTimeoutMs(): number {
  const value = Number(process.env.KELISIM_BUILD_TIMEOUT_MS)
  return Number.isFinite(value) && value > 0 ? value : 10 * 60_000
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const label = path.basename(args[0] ?? command)
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout stops Astro's workers too.
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit', detached: true })
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

/** rename when the data folder shares the file system, else copy (EXDEV). */
export async function moveDir(from: string, to: string) {
  try {
    await fs.rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await fs.cp(from, to, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false })
    await fs.rm(from, { recursive: true, force: true })
  }
}

/** `astro build` of the site into `outDir` (a staging folder inside the repository, see stagingDirFor). */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<void> {
  const astroCli = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  return run(process.execPath, [astroCli, 'build', '--silent'], {
    ...process.env,
    ...env,
    KELISIM_ROOT: repoRoot,
    KELISIM_SITE_OUT_DIR: outDir,
    NODE_ENV: 'production',
  })
}

export async function buildSite(): Promise<BuildResult> {
  const started = Date.now()
  const buildId = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '') + `-${process.pid}`
  const buildDir = path.join(siteBuildsDir, buildId)
  const stagingDir = stagingDirFor(buildId)
  await fs.mkdir(siteBuildsDir, { recursive: true })
  let pagesPerLocale: Record<string, number>
  try {
    await astroBuild(stagingDir)
    await moveDir(stagingDir, buildDir)
    await flattenNotFoundPages(buildDir)
    pagesPerLocale = await countPages(buildDir)
    for (const locale of locales) {
      if (!pagesPerLocale[locale]) throw new Error(`The build has no pages for "${locale}"`)
    }
    await indexSite(buildDir)
    await precompressTree(buildDir)
    await switchLive(buildDir)
  } catch (error) {
    await fs.rm(stagingDir, { recursive: true, force: true })
    await fs.rm(buildDir, { recursive: true, force: true })
    throw error
  }
  // The new build is live from here on: failing to remove old builds must never remove it.
  await pruneOldBuilds(buildId).catch((error) => console.error(`Could not remove old site builds: ${error}`))
  return { buildId, pagesPerLocale, durationMs: Date.now() - started }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(repoRoot, 'cms/publish/build-site.ts')) {
  buildSite().then(
    (result) => {
      console.log(formatBuildResultLine(result))
    },
    (error) => {
      console.error(error instanceof Error ? error.stack : error)
      process.exit(1)
    },
  )
}
