import { shownLanguage, type LocalizedValue } from '../../cms/core/localize'
import { locales, type Locale } from '../../cms/core/locales'
import { untracked } from './readTracking'

/** getStaticPaths for pages that exist once per language. */
export function perLanguage() {
  return locales.map((lang) => ({ params: { lang }, props: { lang } }))
}

/**
 * What a document page needs to know about its language, computed once per route: the page
 * language, the language the document is shown in (its own or a fallback) and whether it fell back.
 */
export type DocumentRouteProps<T> = { lang: Locale; doc: T; shown: Locale; isFallback: boolean }

/**
 * getStaticPaths for one page per language per document; `titleOf` decides the shown language.
 * Untracked: what a document's page reads of it, its page notes when it renders (readTracking.ts).
 */
export function perLanguageAndDoc<T extends { slug: string }>(docs: T[], titleOf: (doc: T) => LocalizedValue<unknown>) {
  return untracked(() => locales.flatMap((lang) =>
    docs.map((doc) => {
      const props: DocumentRouteProps<T> = { lang, doc, ...shownLanguage(titleOf(doc), lang) }
      return { params: { lang, slug: doc.slug }, props }
    }),
  ))
}
