/**
 * The one locale list. Payload's localization, Astro's i18n routing, the site's UI strings and
 * the registration messages all read it. Kazakh is the state language, so it comes first and is
 * the default.
 */
export const locales = ['kk', 'ru', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'kk'

/** Names of the languages in themselves, for the language switch. */
export const localeNames: Record<Locale, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
}

/** BCP 47 tags for Intl formatting. */
export const localeTags: Record<Locale, string> = {
  kk: 'kk-KZ',
  ru: 'ru-RU',
  en: 'en-GB',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export { siteTimeZone } from '../lib/time'
