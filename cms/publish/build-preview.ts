/**
 * Builds a draft preview: the site with one document's newest draft overlaid on the published data
 * (site/lib/cms.ts reads KELISIM_PREVIEW_DOC), limited to that document's pages where the build can
 * be scoped (KELISIM_BUILD_ONLY, a file listing the URL paths), into
 * `<data>/previews/<previewId>/site/`. Never the live folder, never indexed by pagefind.
 * Prints one result line (./buildResult.ts). Run by cms/jobs/previewSite.ts in its own process:
 *   tsx cms/publish/build-preview.ts <previewId> <collection>:<id> <path>...
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { locales } from '../core/locales'
import { parsePreviewDoc, previewFilePath, previewIdPattern } from '../core/preview'
import { previewsDir, repoRoot } from '../lib/paths'
import { formatBuildResultLine, type BuildResult } from './buildResult'
import { astroBuild, flattenNotFoundPages, stagingDirFor } from './build-site'
import { move } from './incremental'

export async function buildPreview(previewId: string, docRef: string, pagePaths: string[]): Promise<BuildResult> {
  const started = Date.now()
  const pagesPerLocale: Record<string, number> = Object.fromEntries(locales.map((l) => [l, 0]))
  if (!previewIdPattern.test(previewId)) throw new Error(`Not a preview id: ${previewId}`)
  if (!parsePreviewDoc(docRef)) throw new Error(`Not a previewable document: ${docRef}`)
  const folder = path.join(previewsDir, previewId)
  const outDir = path.join(folder, 'site')
  const stagingDir = stagingDirFor(`preview-${previewId}`)
  await fs.mkdir(folder, { recursive: true, mode: 0o700 })
  await fs.rm(outDir, { recursive: true, force: true })
  const onlyFile = path.join(folder, 'build-only.txt')
  await fs.writeFile(onlyFile, pagePaths.join('\n') + '\n', { mode: 0o600 })
  try {
    await astroBuild(stagingDir, { KELISIM_PREVIEW_DOC: docRef, KELISIM_BUILD_ONLY: onlyFile })
    await move(stagingDir, outDir)
    await flattenNotFoundPages(outDir)
    for (const page of pagePaths) {
      const file = path.join(outDir, previewFilePath(page) ?? '')
      if (!(await fs.stat(file).catch(() => null))) throw new Error(`The preview build has no page ${page}`)
      const locale = page.split('/')[1] ?? ''
      pagesPerLocale[locale] = (pagesPerLocale[locale] ?? 0) + 1
    }
  } catch (error) {
    await fs.rm(stagingDir, { recursive: true, force: true })
    await fs.rm(outDir, { recursive: true, force: true })
    throw error
  }
  return { buildId: previewId, pagesPerLocale, durationMs: Date.now() - started }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(repoRoot, 'cms/publish/build-preview.ts')) {
  const [previewId = '', docRef = '', ...pagePaths] = process.argv.slice(2)
  buildPreview(previewId, docRef, pagePaths).then(
    (result) => console.log(formatBuildResultLine(result)),
    (error) => {
      console.error(error instanceof Error ? error.stack : error)
      process.exit(1)
    },
  )
}
