import { describe, expect, it } from 'vitest'

import { Events, eventKinds } from '../../cms/collections/Events'
import { Mediators, specializationOptions } from '../../cms/collections/Mediators'
import { Offices } from '../../cms/collections/Offices'
import { Publications, publicationKinds } from '../../cms/collections/Publications'
import { defaultLocale, isLocale, localeNames, locales, localeTags, siteTimeZone } from '../../cms/i18n/locales'
import { registrationMessages } from '../../cms/i18n/messages'
import { weekdays } from '../../cms/lib/openingHours'
import { registrationState, validateRegistrationInput } from '../../cms/lib/registration'
import { uiStrings, useTranslations, type UIKey } from '../../site/i18n/index'
import { en } from '../../site/i18n/ui.en'
import { kk } from '../../site/i18n/ui.kk'
import { ru } from '../../site/i18n/ui.ru'
import { registrationMessages as siteRegistrationMessages } from '../../site/lib/messages'

type Dict = Record<string, string>
const ui: Record<'kk' | 'ru' | 'en', Dict> = { kk, ru, en }
const reg = registrationMessages as unknown as Record<'kk' | 'ru' | 'en', Dict>

function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]).sort()
}

/** Differences between two key sets, so a failure names the keys. */
function keyDiff(a: Dict, b: Dict) {
  const ka = new Set(Object.keys(a))
  const kb = new Set(Object.keys(b))
  return {
    missing: [...ka].filter((k) => !kb.has(k)).sort(),
    extra: [...kb].filter((k) => !ka.has(k)).sort(),
  }
}

/**
 * Every `select` field in a Payload field tree, by field name, with its option values.
 * Walks presentational containers (row, collapsible, tabs) and data containers (group, array,
 * blocks) alike, since the site shows values from any of them.
 */
type AnyField = Record<string, unknown> & { type?: string; name?: string }
function selectOptions(fields: unknown[], prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const visit = (list: unknown[], path: string) => {
    for (const raw of list) {
      const f = raw as AnyField
      const name = typeof f.name === 'string' ? f.name : undefined
      const here = name ? (path ? `${path}.${name}` : name) : path
      if (f.type === 'select' && name) {
        const values = (f.options as Array<string | { value: string }>).map((o) => (typeof o === 'string' ? o : o.value))
        out.set(here, values)
      }
      if (Array.isArray(f.fields)) visit(f.fields as unknown[], f.type === 'group' || f.type === 'array' ? here : path)
      if (Array.isArray(f.tabs)) for (const tab of f.tabs as AnyField[]) visit((tab.fields as unknown[]) ?? [], path)
      if (Array.isArray(f.blocks)) for (const block of f.blocks as AnyField[]) visit((block.fields as unknown[]) ?? [], here)
    }
  }
  visit(fields, prefix)
  return out
}

function optionsOf(fields: unknown[], name: string): string[] {
  const values = selectOptions(fields).get(name)
  if (!values) throw new Error(`No select field "${name}" found in the collection config`)
  return values
}

function expectKeysInAllLanguages(prefix: string, values: readonly string[]) {
  expect(values.length).toBeGreaterThan(0)
  const missing: string[] = []
  for (const lang of locales) {
    for (const v of values) {
      const key = `${prefix}${v}`
      const value = ui[lang][key]
      if (typeof value !== 'string' || value.trim() === '') missing.push(`${lang}: ${key}`)
    }
  }
  expect(missing).toEqual([])
}

describe('locale list (cms/i18n/locales.ts)', () => {
  it('is kk, ru, en with Kazakh first and default', () => {
    expect([...locales]).toEqual(['kk', 'ru', 'en'])
    expect(defaultLocale).toBe('kk')
    expect(siteTimeZone).toBe('Asia/Almaty')
  })

  it('has a self-name and a BCP 47 tag for every locale', () => {
    expect(Object.keys(localeNames).sort()).toEqual([...locales].sort())
    expect(Object.keys(localeTags).sort()).toEqual([...locales].sort())
    expect(localeNames.kk).toBe('Қазақша')
    expect(localeNames.ru).toBe('Русский')
    expect(localeNames.en).toBe('English')
    for (const l of locales) expect(localeTags[l]).toMatch(new RegExp(`^${l}-[A-Z]{2}$`))
  })

  it('isLocale accepts exactly the three locales', () => {
    for (const l of locales) expect(isLocale(l)).toBe(true)
    for (const v of ['KK', 'kz', 'de', '', ' ru', null, undefined, 1, {}]) expect(isLocale(v)).toBe(false)
  })
})

