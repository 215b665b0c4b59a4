import { describe, expect, it } from 'vitest'

import { locales } from '../../../cms/core/locales'
import { minPasswordLength, passwordMessages, passwordProblem } from '../../../cms/core/passwordPolicy'

describe('password policy', () => {
  it.each([
    ['123456', 'tooShort'],
    ['short pass', 'tooShort'],
    ['123456789012', 'common'],
    ['Password2024!', 'common'],
    ['QWERTYUIOP!!', 'common'],
    ['йцукенгшщз12', 'common'],
    ['aaaaaaaaaaaaaaa', 'common'],
    ['Kelisim2026!!', 'common'],
  ] as const)('refuses %s (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem)
  })

  it('refuses the account’s own e-mail', () => {
    expect(passwordProblem('aigerim.nurlanovna@kelisim.kz', 'Aigerim.Nurlanovna@kelisim.kz')).toBe('likeEmail')
    expect(passwordProblem('aigerim.nurlanovna2026', 'aigerim.nurlanovna@kelisim.kz')).toBe('likeEmail')
  })

  it('accepts long uncommon passphrases in any script', () => {
    expect(passwordProblem('river stone kettle 42')).toBeNull()
    expect(passwordProblem('Көктемгі жаңбыр 7')).toBeNull()
    expect(minPasswordLength).toBe(12)
  })

  it('says every problem in kk, ru and en', () => {
    for (const lang of locales) for (const message of Object.values(passwordMessages[lang])) expect(message.length).toBeGreaterThan(10)
  })
})
