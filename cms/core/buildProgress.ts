/**
 * How far a site build is: the build prints progress lines (pages rendered of the pages expected),
 * the publisher reads them from its output and keeps the latest in a small status file the admin's
 * publish panel reads. Pure.
 */
export type BuildProgress = { done: number; total: number; phase?: string }

/**
 * The steps of a build, as the progress lines name them. `pages live`: an incremental build's pages
 * are served already and its search index is being updated (cms/publish/build-site.ts).
 */
export const buildPhases = ['render', 'link', 'compress', 'search index', 'pages live'] as const
export type BuildPhase = (typeof buildPhases)[number]
export const isBuildPhase = (value: string | undefined): value is BuildPhase => (buildPhases as readonly (string | undefined)[]).includes(value)

const prefix = 'KELISIM_PROGRESS '

/** One line a person can read on the console and a program can parse. */
export function formatProgressLine(p: BuildProgress): string {
  return `${prefix}${p.done}/${p.total} pages${p.phase ? ` (${p.phase})` : ''}`
}

export function parseProgressLine(line: string): BuildProgress | undefined {
  const m = /^KELISIM_PROGRESS (\d+)\/(\d+) pages(?: \((.+)\))?$/.exec(line.trim())
  if (!m) return undefined
  return { done: Number(m[1]), total: Number(m[2]), ...(m[3] ? { phase: m[3] } : {}) }
}

/** "1,234 / 23,358 pages (5%) · rendering pages" in the admin's language (a step it cannot name is left out). */
export function describeProgress(p: BuildProgress, pagesWord: string, tag: string, phaseLabels?: Record<BuildPhase, string>): string {
  const n = new Intl.NumberFormat(tag)
  const share = p.total ? Math.min(100, Math.floor((p.done / p.total) * 100)) : 0
  const phase = phaseLabels && isBuildPhase(p.phase) ? ` · ${phaseLabels[p.phase]}` : ''
  return `${n.format(p.done)} / ${n.format(p.total)} ${pagesWord} (${share}%)${phase}`
}
