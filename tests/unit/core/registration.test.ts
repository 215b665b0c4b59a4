import { describe, expect, it } from 'vitest'

import { registrationState, validateRegistrationInput, type RegistrationWindow } from '../../../cms/core/registration'

const valid = {
  name: 'Айгерім Сейітова',
  email: 'aigerim@example.kz',
  phone: '+7 701 123 45 67',
  organization: 'Достық үйі',
  region: 'almaty-city',
  consent: 'on',
}

function codes(raw: Record<string, unknown>) {
  return validateRegistrationInput(raw).errors.map((e) => e.code)
}

describe('validateRegistrationInput', () => {
  it('accepts a complete valid submission with no errors', () => {
    const { input, errors } = validateRegistrationInput(valid)
    expect(errors).toEqual([])
    expect(input).toEqual({
      name: 'Айгерім Сейітова',
      email: 'aigerim@example.kz',
      phone: '+7 701 123 45 67',
      organization: 'Достық үйі',
      region: 'almaty-city',
      consent: true,
    })
  })

  it('lists all errors at once for empty input, with their fields', () => {
    const { errors } = validateRegistrationInput({})
    expect(errors).toEqual([
      { field: 'name', code: 'nameRequired' },
      { field: 'email', code: 'emailRequired' },
      { field: 'consent', code: 'consentRequired' },
    ])
  })

  it('treats whitespace-only fields as empty', () => {
    expect(codes({ name: '  \t ', email: '\n', consent: 'on' })).toEqual(['nameRequired', 'emailRequired'])
  })

  it('ignores non-string values instead of throwing', () => {
    expect(codes({ name: 42, email: ['a@b.kz'], phone: {}, consent: 'on' })).toEqual(['nameRequired', 'emailRequired'])
  })

  it('trims and collapses whitespace, lowercases the e-mail', () => {
    const { input, errors } = validateRegistrationInput({
      ...valid,
      name: '  Иван   Петров ',
      email: '  Ivan.Petrov@Example.KZ ',
      organization: ' ТОО   «Келісім» ',
      region: ' astana ',
    })
    expect(errors).toEqual([])
    expect(input.name).toBe('Иван Петров')
    expect(input.email).toBe('ivan.petrov@example.kz')
    expect(input.organization).toBe('ТОО «Келісім»')
    expect(input.region).toBe('astana')
  })

  it.each([
    'plainaddress',
    'no-at.example.kz',
    'user@',
    '@example.kz',
    'user@example',
    'user@@example.kz',
    'user@.example.kz',
    'user@example..kz',
    'user@example.kz.',
    'us er@example.kz',
    'user@exa mple.kz',
  ])('rejects the e-mail %j', (email) => {
    expect(codes({ ...valid, email })).toEqual(['emailInvalid'])
  })

  it.each(['a@b.kz', 'first.last+tag@mail.example.com', 'ИМЯ@пример.қаз'])('accepts the e-mail %j', (email) => {
    expect(codes({ ...valid, email })).toEqual([])
  })

  it('rejects an e-mail longer than 254 characters', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(190)}.kz` // 257 characters
    expect(email.length).toBeGreaterThan(254)
    expect(codes({ ...valid, email })).toEqual(['emailInvalid'])
  })

  it.each(['+7 701 123 45 67', '8(7172)55-55-55', '+77011234567', '87172 555555', '+49 30 1234567'])(
    'accepts the phone %j',
    (phone) => {
      expect(codes({ ...valid, phone })).toEqual([])
    },
  )

  it.each(['abc', '+', '12', '+7 701 abc 45 67', '7'.repeat(30), '+7 701 123 45 67 ext. 5'])(
    'rejects the phone %j',
    (phone) => {
      expect(codes({ ...valid, phone })).toEqual(['phoneInvalid'])
    },
  )

  it('phone is optional', () => {
    expect(codes({ ...valid, phone: '' })).toEqual([])
    expect(codes({ ...valid, phone: undefined })).toEqual([])
  })

  it.each(['on', 'yes', 'true', true, '1'])('accepts consent %j', (consent) => {
    const { input, errors } = validateRegistrationInput({ ...valid, consent })
    expect(errors).toEqual([])
    expect(input.consent).toBe(true)
  })

  it.each(['no', 'false', 'off', '0', '', false, undefined, null])('rejects consent %j', (consent) => {
    const { input, errors } = validateRegistrationInput({ ...valid, consent })
    expect(errors).toEqual([{ field: 'consent', code: 'consentRequired' }])
    expect(input.consent).toBe(false)
  })

  it('limits the name to 200 characters', () => {
    expect(codes({ ...valid, name: 'а'.repeat(200) })).toEqual([])
    expect(codes({ ...valid, name: 'а'.repeat(201) })).toEqual(['nameTooLong'])
  })

  it('limits the organization to 300 characters', () => {
    expect(codes({ ...valid, organization: 'о'.repeat(300) })).toEqual([])
    expect(codes({ ...valid, organization: 'о'.repeat(301) })).toEqual(['organizationTooLong'])
  })

  it.each(['astana', 'almaty-city', 'east-kazakhstan', 'ab', 'a'.repeat(40), ''])('accepts the region code %j', (region) => {
    expect(codes({ ...valid, region })).toEqual([])
  })

  it.each(['a', 'a'.repeat(41), 'Astana', 'east kazakhstan', 'астана', 'almaty_city', '../etc'])(
    'rejects the region code %j',
    (region) => {
      expect(codes({ ...valid, region })).toEqual(['regionInvalid'])
    },
  )

  it('reports several problems in field order', () => {
    const { errors } = validateRegistrationInput({ name: 'x'.repeat(201), email: 'bad', phone: 'abc', region: 'X', consent: 'no' })
    expect(errors.map((e) => e.field)).toEqual(['name', 'email', 'phone', 'region', 'consent'])
  })
})

describe('registrationState', () => {
  const now = new Date('2026-11-22T06:00:00Z')
  const base: RegistrationWindow = {
    status: 'scheduled',
    startsAt: '2026-12-10T05:00:00.000Z',
    registration: { enabled: true, capacity: 30, opensAt: '2026-11-01T00:00:00.000Z', closesAt: '2026-12-09T18:59:00.000Z' },
  }
  const withReg = (reg: NonNullable<RegistrationWindow['registration']>, extra: Partial<RegistrationWindow> = {}) => ({
    ...base,
    ...extra,
    registration: { ...base.registration, ...reg },
  })

  it('is open inside the window with seats left', () => {
    expect(registrationState(base, now, 0)).toBe('open')
    expect(registrationState(base, now, 29)).toBe('open')
  })

  it('is not enabled when registration is off or absent', () => {
    expect(registrationState(withReg({ enabled: false }), now, 0)).toBe('registrationNotEnabled')
    expect(registrationState({ ...base, registration: null }, now, 0)).toBe('registrationNotEnabled')
    expect(registrationState({ status: 'scheduled', startsAt: base.startsAt }, now, 0)).toBe('registrationNotEnabled')
  })

  it('is cancelled for a cancelled event, even inside the window', () => {
    expect(registrationState({ ...base, status: 'cancelled' }, now, 0)).toBe('eventCancelled')
  })

  it('is not yet open before opensAt, open exactly at opensAt', () => {
    const opensAt = '2026-11-22T06:00:00.000Z'
    expect(registrationState(withReg({ opensAt }), new Date('2026-11-22T05:59:59Z'), 0)).toBe('registrationNotYetOpen')
    expect(registrationState(withReg({ opensAt }), new Date(opensAt), 0)).toBe('open')
  })

  it('is closed at and after closesAt', () => {
    const closesAt = '2026-12-01T00:00:00.000Z'
    expect(registrationState(withReg({ closesAt }), new Date('2026-11-30T23:59:59Z'), 0)).toBe('open')
    expect(registrationState(withReg({ closesAt }), new Date(closesAt), 0)).toBe('registrationClosed')
    expect(registrationState(withReg({ closesAt }), new Date('2026-12-05T00:00:00Z'), 0)).toBe('registrationClosed')
  })

  it('without closesAt, closes when the event starts', () => {
    const event = withReg({ closesAt: null })
    expect(registrationState(event, new Date('2026-12-10T04:59:59Z'), 0)).toBe('open')
    expect(registrationState(event, new Date('2026-12-10T05:00:00Z'), 0)).toBe('registrationClosed')
    expect(registrationState(withReg({ closesAt: undefined }), new Date('2026-12-11T00:00:00Z'), 0)).toBe('registrationClosed')
  })

  it('is full when the seats taken reach the capacity', () => {
    expect(registrationState(base, now, 30)).toBe('eventFull')
    expect(registrationState(base, now, 31)).toBe('eventFull')
  })

  it('has no seat limit without a capacity', () => {
    expect(registrationState(withReg({ capacity: null }), now, 10_000)).toBe('open')
  })

  it('reports a closed window before a full event', () => {
    expect(registrationState(base, new Date('2026-12-10T00:00:00Z'), 30)).toBe('registrationClosed')
  })

  it('accepts an event without startsAt and without closesAt as open', () => {
    expect(registrationState({ registration: { enabled: true } }, now, 0)).toBe('open')
  })
})
