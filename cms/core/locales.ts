/**
 * The one locale table. Everything locale-dependent derives from it: Payload's localization and
 * admin options, Astro's i18n routing and sitemap, the server's language redirect, the site's
 * fallback order, select options for "languages spoken", date and number formatting.
 * Adding a language is an entry here plus its UI and message files.
 *
 * Pure: imports nothing from payload, next, astro or the file system.
 */

export type LocaleInfo = {
  /** The language's name in itself, for the language switch and select options. */
  name: string
  /** BCP 47 tag for Intl formatting and hreflang. */
  tag: string
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string
  /** Which other languages stand in, in order, when a translation is missing. */
  fallback: readonly string[]
  /** Date and number conventions beyond what the tag implies. */
  hourCycle: 'h23' | 'h12'
}

// Kazakh is the state language: first, and the default. Russian is the language most readers
// share, so it stands in first for a missing Kazakh or English text.
const table = {
  kk: { name: 'Қазақша', tag: 'kk-KZ', ogLocale: 'kk_KZ', fallback: ['ru', 'en'], hourCycle: 'h23' },
  ru: { name: 'Русский', tag: 'ru-RU', ogLocale: 'ru_RU', fallback: ['kk', 'en'], hourCycle: 'h23' },
  en: { name: 'English', tag: 'en-GB', ogLocale: 'en_GB', fallback: ['ru', 'kk'], hourCycle: 'h23' },
} as const satisfies Record<string, LocaleInfo>

export type Locale = keyof typeof table
export const localeTable: Readonly<Record<Locale, LocaleInfo>> = table

/** Locale codes in table order; the first is the default. */
export const locales = Object.keys(table) as Locale[]
export const defaultLocale: Locale = locales[0]!

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(table, value)
}

/** Names of the languages in themselves: { kk: 'Қазақша', … }. */
export const localeNames = Object.fromEntries(locales.map((l) => [l, table[l].name])) as Record<Locale, string>
/** BCP 47 tags: { kk: 'kk-KZ', … }. */
export const localeTags = Object.fromEntries(locales.map((l) => [l, table[l].tag])) as Record<Locale, string>

/** The page language first, then its fallbacks, then any language the table has that they miss. */
export function fallbackOrder(lang: Locale): Locale[] {
  const order = [lang, ...table[lang].fallback.filter(isLocale)]
  return [...order, ...locales.filter((l) => !order.includes(l))]
}

/** Select options for "languages spoken" and "language registered in": one per locale. */
export const languageOptions = locales.map((value) => ({ label: localeNames[value], value }))

/** A locale from a `lang` parameter or similar, or the default. */
export function localeOr(value: unknown, fallback: Locale = defaultLocale): Locale {
  return isLocale(value) ? value : fallback
}

/** Picks a locale from an Accept-Language header (q-values respected, header order breaks ties). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return defaultLocale
  const entries = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      let q = 1
      for (const p of params) {
        const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)
        if (m) q = Number(m[1])
      }
      return { primary: (tag ?? '').trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((e) => e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return entries.map((e) => e.primary).find(isLocale) ?? defaultLocale
}
