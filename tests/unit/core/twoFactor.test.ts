import { describe, expect, it } from 'vitest'

import { locales } from '../../../cms/core/locales'
import {
  adminTwoFactorRequired,
  isFreshStep,
  mustEnrollTwoFactor,
  parseSubmittedCode,
  recoveryCodeFromBytes,
  timeStep,
  twoFactorMessages,
} from '../../../cms/core/twoFactor'

describe('two-factor rules', () => {
  it('KELISIM_REQUIRE_ADMIN_2FA turns the admin rule on', () => {
    for (const on of ['1', 'true', 'on', 'YES', ' 1 ']) expect(adminTwoFactorRequired({ KELISIM_REQUIRE_ADMIN_2FA: on })).toBe(true)
    for (const off of [undefined, '', '0', 'off', 'false']) expect(adminTwoFactorRequired({ KELISIM_REQUIRE_ADMIN_2FA: off })).toBe(false)
  })

  it('only administrators without it must enroll, and only when required', () => {
    expect(mustEnrollTwoFactor({ roles: ['admin'], twoFactorEnabled: false }, true)).toBe(true)
    expect(mustEnrollTwoFactor({ roles: ['admin', 'moderator'] }, true)).toBe(true)
    expect(mustEnrollTwoFactor({ roles: ['admin'], twoFactorEnabled: true }, true)).toBe(false)
    expect(mustEnrollTwoFactor({ roles: ['organizer'], twoFactorEnabled: false }, true)).toBe(false)
    expect(mustEnrollTwoFactor({ roles: ['admin'], twoFactorEnabled: false }, false)).toBe(false)
    expect(mustEnrollTwoFactor(null, true)).toBe(false)
  })

  it('30-second steps; a step counts only after the last one used', () => {
    expect(timeStep(0)).toBe(0)
    expect(timeStep(29_999)).toBe(0)
    expect(timeStep(30_000)).toBe(1)
    expect(isFreshStep(10, null)).toBe(true)
    expect(isFreshStep(10, 9)).toBe(true)
    expect(isFreshStep(10, 10)).toBe(false)
    expect(isFreshStep(9, 10)).toBe(false)
  })

  it('reads six digits or a recovery code, ignoring spaces and dashes', () => {
    expect(parseSubmittedCode('123 456')).toEqual({ kind: 'totp', code: '123456' })
    expect(parseSubmittedCode(123456)).toEqual({ kind: 'totp', code: '123456' })
    expect(parseSubmittedCode('ABCDE-FGH23')).toEqual({ kind: 'recovery', code: 'abcdefgh23' })
    for (const bad of [undefined, null, '', '12345', '1234567', 'abcde-fghi0', {}, '12345a']) expect(parseSubmittedCode(bad)).toBeNull()
  })

  it('recovery codes are 5+5 characters of an unambiguous alphabet', () => {
    const code = recoveryCodeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 250, 251, 252, 253, 254]))
    expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
    expect(code).not.toMatch(/[01ilo]/)
    expect(parseSubmittedCode(code)).toEqual({ kind: 'recovery', code: code.replace('-', '') })
    expect(() => recoveryCodeFromBytes(new Uint8Array(3))).toThrow()
  })

  it('every message exists in kk, ru and en', () => {
    const keys = Object.keys(twoFactorMessages.en).sort()
    for (const lang of locales) {
      expect(Object.keys(twoFactorMessages[lang]).sort()).toEqual(keys)
      for (const key of keys) expect(twoFactorMessages[lang][key as keyof typeof twoFactorMessages.en].trim()).not.toBe('')
    }
  })
})
