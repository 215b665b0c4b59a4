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
  return {
    entryLimit,
    i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, localeTags[l]])) },
    filter: isSitemapPage,
  }
}
