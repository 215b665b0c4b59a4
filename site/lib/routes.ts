import { locales, type Locale } from '../../cms/core/locales'

/** getStaticPaths for pages that exist once per language. */
export function perLanguage() {
  return locales.map((lang) => ({ params: { lang }, props: { lang } }))
}

/** getStaticPaths for one page per language per document. */
export function perLanguageAndDoc<T extends { slug: string }>(docs: T[]) {
  return locales.flatMap((lang: Locale) => docs.map((doc) => ({ params: { lang, slug: doc.slug }, props: { lang, doc } })))
}
