/**
 * Public URL shapes of the site, one place for all of them: every page is `/<lang>/<section>/<slug>/`
 * (trailing slash, as Astro builds directories). Pages, the language switch, feeds, e-mails and the
 * registration result page build links through these helpers instead of inline templates.
 */
import type { Locale } from './locales'

/** Path segments of the site's sections; the home page has none. */
export const sections = {
  home: '',
  events: 'events',
  openDoorDays: 'open-door-days',
  offices: 'offices',
  mediators: 'mediators',
  publications: 'publications',
  about: 'about',
  faq: 'faq',
  search: 'search',
  statistics: 'statistics',
} as const
export type Section = keyof typeof sections

/** A page's path without the language prefix: 'events/some-slug/', 'events/', '' for home. */
export function sectionPath(section: Section, slug?: string): string {
  const parts = [sections[section], slug ? encodeURIComponent(slug) : ''].filter(Boolean)
  return parts.length ? `${parts.join('/')}/` : ''
}

/** The same page in a language: localizedPath('kk', 'events/x/') → '/kk/events/x/'. */
export function localizedPath(lang: Locale, path: string): string {
  return `/${lang}/${path.replace(/^\/+/, '')}`
}

/** A page in a language: localizedUrl('ru', 'events', 'x') → '/ru/events/x/'. */
export function localizedUrl(lang: Locale, section: Section, slug?: string): string {
  return localizedPath(lang, sectionPath(section, slug))
}

/**
 * The event calendar's views and feeds, without the language prefix: the upcoming list and its
 * pages, one month grid per month, the archive and its pages, the subscribe page, one .ics per
 * entry and the subscribable calendars (all, per region, per kind).
 */
export const calendarPath = {
  upcoming: (page = 1) => (page > 1 ? `events/page/${page}/` : 'events/'),
  month: (month: string) => `events/${month}/`,
  archive: (page = 1) => (page > 1 ? `events/archive/page/${page}/` : 'events/archive/'),
  subscribe: () => 'events/subscribe/',
  /** The filter data of the upcoming list: the manifest, and one file per month it lists. */
  index: () => 'events/index.json',
  indexMonth: (month: string) => `events/index/${month}.json`,
  entryIcs: (section: 'events' | 'openDoorDays', slug: string) => `${sectionPath(section, slug)}event.ics`,
  feed: (name: string) => `events/feeds/${encodeURIComponent(name)}.ics`,
}

/** Press room: the list of one kind of publication, '/kk/publications/kind/press-release/'. */
export function publicationKindPath(kind: string): string {
  return `${sections.publications}/kind/${encodeURIComponent(kind)}/`
}

/** Press room: the publications of a year, or of a region (by its code). */
export const publicationYearPath = (year: string) => `${sections.publications}/year/${encodeURIComponent(year)}/`
export const publicationRegionPath = (code: string) => `${sections.publications}/region/${encodeURIComponent(code)}/`

/** Atom feeds: every publication of a language, or one kind of them. Paths without the language prefix. */
export function publicationsFeedPath(kind?: string): string {
  return kind ? `${publicationKindPath(kind)}feed.xml` : `${sections.publications}/feed.xml`
}
