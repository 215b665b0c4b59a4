import { describe, expect, it } from 'vitest'

import { locales } from '../../../cms/core/locales'
import { registrationMessages } from '../../../cms/core/messages'
import { registrationState, validateRegistrationInput } from '../../../cms/core/registration'
import { keyDiff, placeholders, type Dict } from '../support/dictionaries'

const reg = registrationMessages as unknown as Record<'kk' | 'ru' | 'en', Dict>

describe('registration messages (cms/core/messages.ts)', () => {
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
})
