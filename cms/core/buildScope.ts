/**
 * Build scope: which pages one site build renders. A full build renders every page; a scoped build
 * (KELISIM_BUILD_ONLY names a file of URL paths, one per line) renders only those, and the
 * incremental publisher (cms/publish/incremental.ts) takes the rest from the live build. Pure: the
 * URL of a route's page, the scope file's format. The Astro side is site/lib/buildScope.ts.
 */

/** Route params as getStaticPaths returns them. */
export type RouteParams = Record<string, string | number | undefined>

/**
 * The URL path a page of a route file (relative to site/pages, e.g. `[lang]/events/[slug].astro`)
 * gets for its params: `/kk/events/some-slug/`. Pages (.astro) end in a slash (Astro's directory
 * format; `index` names the folder itself); endpoints (`feed.xml.ts`) keep their file name.
 */
export function pageUrl(routeFile: string, params: RouteParams = {}): string {
  const isPage = routeFile.endsWith('.astro') || routeFile.endsWith('.md')
  let route = routeFile.replace(/\\/g, '/').replace(/\.(astro|md|ts|js|mjs)$/, '')
  route = route.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, spread: string | undefined, name: string) => {
    const value = params[name]
    if (value === undefined || value === '') {
      if (spread) return ''
      throw new Error(`${routeFile}: no value for [${name}]`)
    }
    return String(value)
  })
  const segments = route.split('/').filter(Boolean)
  if (isPage) {
    if (segments.at(-1) === 'index') segments.pop()
    return segments.length ? `/${segments.join('/')}/` : '/'
  }
  return `/${segments.join('/')}`
}

/** The URL paths of a scope file: one per line; blank lines and `#` comments are ignored. */
export function parseScopeFile(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => (line.startsWith('/') ? line : `/${line}`)),
  )
}

/** Astro's page names (`kk/events/x/`, `robots.txt`) as URL paths. */
export const pageNameToUrl = (name: string) => `/${name.replace(/^\/+/, '')}`
/** URL paths as Astro's page names (what the sitemap integration is given). */
export const urlToPageName = (url: string) => url.replace(/^\/+/, '')
