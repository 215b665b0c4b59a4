import { describe, expect, it } from 'vitest'

import {
  certificateCodeFromBytes,
  certificateCodePattern,
  certificateDates,
  certificateMail,
  certificateText,
  certificateWords,
  normalizeCertificateCode,
  verifyPath,
} from '../../../cms/core/certificate'
import { locales } from '../../../cms/core/locales'

const bytes = (...values: number[]) => Uint8Array.from(values)

describe('certificate codes', () => {
  it('turns 80 random bits into KLS and four groups of Crockford base32', () => {
    expect(certificateCodeFromBytes(new Uint8Array(10))).toBe('KLS-0000-0000-0000-0000')
    expect(certificateCodeFromBytes(new Uint8Array(10).fill(255))).toBe('KLS-ZZZZ-ZZZZ-ZZZZ-ZZZZ')
    expect(certificateCodeFromBytes(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).toBe('KLS-0410-6105-0R3G-G28A')
    for (let i = 0; i < 50; i++) {
      const random = Uint8Array.from({ length: 10 }, () => Math.floor(Math.random() * 256))
      expect(certificateCodeFromBytes(random)).toMatch(certificateCodePattern)
    }
    expect(() => certificateCodeFromBytes(bytes(1, 2, 3))).toThrow()
  })

  it('reads codes as people type them, and refuses what cannot be a code', () => {
    expect(normalizeCertificateCode('KLS-7W3Q-K9ZD-M2XA-4HVB')).toBe('KLS-7W3Q-K9ZD-M2XA-4HVB')
    expect(normalizeCertificateCode(' kls 7w3q k9zd m2xa 4hvb ')).toBe('KLS-7W3Q-K9ZD-M2XA-4HVB')
    expect(normalizeCertificateCode('KLS-OOOO-IIII-LLLL-0000')).toBe('KLS-0000-1111-1111-0000')
    for (const bad of ['', 'KLS-7W3Q', 'ABC-7W3Q-K9ZD-M2XA-4HVB', 'KLS-7W3Q-K9ZD-M2XA-4HVU', '<script>', 'KLS-7W3Q-K9ZD-M2XA-4HVBX', null, 42, 'x'.repeat(100)]) {
      expect(normalizeCertificateCode(bad)).toBeNull()
    }
  })

  it('has a verify path per language', () => {
    expect(verifyPath('ru', 'KLS-7W3Q-K9ZD-M2XA-4HVB')).toBe('/ru/verify/KLS-7W3Q-K9ZD-M2XA-4HVB/')
  })
})

describe('certificate wording', () => {
  it('has every text in kk, ru and en', () => {
    const keys = Object.keys(certificateWords.kk).sort()
    for (const l of locales) {
      expect(Object.keys(certificateWords[l]).sort()).toEqual(keys)
      for (const value of Object.values(certificateWords[l])) expect(value.trim()).not.toBe('')
    }
  })

  it('names the dates in Kazakhstan: one day, or first and last day', () => {
    // 19:30 UTC on 4 March is 00:30 on 5 March in Almaty (UTC+5).
    expect(certificateDates('2026-03-04T19:30:00Z', null, 'en')).toContain('5')
    expect(certificateDates('2026-03-05T05:00:00Z', '2026-03-05T12:00:00Z', 'ru')).not.toContain('–')
    const two = certificateDates('2026-03-05T05:00:00Z', '2026-03-06T12:00:00Z', 'kk')
    expect(two).toContain('–')
    expect(two).toContain('наурыз')
  })

  const facts = {
    locale: 'kk' as const,
    name: 'Әлия Жаңабаева',
    eventTitle: 'Медиация негіздері',
    startsAt: '2026-03-05T05:00:00Z',
    code: 'KLS-7W3Q-K9ZD-M2XA-4HVB',
    verifyUrl: 'https://kelisim.example/kk/verify/KLS-7W3Q-K9ZD-M2XA-4HVB/',
  }

  it('puts name, event, dates, organizer, code and the verify address on the certificate', () => {
    const text = certificateText(facts)
    expect(text.name).toBe('Әлия Жаңабаева')
    expect(text.event).toBe('Медиация негіздері')
    expect(text.dates).toMatch(/^Өткен күні: /)
    expect(text.issuer).toContain('медиация кабинеттері желісі')
    expect(text.code).toBe('Сертификат коды: KLS-7W3Q-K9ZD-M2XA-4HVB')
    expect(text.verify).toContain(facts.verifyUrl)
  })

  it('writes the e-mail in the participant’s language', () => {
    const kk = certificateMail(facts)
    expect(kk.subject).toBe('Қатысу сертификаты: Медиация негіздері')
    expect(kk.text).toContain('Құрметті Әлия Жаңабаева!')
    expect(kk.text).toContain(facts.verifyUrl)
    expect(kk.filename).toBe('certificate-KLS-7W3Q-K9ZD-M2XA-4HVB.pdf')
    expect(certificateMail({ ...facts, locale: 'en' }).subject).toBe('Certificate of participation: Медиация негіздері')
  })
})
