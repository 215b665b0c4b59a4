import { describe, expect, it } from 'vitest'

import { locales } from '../../../cms/core/locales'
import { vocabularyLabels } from '../../../cms/core/vocabulary'
import { uiStrings, useTranslations } from '../../../site/i18n/index'
import { en } from '../../../site/i18n/ui.en'
import { kk, type UIStringKey as UIKey } from '../../../site/i18n/ui.kk'
import { ru } from '../../../site/i18n/ui.ru'
import { keyDiff, placeholders, type Dict } from '../support/dictionaries'

const ui: Record<'kk' | 'ru' | 'en', Dict> = { kk, ru, en }

function expectKeysInAllLanguages(prefix: string, values: readonly string[]) {
  const missing = locales.flatMap((lang) => values.map((v) => `${prefix}${v}`).filter((k) => !ui[lang][k]?.trim()).map((k) => `${lang}: ${k}`))
  expect(missing).toEqual([])
}

describe('UI strings (site/i18n/ui.*.ts)', () => {
  it('uiStrings exposes the three dictionaries', () => {
    expect(Object.keys(uiStrings).sort()).toEqual([...locales].sort())
    expect(uiStrings.kk).toBe(kk)
    expect(uiStrings.ru).toBe(ru)
    expect(uiStrings.en).toBe(en)
  })

  it('has a reasonably sized key set', () => {
    expect(Object.keys(kk).length).toBeGreaterThan(100)
  })

  it.each(['ru', 'en'] as const)('%s has exactly the kk keys', (lang) => {
    expect(keyDiff(kk, ui[lang])).toEqual({ missing: [], extra: [] })
  })

  it.each(locales)('%s has no empty or whitespace-only value and no untrimmed value', (lang) => {
    const bad = Object.entries(ui[lang]).filter(([, v]) => typeof v !== 'string' || v.trim() === '' || v !== v.trim())
    expect(bad).toEqual([])
  })

  it('uses the same {{placeholders}} per key in every language', () => {
    const mismatches: string[] = []
    for (const key of Object.keys(kk)) {
      const expected = placeholders(kk[key as UIKey])
      for (const lang of ['ru', 'en'] as const) {
        const actual = placeholders(ui[lang][key] ?? '')
        if (expected.join(',') !== actual.join(',')) mismatches.push(`${lang} ${key}: [${actual}] vs kk [${expected}]`)
      }
    }
    expect(mismatches).toEqual([])
    // The check above must actually see placeholders, or it proves nothing.
    expect(Object.values(kk).filter((v) => placeholders(v).length > 0).length).toBeGreaterThanOrEqual(3)
  })

  it('has no single-brace or unbalanced placeholders (i18next only reads {{x}})', () => {
    const bad: string[] = []
    for (const lang of locales) {
      for (const [k, v] of Object.entries(ui[lang])) {
        const stripped = v.replace(/\{\{\s*[\w.-]+\s*\}\}/g, '')
        if (/[{}]/.test(stripped)) bad.push(`${lang} ${k}: ${v}`)
      }
    }
    expect(bad).toEqual([])
  })

  /**
   * Guard against copy-paste of Russian into the Kazakh file. Some strings are legitimately the
   * same in both languages (the brand "Келісім", loanwords such as "Конференция", "Онлайн",
   * "Телефон", "Инфографика"): today 8 of 168. Requiring at least 90% of keys to differ leaves
   * room for a few more such words but fails if a block of ~10 keys is pasted untranslated.
   */
  it('kk differs from ru for at least 90% of keys', () => {
    const keys = Object.keys(kk) as UIKey[]
    const same = keys.filter((k) => kk[k] === ru[k])
    const ratio = (keys.length - same.length) / keys.length
    expect(ratio, `identical kk/ru: ${same.join(', ')}`).toBeGreaterThanOrEqual(0.9)
  })

  it('kk and en differ for all keys except the ones that are proper names or numbers', () => {
    const keys = Object.keys(kk) as UIKey[]
    const same = keys.filter((k) => kk[k] === en[k])
    expect(same).toEqual([])
  })

  it('long kk sentences use Kazakh-specific letters (not Russian text)', () => {
    // Any kk value of 40+ characters is a sentence; a Kazakh sentence almost always contains
    // one of ә ғ қ ң ө ұ ү һ і. Russian text never does.
    const kazakh = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/
    const suspicious = Object.entries(kk).filter(([, v]) => v.length >= 40 && !kazakh.test(v))
    expect(suspicious).toEqual([])
    const russianWithKazakh = Object.entries(ru).filter(([k, v]) => k !== 'site.name' && kazakh.test(v) && !/«[^»]*»/.test(v))
    expect(russianWithKazakh).toEqual([])
  })

  it('has a language name for each locale', () => {
    expectKeysInAllLanguages('language.', locales)
  })
})

describe('useTranslations', () => {
  it('interpolates a count in Russian', () => {
    expect(useTranslations('ru')('search.results', { count: 3 })).toBe('Найдено: 3')
  })

  it('interpolates named values and does not HTML-escape them', () => {
    const t = useTranslations('en')
    expect(t('search.noResults', { query: 'a & <b>' })).toBe(en['search.noResults'].replace('{{query}}', 'a & <b>'))
  })

  it.each(locales)('returns the %s value of a key, not another language', (lang) => {
    const t = useTranslations(lang)
    expect(t('nav.home')).toBe(ui[lang]['nav.home'])
    expect(t('site.tagline')).toBe(ui[lang]['site.tagline'])
  })

  it('returns the Kazakh text for kk', () => {
    const t = useTranslations('kk')
    expect(t('nav.events')).toBe('Іс-шаралар')
    expect(t('search.results', { count: 5 })).toBe('Табылды: 5')
  })

  it('translates vocabulary labels (event kinds and the like) from the core vocabulary', () => {
    expect(useTranslations('kk')('event.kind.round-table')).toBe(vocabularyLabels.kk['event.kind.round-table'])
    expect(useTranslations('ru')('weekday.mon')).toBe(vocabularyLabels.ru['weekday.mon'])
  })

  it('translates every key in every language to its own dictionary value', () => {
    const wrong: string[] = []
    for (const lang of locales) {
      const t = useTranslations(lang)
      for (const key of Object.keys(kk) as UIKey[]) {
        const vars: Record<string, string> = {}
        for (const p of placeholders(ui[lang][key])) vars[p] = `<${p}>`
        const expected = ui[lang][key].replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, p) => `<${p}>`)
        const actual = t(key, vars)
        if (actual !== expected) wrong.push(`${lang} ${key}: ${JSON.stringify(actual)}`)
      }
    }
    expect(wrong).toEqual([])
  })
})
