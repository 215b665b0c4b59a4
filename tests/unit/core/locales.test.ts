import { describe, expect, it } from 'vitest'

import astroConfig from '../../../astro.config.mjs'
import { languageOptions } from '../../../cms/core/locales'
import {
  defaultLocale,
  fallbackOrder,
  isLocale,
  localeFromAcceptLanguage,
  localeNames,
  localeOr,
  locales,
  localeTable,
  localeTags,
} from '../../../cms/core/locales'
import { registrationMessages } from '../../../cms/core/messages'
import { vocabularyLabels } from '../../../cms/core/vocabulary'
import { uiStrings } from '../../../site/i18n/index'

describe('the locale table (cms/core/locales.ts)', () => {
  it('is kk, ru, en with Kazakh first and default', () => {
    expect(locales).toEqual(['kk', 'ru', 'en'])
    expect(defaultLocale).toBe('kk')
  })

  it('has a self-name and a BCP 47 tag for every locale', () => {
    expect(localeNames).toEqual({ kk: 'Қазақша', ru: 'Русский', en: 'English' })
    for (const l of locales) expect(localeTags[l]).toMatch(new RegExp(`^${l}-[A-Z]{2}$`))
  })

  it('isLocale accepts exactly the table keys', () => {
    for (const l of locales) expect(isLocale(l)).toBe(true)
    for (const v of ['KK', 'kz', 'de', '', ' ru', 'toString', '__proto__', null, undefined, 1, {}]) expect(isLocale(v)).toBe(false)
    expect(localeOr('ru')).toBe('ru')
    expect(localeOr('xx')).toBe(defaultLocale)
    expect(localeOr(undefined, 'en')).toBe('en')
  })

  it('orders fallbacks from the table: Russian stands in first for kk and en', () => {
    expect(fallbackOrder('kk')).toEqual(['kk', 'ru', 'en'])
    expect(fallbackOrder('ru')).toEqual(['ru', 'kk', 'en'])
    expect(fallbackOrder('en')).toEqual(['en', 'ru', 'kk'])
    for (const l of locales) expect([...fallbackOrder(l)].sort()).toEqual([...locales].sort())
  })

  it('picks a language from Accept-Language with q-values, defaulting to Kazakh', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('kk')
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9')).toBe('kk')
    expect(localeFromAcceptLanguage('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru')
    expect(localeFromAcceptLanguage('en;q=0.5, ru;q=0.8')).toBe('ru')
    expect(localeFromAcceptLanguage('ru;q=0, en')).toBe('en')
    expect(localeFromAcceptLanguage('kk-KZ')).toBe('kk')
  })
})

/**
 * Adding a language must be a change to the table plus the UI and message files only. Every list
 * that depends on the locales is checked here against the table, so a hand-written copy anywhere
 * (Astro's i18n, the sitemap, Payload's localization, select options, dictionaries) fails.
 */
describe('every locale-dependent list derives from the table', () => {
  const sameSet = (values: Iterable<string>) => expect([...values].sort()).toEqual([...locales].sort())

  it('Astro routing and the sitemap', () => {
    sameSet(astroConfig.i18n!.locales as string[])
    expect(astroConfig.i18n!.defaultLocale).toBe(defaultLocale)
    const sitemap = (astroConfig.integrations ?? []).flat().find((i) => i && i.name === '@astrojs/sitemap')
    expect(sitemap).toBeDefined()
  })

  it('Payload localization (locale codes, labels, default)', async () => {
    const { default: configPromise } = await import('../../../cms/payload.config')
    const config = await configPromise
    const localization = config.localization
    if (!localization) throw new Error('no localization')
    sameSet(localization.localeCodes)
    expect(localization.defaultLocale).toBe(defaultLocale)
    for (const l of localization.locales) expect(l.label).toBe(localeTable[l.code as 'kk'].name)
  })

  it('select options for languages', () => {
    sameSet(languageOptions.map((o) => o.value))
    for (const o of languageOptions) expect(o.label).toBe(localeNames[o.value])
  })

  it('the UI strings, registration messages and vocabulary labels', () => {
    sameSet(Object.keys(uiStrings))
    sameSet(Object.keys(registrationMessages))
    sameSet(Object.keys(vocabularyLabels))
  })
})
