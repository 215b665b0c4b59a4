/**
 * The press room's shared reading of publications: when each was released, which kinds, years and
 * regions have publications (the static filter pages), and the Atom feeds. Pure over the data the
 * build read through ./cms.ts; the embargo was applied there.
 */
import { atomFeed } from '../../cms/core/atom'
import { almatyDay } from '../../cms/core/format'
import { pick, pickAny, shownLanguage } from '../../cms/core/localize'
import type { Locale } from '../../cms/core/locales'
import { localizedPath, localizedUrl, publicationKindPath, publicationsFeedPath } from '../../cms/core/urls'
import { publicationKinds, type PublicationKind } from '../../cms/core/vocabulary'
import type { Publication } from './cms'

export { publicationKinds, type PublicationKind }

/** The moment a publication came out: its release time, or its publication day. */
export function releasedAt(p: Publication): string {
  return p.releaseAt ?? p.publishedOn
}

/** Its year in Kazakhstan. */
export function yearOf(p: Publication): string {
  return almatyDay(releasedAt(p)).slice(0, 4)
}

export function yearsOf(publications: Publication[]): string[] {
  return [...new Set(publications.map(yearOf))].sort().reverse()
}

export function regionsOf(publications: Publication[]) {
  const byCode = new Map<string, NonNullable<Publication['region']>>()
  for (const p of publications) if (p.region?.code) byCode.set(p.region.code, p.region)
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code))
}

/** Publications per list page: a list stays the same size however many the network publishes. */
export const publicationPageSize = 20

/** The pages of a list of publications (at least one, which may be empty). */
export const publicationPageCount = (count: number) => Math.max(1, Math.ceil(count / publicationPageSize))

/** `/page/2/`, `/page/3/` … of a list whose first page is `listPath` (a path without the language). */
export const publicationListPagePath = (listPath: string, page: number) => (page > 1 ? `${listPath}page/${page}/` : listPath)

/** Static paths of a list's pages 2..N in every language; `props` say which list. */
export function laterPublicationPages<P extends Record<string, unknown>>(count: number, params: Record<string, string>, props: P, langs: readonly Locale[]) {
  const pages = publicationPageCount(count)
  return langs.flatMap((lang) =>
    Array.from({ length: pages - 1 }, (_, i) => ({ params: { ...params, lang, page: String(i + 2) }, props: { ...props, lang, page: i + 2 } })),
  )
}

/** The feed's words in its language (the caller translates: site/lib does not read site/i18n). */
export type FeedText = { title: string; subtitle: string; author: string; kindLabel: (kind: PublicationKind) => string }

/** Atom feed of a language's publications, or of one kind: absolute links from the site's address. */
export function publicationsFeed(args: { publications: Publication[]; lang: Locale; site: URL; text: FeedText; kind?: PublicationKind; builtAt: Date }): string {
  const { lang, site, text, kind } = args
  const items = args.publications.filter((p) => !kind || p.kind === kind)
  const abs = (path: string) => new URL(path, site).href
  return atomFeed({
    selfUrl: abs(localizedPath(lang, publicationsFeedPath(kind))),
    pageUrl: abs(kind ? localizedPath(lang, publicationKindPath(kind)) : localizedUrl(lang, 'publications')),
    lang,
    title: text.title,
    subtitle: text.subtitle,
    author: text.author,
    updatedIfEmpty: args.builtAt,
    entries: items.map((p) => {
      const { shown, isFallback } = shownLanguage(p.title, lang)
      return {
        url: abs(localizedUrl(lang, 'publications', p.slug)),
        title: pick(p.title, shown) ?? p.slug,
        lang: isFallback ? shown : undefined,
        summary: pick(p.summary, shown) ?? pickAny(p.summary, lang),
        published: releasedAt(p),
        updated: p.updatedAt,
        category: { term: p.kind, label: text.kindLabel(p.kind) },
      }
    }),
  })
}
