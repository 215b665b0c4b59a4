/**
 * Which languages a document exists in, judged by its required translated fields: a language
 * counts only when every one of them has a value in it. Used by the admin's list column and the
 * dashboard's "missing in Kazakh" panel.
 *
 * Pure: imports nothing from payload, next, astro or the file system.
 */
import { locales, type Locale } from './locales'

/** Values of localized fields as read with locale 'all': { title: { kk: '…', ru: '…' }, … }. */
export type LocalizedValues = Record<string, unknown>

function filled(value: unknown): boolean {
  if (value == null) return false
  if (typeof value === 'string') return value.trim().length > 0
  return true
}

/** For each locale, whether every one of `fields` has a value in it. No fields: no locale counts. */
export function translationStatus(doc: LocalizedValues, fields: readonly string[]): Record<Locale, boolean> {
  const status = {} as Record<Locale, boolean>
  for (const locale of locales) {
    status[locale] =
      fields.length > 0 &&
      fields.every((field) => {
        const byLocale = doc[field]
        return byLocale != null && typeof byLocale === 'object' && filled((byLocale as Record<string, unknown>)[locale])
      })
  }
  return status
}

/** The locales a document lacks, in table order. */
export function missingLocales(doc: LocalizedValues, fields: readonly string[]): Locale[] {
  const status = translationStatus(doc, fields)
  return locales.filter((l) => !status[l])
}