describe('UI strings (site/i18n)', () => {
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

describe('registration messages (cms/i18n/messages.ts)', () => {
  it('has the three locales', () => {
    expect(Object.keys(registrationMessages).sort()).toEqual([...locales].sort())
  })

  it.each(['ru', 'en'] as const)('%s has exactly the kk keys', (lang) => {
    expect(keyDiff(reg.kk, reg[lang])).toEqual({ missing: [], extra: [] })
  })

  it.each(locales)('%s has no empty value', (lang) => {
    const bad = Object.entries(reg[lang]).filter(([, v]) => typeof v !== 'string' || v.trim() === '')
    expect(bad).toEqual([])
  })

  it('uses the same placeholders per key', () => {
    const mismatches: string[] = []
    for (const key of Object.keys(reg.kk)) {
      for (const lang of ['ru', 'en'] as const) {
        if (placeholders(reg.kk[key]).join() !== placeholders(reg[lang][key]).join()) mismatches.push(`${lang} ${key}`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('kk differs from ru and en for every message', () => {
    const same = Object.keys(reg.kk).filter((k) => reg.kk[k] === reg.ru[k] || reg.kk[k] === reg.en[k])
    expect(same).toEqual([])
  })

  it('covers every error code the validation and the registration window can produce', () => {
    const codes = new Set<string>()
    for (const e of validateRegistrationInput({}).errors) codes.add(e.code)
    const bad = validateRegistrationInput({
      name: 'x'.repeat(201),
      email: 'not-an-email',
      phone: 'abc',
      organization: 'o'.repeat(301),
      region: 'NOT A CODE',
      consent: 'no',
    })
    for (const e of bad.errors) codes.add(e.code)
    const now = new Date('2026-06-01T00:00:00Z')
    const events = [
      { registration: { enabled: false } },
      { status: 'cancelled', registration: { enabled: true } },
      { registration: { enabled: true, opensAt: '2026-07-01T00:00:00Z' } },
      { startsAt: '2026-05-01T00:00:00Z', registration: { enabled: true } },
      { startsAt: '2026-07-01T00:00:00Z', registration: { enabled: true, capacity: 1 } },
    ]
    for (const e of events) {
      const s = registrationState(e, now, 1)
      expect(s).not.toBe('open')
      codes.add(s)
    }
    expect(codes.size).toBeGreaterThanOrEqual(12)
    for (const lang of locales) {
      const missing = [...codes].filter((c) => !reg[lang][c])
      expect(missing, lang).toEqual([])
    }
  })

  it('is the same object the site re-exports', () => {
    expect(siteRegistrationMessages).toBe(registrationMessages)
  })
})

describe('CMS select values shown on the site have UI keys', () => {
  it('finds select fields nested in rows, collapsibles, groups and arrays', () => {
    const eventSelects = selectOptions(Events.fields)
    expect([...eventSelects.keys()]).toEqual(expect.arrayContaining(['kind', 'format', 'status', 'languages']))
    expect(selectOptions(Offices.fields).has('hours.day')).toBe(true)
  })

  it('event kinds: the exported list matches the select options', () => {
    expect(optionsOf(Events.fields, 'kind')).toEqual([...eventKinds])
    expectKeysInAllLanguages('event.kind.', eventKinds)
  })

  it('event formats', () => {
    const values = optionsOf(Events.fields, 'format')
    expect(values).toEqual(expect.arrayContaining(['offline', 'online', 'hybrid']))
    expectKeysInAllLanguages('event.format.', values)
  })

  it('event statuses', () => {
    const values = optionsOf(Events.fields, 'status')
    expect(values).toContain('cancelled')
    expectKeysInAllLanguages('event.status.', values)
  })

  it('office kinds', () => {
    const values = optionsOf(Offices.fields, 'kind')
    expect(values).toContain('house-of-friendship')
    expectKeysInAllLanguages('office.kind.', values)
  })

  it('dialogue platform types', () => {
    const values = optionsOf(Offices.fields, 'platformType')
    expect(values.length).toBeGreaterThanOrEqual(5)
    expectKeysInAllLanguages('office.platform.', values)
  })

  it('opening-hours weekdays (exported list and the select in Offices)', () => {
    expect([...weekdays]).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
    expect(optionsOf(Offices.fields, 'hours.day')).toEqual([...weekdays])
    expectKeysInAllLanguages('weekday.', weekdays)
  })

  it('mediator kinds', () => {
    const values = optionsOf(Mediators.fields, 'kind')
    expect(values).toEqual(expect.arrayContaining(['professional', 'public']))
    expectKeysInAllLanguages('mediator.kind.', values)
  })

  it('mediator specializations: the exported list matches the select options', () => {
    expect(optionsOf(Mediators.fields, 'specializations')).toEqual([...specializationOptions])
    expectKeysInAllLanguages('specialization.', specializationOptions)
  })

  it('publication kinds: the exported list matches the select options', () => {
    expect(optionsOf(Publications.fields, 'kind')).toEqual([...publicationKinds])
    expectKeysInAllLanguages('publication.kind.', publicationKinds)
  })

  it('languages fields offer exactly the site locales, each with a language.<l> key', () => {
    for (const config of [Events, Offices, Mediators]) {
      const values = optionsOf(config.fields, 'languages')
      expect([...values].sort()).toEqual([...locales].sort())
    }
  })

  it('has no orphan option keys: every event.kind.* key is a real kind', () => {
    const families: Array<[string, readonly string[]]> = [
      ['event.kind.', eventKinds],
      ['event.format.', optionsOf(Events.fields, 'format')],
      ['event.status.', optionsOf(Events.fields, 'status')],
      ['office.kind.', optionsOf(Offices.fields, 'kind')],
      ['office.platform.', optionsOf(Offices.fields, 'platformType')],
      ['mediator.kind.', optionsOf(Mediators.fields, 'kind')],
      ['specialization.', specializationOptions],
      ['publication.kind.', publicationKinds],
      ['weekday.', weekdays],
    ]
    const orphans: string[] = []
    for (const [prefix, values] of families) {
      for (const key of Object.keys(kk)) {
        if (key.startsWith(prefix) && !values.includes(key.slice(prefix.length))) orphans.push(key)
      }
    }
    expect(orphans).toEqual([])
  })
})
