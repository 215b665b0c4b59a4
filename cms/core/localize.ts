import { fallbackOrder, type Locale } from './locales'

/** Values of a localized field as Payload returns them with `locale: 'all'`. */
export type LocalizedValue<T = string> = Partial<Record<Locale, T | null>> | null | undefined

export { fallbackOrder }

function present<T>(value: T | null | undefined): value is T {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  return true
}

/**
 * Which language a document is shown in for a page in `lang`: the page language when the
 * document's key field (its title) is translated, otherwise the first fallback that has it.
 */
export function documentLanguage(key: LocalizedValue<unknown>, lang: Locale): { shown: Locale; isFallback: boolean } | null {
  for (const candidate of fallbackOrder(lang)) {
    if (present(key?.[candidate])) return { shown: candidate, isFallback: candidate !== lang }
  }
  return null
}

/** A field in the document's shown language, or undefined when that language has no value. */
export function pick<T = string>(value: LocalizedValue<T>, shown: Locale): T | undefined {
  const v = value?.[shown]
  return present(v) ? v : undefined
}

/** A field in the page language, falling back field by field (for labels of related documents). */
export function pickAny<T = string>(value: LocalizedValue<T>, lang: Locale): T | undefined {
  for (const candidate of fallbackOrder(lang)) {
    const v = value?.[candidate]
    if (present(v)) return v
  }
  return undefined
}

/** documentLanguage for pages that always render: a document with no title at all shows as-is. */
export function shownLanguage(key: LocalizedValue<unknown>, lang: Locale): { shown: Locale; isFallback: boolean } {
  return documentLanguage(key, lang) ?? { shown: lang, isFallback: false }
}
