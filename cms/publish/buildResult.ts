/**
 * The protocol between the site build process (cms/publish/build-site.ts) and whoever starts it
 * (the rebuild job, cms/publish/runBuildProcess.ts): the build prints exactly one line starting
 * with the prefix, followed by the result as JSON. Both sides import this module, so neither
 * depends on the other. Pure: no payload, next, astro or file system.
 */

export const BUILD_RESULT_PREFIX = 'KELISIM_BUILD_RESULT '

export type BuildResult = {
  /** Folder name under site/builds that is now live. */
  buildId: string
  /** Pages written per site language. */
  pagesPerLocale: Record<string, number>
  durationMs: number
  /** Every page rendered, or only the pages the changes concern (cms/publish/incremental.ts). */
  mode?: 'full' | 'incremental'
  /**
   * Where the time went: Astro (data reads and rendering), pagefind, compression; and when the
   * pages went live (an incremental build swaps its pages in before it updates the search index).
   */
  phases?: { renderMs: number; indexMs: number; compressMs: number; pagesLiveMs?: number }
}

export function formatBuildResultLine(result: BuildResult): string {
  return BUILD_RESULT_PREFIX + JSON.stringify(result)
}

/** The result announced in a build's output, or undefined when the build printed none. */
export function parseBuildResult(output: string): BuildResult | undefined {
  const line = output.split('\n').find((l) => l.startsWith(BUILD_RESULT_PREFIX))
  if (!line) return undefined
  const value = JSON.parse(line.slice(BUILD_RESULT_PREFIX.length)) as Partial<BuildResult>
  if (typeof value.buildId !== 'string' || typeof value.durationMs !== 'number' || typeof value.pagesPerLocale !== 'object') {
    return undefined
  }
  return value as BuildResult
}
