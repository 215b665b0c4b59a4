import { describe, expect, it } from 'vitest'

import { locales } from '../../../cms/core/locales'
import { documentLanguage, fallbackOrder, pick, pickAny } from '../../../cms/core/localize'

describe('fallbackOrder', () => {
  it('puts the page language first, then Russian for kk and en', () => {
    expect(fallbackOrder('kk')).toEqual(['kk', 'ru', 'en'])
    expect(fallbackOrder('ru')).toEqual(['ru', 'kk', 'en'])
    expect(fallbackOrder('en')).toEqual(['en', 'ru', 'kk'])
  })

  it.each(locales)('for %s lists every locale exactly once', (lang) => {
    const order = fallbackOrder(lang)
    expect(order[0]).toBe(lang)
    expect([...order].sort()).toEqual([...locales].sort())
  })

  it('returns a fresh array each time (callers may not corrupt it)', () => {
    const a = fallbackOrder('kk')
    a.reverse()
    expect(fallbackOrder('kk')).toEqual(['kk', 'ru', 'en'])
  })
})

describe('documentLanguage', () => {
  const full = { kk: 'Кабинет (kk)', ru: 'Кабинет', en: 'Office' }

  it.each(locales)('shows the page language %s when it is present', (lang) => {
    expect(documentLanguage(full, lang)).toEqual({ shown: lang, isFallback: false })
  })

  it('falls back from en to ru when en is missing', () => {
    expect(documentLanguage({ kk: 'Тақырып', ru: 'Заголовок' }, 'en')).toEqual({ shown: 'ru', isFallback: true })
  })

  it('falls back from en to ru, not kk, even though kk is the default locale', () => {
    expect(documentLanguage({ kk: 'Тақырып', ru: 'Заголовок', en: null }, 'en')?.shown).toBe('ru')
  })

  it('falls back from kk to ru', () => {
    expect(documentLanguage({ ru: 'Заголовок', en: 'Title' }, 'kk')).toEqual({ shown: 'ru', isFallback: true })
  })

  it('falls back from ru to kk before en', () => {
    expect(documentLanguage({ kk: 'Тақырып', en: 'Title' }, 'ru')).toEqual({ shown: 'kk', isFallback: true })
  })

  it('uses the last resort when only one language exists', () => {
    expect(documentLanguage({ en: 'Title' }, 'kk')).toEqual({ shown: 'en', isFallback: true })
    expect(documentLanguage({ kk: 'Тақырып' }, 'en')).toEqual({ shown: 'kk', isFallback: true })
  })

  it('treats whitespace-only and empty strings as missing', () => {
    expect(documentLanguage({ kk: '   ', ru: 'Заголовок', en: '\n\t' }, 'kk')).toEqual({ shown: 'ru', isFallback: true })
    expect(documentLanguage({ kk: '', ru: 'Заголовок', en: '' }, 'en')).toEqual({ shown: 'ru', isFallback: true })
  })

  it('treats null as missing', () => {
    expect(documentLanguage({ kk: null, ru: null, en: 'Title' }, 'kk')).toEqual({ shown: 'en', isFallback: true })
  })

  it('returns null when nothing is present', () => {
    expect(documentLanguage({}, 'kk')).toBeNull()
    expect(documentLanguage({ kk: ' ', ru: '', en: null }, 'ru')).toBeNull()
    expect(documentLanguage(null, 'en')).toBeNull()
    expect(documentLanguage(undefined, 'kk')).toBeNull()
  })

  it('accepts non-string values (e.g. rich text) as present', () => {
    expect(documentLanguage({ ru: { root: {} } }, 'en')).toEqual({ shown: 'ru', isFallback: true })
  })
})

describe('pick', () => {
  it('returns the value in the shown language only', () => {
    const v = { kk: 'Мекенжай', ru: 'Адрес', en: 'Address' }
    expect(pick(v, 'kk')).toBe('Мекенжай')
    expect(pick(v, 'ru')).toBe('Адрес')
    expect(pick(v, 'en')).toBe('Address')
  })

  it('does not fall back to another language', () => {
    expect(pick({ ru: 'Адрес' }, 'en')).toBeUndefined()
    expect(pick({ ru: 'Адрес', en: null }, 'en')).toBeUndefined()
  })

  it('returns undefined for blank values and for missing objects', () => {
    expect(pick({ en: '   ' }, 'en')).toBeUndefined()
    expect(pick({ en: '' }, 'en')).toBeUndefined()
    expect(pick(null, 'en')).toBeUndefined()
    expect(pick(undefined, 'kk')).toBeUndefined()
  })

  it('keeps the value as stored (no trimming) when present', () => {
    expect(pick({ en: ' Address ' }, 'en')).toBe(' Address ')
  })

  it('returns non-string values as they are', () => {
    const body = [{ type: 'paragraph' }]
    expect(pick({ kk: body }, 'kk')).toBe(body)
    expect(pick({ kk: 0 }, 'kk')).toBe(0)
  })
})

describe('pickAny', () => {
  it('returns the page language value when present', () => {
    expect(pickAny({ kk: 'Астана', ru: 'Астана (ru)', en: 'Astana' }, 'en')).toBe('Astana')
  })

  it('falls back field by field in fallbackOrder', () => {
    expect(pickAny({ kk: 'Тақырып', ru: 'Заголовок' }, 'en')).toBe('Заголовок')
    expect(pickAny({ ru: 'Заголовок', en: 'Title' }, 'kk')).toBe('Заголовок')
    expect(pickAny({ kk: 'Тақырып', en: 'Title' }, 'ru')).toBe('Тақырып')
    expect(pickAny({ en: 'Title' }, 'ru')).toBe('Title')
  })

  it('skips blank values', () => {
    expect(pickAny({ en: ' ', ru: '\t', kk: 'Тақырып' }, 'en')).toBe('Тақырып')
  })

  it('returns undefined when no language has a value', () => {
    expect(pickAny({ kk: '', ru: null, en: '  ' }, 'kk')).toBeUndefined()
    expect(pickAny(null, 'ru')).toBeUndefined()
    expect(pickAny(undefined, 'en')).toBeUndefined()
  })
})
