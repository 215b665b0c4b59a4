import { describe, expect, it } from 'vitest'

import { consentText, consentVersion, defaultRetentionMonths, retentionMonthsFrom } from '../../../cms/core/consent'
import { locales } from '../../../cms/core/locales'

describe('consent text', () => {
  it('names purpose, data, retention and withdrawal in every language, with the period filled in', () => {
    const mentions: Record<string, RegExp[]> = {
      kk: [/медиация кабинеттерінің желісі/, /тіркеу/, /телефон/, /өңір/, /18 ай/, /бас тарту сілтемесі/],
      ru: [/сеть кабинетов медиации/, /Цель/, /телефон/, /регион/, /18 мес/, /ссылке отмены/],
      en: [/network of mediation offices/, /Purpose/, /phone/, /region/, /18 months/, /cancel link/],
    }
    for (const locale of locales) {
      const { label, details } = consentText(locale, 18)
      expect(label.length).toBeGreaterThan(20)
      expect(details).not.toContain('{{')
      for (const pattern of mentions[locale]!) expect(details).toMatch(pattern)
    }
  })

  it('gets a new version when the wording or the retention period changes', () => {
    expect(consentVersion(12)).toMatch(/^c1-12m-[0-9a-f]{8}$/)
    expect(consentVersion(12)).toBe(consentVersion(12))
    expect(consentVersion(24)).not.toBe(consentVersion(12))
  })

  it('reads the retention period from its setting, falling back on nonsense', () => {
    expect(retentionMonthsFrom('6')).toBe(6)
    for (const bad of [undefined, '', '0', '-3', '1.5', 'year', '999']) expect(retentionMonthsFrom(bad)).toBe(defaultRetentionMonths)
  })
})
