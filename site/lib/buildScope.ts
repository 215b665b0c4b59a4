/**
 * The Astro side of the build scope (cms/core/buildScope.ts). The Vite plugin in
 * site/integrations/buildScope.mjs wraps every page module's getStaticPaths in `scoped`, so no page
 * can be left out of the scope mechanism: it records every page the route has (the full page list
 * even in a scoped build) and, when KELISIM_BUILD_ONLY names a scope file, returns only the pages
 * listed there (and, with KELISIM_BUILD_KNOWN, pages not in that list of known pages: new ones).
 */
import fs from 'node:fs'

import { pageUrl, parseScopeFile, type RouteParams } from '../../cms/core/buildScope'
import { tracking, untracked, trackRoute } from './readTracking'

type PathEntry = { params: RouteParams; props?: unknown }

/** What one build collects; the integration (site/integrations/buildScope.mjs) writes it out. */
export type BuildRecord = {
  /** Every page every route has, whether rendered in this build or not. */
  enumerated: Set<string>
}

const state = globalThis as { __kelisimBuild?: BuildRecord }
export function buildRecord(): BuildRecord {
  state.__kelisimBuild ??= { enumerated: new Set() }
  return state.__kelisimBuild
}

let filter: ((url: string) => boolean) | undefined
function scopeFilter(): (url: string) => boolean {
  if (filter) return filter
  const only = process.env.KELISIM_BUILD_ONLY
  if (!only) return (filter = () => true)
  const listed = parseScopeFile(fs.readFileSync(only, 'utf8'))
  const knownFile = process.env.KELISIM_BUILD_KNOWN
  const known = knownFile ? parseScopeFile(fs.readFileSync(knownFile, 'utf8')) : undefined
  return (filter = (url) => listed.has(url) || (known !== undefined && !known.has(url)))
}

/** Whether this build renders only some pages. */
export const isScopedBuild = () => Boolean(process.env.KELISIM_BUILD_ONLY)

/** getStaticPaths of `routeFile` (relative to site/pages), limited to the build's scope. */
export function scoped<A extends unknown[]>(routeFile: string, getPaths: (...args: A) => PathEntry[] | Promise<PathEntry[]>) {
  return async (...args: A): Promise<PathEntry[]> => {
    const paths = await trackRoute(routeFile, () => getPaths(...args))
    const keep = scopeFilter()
    const record = buildRecord()
    const { routeOf } = tracking()
    return untracked(() =>
      paths.filter((entry) => {
        const url = pageUrl(routeFile, entry.params)
        record.enumerated.add(url)
        routeOf.set(url, routeFile)
        return keep(url)
      }),
    )
  }
}
