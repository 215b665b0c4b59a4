/**
 * Incremental publishing, the file side: the code hash that tells whether the site's code changed
 * since the live build, reading the live build's page manifest, and assembling a new build folder
 * from hard links to every file of the live build and a scoped build's output laid over them (the
 * pages a change concerns). The rules are pure in cms/core/pageDependencies.ts.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { PageManifest } from '../core/pageDependencies'
import { repoRoot } from '../lib/paths'

/** Where a build keeps what incremental publishing needs; dot folders are never served. */
export const metaDir = '.kelisim'

export type StoredManifest = PageManifest & { enumerated: string[] }
export type BuildMeta = {
  codeHash: string
  mode: 'full' | 'incremental'
  builtAt: string
  /** The last full build this one descends from (an incremental build carries it over). */
  fullBuiltAt?: string
  /** Set while the pages are live and their search index is still the previous build's (see build-site.ts). */
  searchIndex?: 'behind'
}

/**
 * KELISIM_FULL_BUILD_EVERY_MINUTES (default 1440): how old the last full build may be before a change gets a full
 * build. A safety net: the refreshSite job (cms/jobs/refreshSite.ts) already queues one when time alone changes pages.
 */
export function fullBuildMaxAgeMs(raw: string | undefined): number {
  const minutes = Number(raw)
  return (Number.isFinite(minutes) && raw?.trim() ? Math.max(0, minutes) : 24 * 60) * 60_000
}

/** What the site's pages are made from besides the data: sources, static files, package versions, build settings. */
const codeInputs = ['site', 'cms/core', 'cms/publish', 'public', 'content', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'cms/payload.config.ts', 'cms/collections']
const buildEnv = ['KELISIM_SITE_URL', 'KELISIM_INCLUDE_DEMO', 'KELISIM_RETENTION_MONTHS']

async function filesUnder(entry: string): Promise<string[]> {
  const full = path.join(repoRoot, entry)
  const stat = await fs.stat(full).catch(() => null)
  if (!stat) return []
  if (stat.isFile()) return [entry]
  const names = (await fs.readdir(full, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
  return names.map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name))).filter((f) => !f.split(path.sep).includes('node_modules'))
}

/** A hash of everything but the data that decides what the pages say: a change means a full build. */
export async function siteCodeHash(): Promise<string> {
  const hash = createHash('sha256')
  const files = (await Promise.all(codeInputs.map(filesUnder))).flat().sort()
  for (const file of files) {
    hash.update(file).update('\0').update(await fs.readFile(path.join(repoRoot, file))).update('\0')
  }
  for (const name of buildEnv) hash.update(`${name}=${process.env[name] ?? ''}\0`)
  return hash.digest('hex').slice(0, 32)
}

export async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

/** The file a page URL is written to, after the 404 pages are flattened (`/kk/404/` → kk/404.html). */
export function fileOfUrl(url: string): string {
  const rel = url.replace(/^\/+/, '')
  if (/^([a-z]{2}\/)?404\/$/.test(rel)) return rel.replace(/404\/$/, '404.html')
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel
}

/** The search index: pagefind's bundle and the no-JS lists (with their compressed copies). */
export const isSearchIndexFile = (rel: string) => /^pagefind[\\/]/.test(rel) || /^[a-z]{2}[\\/]search-index\.json(\.br|\.gz)?$/.test(rel)
/** What a build keeps for the next one (the manifest, build.json): always its own, never a link. */
const isBuildRecord = (rel: string) => rel.startsWith(`${metaDir}${path.sep}`)

/**
 * Hard-links into `toDir` every file of `fromDir` that `skip` lets through (same inode, no copy).
 * Tens of thousands of files at national scale: each folder is made once, and links go in batches.
 */
export async function linkFiles(fromDir: string, toDir: string, skip: (rel: string) => boolean): Promise<number> {
  const entries = (await fs.readdir(fromDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
  const links: string[] = []
  const dirs = new Set<string>()
  for (const entry of entries) {
    const rel = path.relative(fromDir, path.join(entry.parentPath, entry.name))
    if (isBuildRecord(rel) || skip(rel)) continue
    links.push(rel)
    dirs.add(path.dirname(rel))
  }
  for (const dir of [...dirs].sort()) await fs.mkdir(path.join(toDir, dir), { recursive: true })
  const batch = 64
  for (let i = 0; i < links.length; i += batch) {
    await Promise.all(links.slice(i, i + batch).map((rel) => fs.link(path.join(fromDir, rel), path.join(toDir, rel))))
  }
  return links.length
}

/** Moves a file or folder: rename when both sides share the file system, else copy and remove (EXDEV). */
export async function move(from: string, to: string) {
  try {
    await fs.rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await fs.cp(from, to, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false })
    await fs.rm(from, { recursive: true, force: true })
  }
}

/** Moves a file into a folder of links: the link is unlinked first, never written through (its inode is the live build's). */
async function replaceLink(from: string, to: string) {
  await fs.rm(to, { force: true })
  await fs.mkdir(path.dirname(to), { recursive: true })
  await move(from, to)
}

/**
 * Completes a new build folder that already holds a link to every file of the live build (made by
 * linkFiles while Astro rendered) with a scoped build's output: a fresh file identical to the live
 * one is dropped and its link stays; a changed or new one takes its link's place and the linked
 * compressed copies go (they are the old contents'); the files of removed pages go too. The scoped
 * build's records (its manifest) move in as they are. The live search index stays linked: the pages
 * go live with it, and cms/publish/build-site.ts updates it afterwards.
 * Returns the files that really changed, for compression.
 */
export async function applyScopedBuild(args: { liveDir: string; scopedDir: string; buildDir: string; removedFiles: Set<string> }): Promise<string[]> {
  const { liveDir, scopedDir, buildDir, removedFiles } = args
  const fresh = (await fs.readdir(scopedDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(scopedDir, path.join(e.parentPath, e.name)))
  const changed: string[] = []
  for (const rel of fresh) {
    const from = path.join(scopedDir, rel)
    const to = path.join(buildDir, rel)
    if (!isBuildRecord(rel)) {
      const before = await fs.readFile(path.join(liveDir, rel)).catch(() => null)
      if (before && before.equals(await fs.readFile(from))) continue
      changed.push(rel)
      await Promise.all(['.br', '.gz'].map((suffix) => fs.rm(to + suffix, { force: true })))
    }
    await replaceLink(from, to)
  }
  for (const rel of removedFiles) {
    await Promise.all(['', '.br', '.gz'].map((suffix) => fs.rm(path.join(buildDir, rel + suffix), { force: true })))
    await removeEmptyFolders(buildDir, path.dirname(rel))
  }
  return changed
}

/** Removes `rel` and its parents inside `root` while they are empty (a removed page's folder). */
async function removeEmptyFolders(root: string, rel: string) {
  for (let dir = rel; dir && dir !== '.'; dir = path.dirname(dir)) {
    try {
      await fs.rmdir(path.join(root, dir))
    } catch {
      return // not empty (or gone): its parents are not empty either
    }
  }
}

/** The manifest of a build made of the live one and a scoped build's pages. */
export function mergeManifests(live: StoredManifest, scoped: StoredManifest, removed: Set<string>): StoredManifest {
  const pages = { ...live.pages }
  for (const url of removed) delete pages[url]
  Object.assign(pages, scoped.pages)
  return { pages, routes: scoped.routes, enumerated: scoped.enumerated }
}
