import { describe, expect, it } from 'vitest'

import { coordinatesProblem, directoryMessage, normalizePhone } from '../../../cms/core/directoryRules'

describe('directory rules', () => {
  it('normalizes Kazakhstan phone numbers and refuses others', () => {
    expect(normalizePhone('8 (7172) 55-00-00')).toBe('+77172550000')
    expect(normalizePhone('+7 717 255 00 00')).toBe('+77172550000')
    expect(normalizePhone('7172550000')).toBe('+77172550000')
    expect(normalizePhone('12345')).toBeNull()
    expect(normalizePhone('+1 555 123 4567')).toBeNull()
    expect(normalizePhone('call us')).toBeNull()
  })
  it('refuses coordinates outside Kazakhstan and half pairs', () => {
    expect(coordinatesProblem(42.3, 69.6)).toBeNull()
    expect(coordinatesProblem(null, null)).toBeNull()
    expect(coordinatesProblem(69.6, 42.3)).toBe('coordinates')
    expect(coordinatesProblem(42.3, null)).toBe('coordinatesHalf')
  })
  it('answers in the admin language with Kazakh beside it', () => {
    expect(directoryMessage('phone', 'ru')).toMatch(/^Неверный.*Телефон/)
    expect(directoryMessage('phone', 'kk')).toMatch(/^Телефон/)
  })
})
