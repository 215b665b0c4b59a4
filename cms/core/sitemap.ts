/**
 * The sitemap as the protocol requires (sitemaps.org): at most 50,000 URLs per file, the files
 * listed in a sitemap index, and robots.txt naming the index. At the network's size (20,000+
 * pages in three languages, each entry with its two alternates) a file stays far under the
 * protocol's other limit of 50 MB. astro.config.mjs passes these options to @astrojs/sitemap.
 *
 * Pure: imports only the locale table.
 */
import { defaultLocale, locales, localeTags } from './locales'

/** The protocol's limit of URLs in one sitemap file. */
export const SITEMAP_URL_LIMIT = 50_000

/** @astrojs/sitemap writes `sitemap-index.xml` and `sitemap-0.xml`, `sitemap-1.xml`… beside it. */
export const sitemapIndexPath = '/sitemap-index.xml'

/** Pages that are not content: the not-found page and the search page. */
export const isSitemapPage = (url: string) => !/\/(404|search)\/?$/.test(url)

/** Options for @astrojs/sitemap: the split size (a test passes a small one), alternates per language, the filter. */
export function sitemapOptions(entryLimit = SITEMAP_URL_LIMIT) {
  if (!(Number.isInteger(entryLimit) && entryLimit > 0 && entryLimit <= SITEMAP_URL_LIMIT)) {
    throw new Error(`A sitemap file holds 1 to ${SITEMAP_URL_LIMIT} URLs, got ${entryLimit}.`)
  }
  return { entryLimit, ...sitemapAlternates(Object.fromEntries(locales.map((l) => [l, localeTags[l]])), isSitemapPage) }
}

type SitemapLink = { url: string; lang: string }

/**
 * Each page's alternates in every language, as @astrojs/sitemap's `i18n` option writes them (the
 * same links in the same order), without its lookup that scans every URL for every page (quadratic:
 * seconds at the network's size). The integration passes every URL through `filter` before it
 * serializes any, so `serialize` indexes the kept URLs by path once.
 */
export function sitemapAlternates(languages: Record<string, string>, keep: (url: string) => boolean) {
  let kept: string[] = []
  let byPath: Map<string, SitemapLink[]> | undefined
  return {
    filter(url: string): boolean {
      if (byPath) {
        // A new build in the same process.
        kept = []
        byPath = undefined
      }
      if (!keep(url)) return false
      kept.push(url)
      return true
    },
    serialize<T extends { url: string; links?: SitemapLink[] }>(item: T): T {
      byPath ??= alternatesByPath(kept, languages)
      // A page without another language has no alternates (as the integration writes it).
      const links = byPath.get(parseI18n(item.url, languages).path)
      item.links = links && links.length > 1 ? links : undefined
      return item
    },
  }
}

/** The integration's order (English, numeric), with one collator instead of one per comparison. */
const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare

function alternatesByPath(urls: string[], languages: Record<string, string>): Map<string, SitemapLink[]> {
  const byPath = new Map<string, SitemapLink[]>()
  for (const url of [...urls].sort(sitemapOrder)) {
    const { path, locale } = parseI18n(url, languages)
    const links = byPath.get(path)
    const link = { url, lang: languages[locale]! }
    if (links) links.push(link)
    else byPath.set(path, [link])
  }
  return byPath
}

/** Language and path of a URL as the integration parses them: the first segment if it is a language. */
function parseI18n(url: string, languages: Record<string, string>): { locale: string; path: string } {
  const s = new URL(url).pathname
  if (s === '/') return { locale: defaultLocale, path: '/' }
  const locale = s.split('/')[1]!
  if (locale in languages) return { locale, path: s.slice(1 + locale.length) || '/' }
  return { locale: defaultLocale, path: s }
}
