/**
 * The site's view of the one locale list (cms/i18n/locales.ts). Together with lib/cms.ts this is
 * the only place under site/ that imports from cms/; this one is pure and safe for islands.
 */
export { defaultLocale, isLocale, localeNames, locales, localeTags, siteTimeZone, type Locale } from '../../cms/i18n/locales'
export { toAlmatyIso } from '../../cms/lib/time'
