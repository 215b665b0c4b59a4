import fs from 'node:fs'
import path from 'node:path'

/**
 * Absolute paths for everything the CMS and the publisher write. Bundlers (Next, Vite) move code
 * away from its source folder, so import.meta.url cannot be trusted; the entry scripts set
 * KELISIM_ROOT, and otherwise we walk up from the working folder to this repo's package.json.
 */
function findRepoRoot(): string {
  if (process.env.KELISIM_ROOT) return path.resolve(process.env.KELISIM_ROOT)
  let dir = process.cwd()
  for (;;) {
    const manifest = path.join(/*turbopackIgnore: true*/ dir, 'package.json')
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'kelisim') return dir
      } catch {
        // unreadable package.json: keep walking up
      }
    }
    const parent = path.dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
}

export const repoRoot = findRepoRoot()
/** Runtime data (database, uploads, built sites). Override with KELISIM_DATA_DIR. */
// turbopackIgnore: these are runtime data folders, not sources for Next to trace into the build.
export const dataDir = path.resolve(/*turbopackIgnore: true*/ process.env.KELISIM_DATA_DIR ?? path.join(repoRoot, '.data'))
export const mediaDir = path.join(/*turbopackIgnore: true*/ dataDir, 'media')
export const documentsDir = path.join(/*turbopackIgnore: true*/ dataDir, 'documents')
export const siteBuildsDir = path.join(/*turbopackIgnore: true*/ dataDir, 'site', 'builds')
/** A symlink to the build that is live; replaced atomically by rename. */
export const liveSiteLink = path.join(/*turbopackIgnore: true*/ dataDir, 'site', 'live')
export const defaultSqliteFile = path.join(/*turbopackIgnore: true*/ dataDir, 'kelisim.db')
/** Draft previews, one folder each (cms/lib/preview.ts); never served as the public site. */
export const previewsDir = path.join(/*turbopackIgnore: true*/ dataDir, 'previews')
