import { describe, expect, it } from 'vitest'

import { locales } from '../../../cms/core/locales'
import { registrationMailMessages } from '../../../cms/core/messages'
import { composeRegistrationMail, registrationMailKinds, utcOffsetLabel, type RegistrationMailFacts } from '../../../cms/core/registrationMail'
import { keyDiff, placeholders, type Dict } from '../support/dictionaries'

const mail = registrationMailMessages as unknown as Record<'kk' | 'ru' | 'en', Dict>

const facts = (over: Partial<RegistrationMailFacts> = {}): RegistrationMailFacts => ({
  kind: 'confirmed',
  locale: 'ru',
  name: 'Гульнара',
  reference: 'K7-ABCD-EFGH',
  cancelUrl: 'https://kelisim.kz/api/register/cancel?ref=K7-ABCD-EFGH&token=t',
  waitingPosition: null,
  event: {
    uid: 'event-7@kelisim.kz',
    title: 'Основы медиации',
    startsAt: '2026-12-10T05:00:00.000Z',
    endsAt: '2026-12-10T08:30:00.000Z',
    place: 'Дом дружбы, Астана, ул. Бейбітшілік 1',
    onlineUrl: null,
    url: 'https://kelisim.kz/ru/events/osnovy/',
  },
  now: new Date('2026-11-23T05:00:00Z'),
  ...over,
})

describe('registration mail texts', () => {
  it.each(['ru', 'en'] as const)('%s has exactly the kk keys and the same placeholders', (lang) => {
    expect(keyDiff(mail.kk, mail[lang])).toEqual({ missing: [], extra: [] })
    const mismatched = Object.keys(mail.kk).filter((k) => placeholders(mail.kk[k]).join() !== placeholders(mail[lang][k]).join())
    expect(mismatched).toEqual([])
  })

  it.each(locales)('%s has no empty text', (lang) => {
    expect(Object.entries(mail[lang]).filter(([, v]) => !v.trim())).toEqual([])
  })
})

describe('composeRegistrationMail', () => {
  it('writes the confirmation in the registrant language with Kazakhstan time marked UTC+5', () => {
    const { subject, text, ics } = composeRegistrationMail(facts())
    expect(subject).toBe('Регистрация подтверждена: Основы медиации')
    expect(text).toContain('Здравствуйте, Гульнара!')
    expect(text).toContain('10 декабря 2026 г., 10:00–13:30 (UTC+5)')
    expect(text).toContain('Дом дружбы, Астана, ул. Бейбітшілік 1')
    expect(text).toContain('K7-ABCD-EFGH')
    expect(text).toContain('https://kelisim.kz/api/register/cancel?ref=K7-ABCD-EFGH&token=t')
    expect(ics).toContain('DTSTART:20261210T050000Z')
    expect(ics).toContain('UID:event-7@kelisim.kz')
    // A shared calendar must not hand out the personal cancel link.
    expect(ics!.replace(/\r\n /g, '')).not.toContain('token=')
  })

  it('says UTC+6 for events before Kazakhstan moved to one zone in March 2024', () => {
    expect(utcOffsetLabel('2024-01-15T04:00:00Z')).toBe('UTC+6')
    expect(utcOffsetLabel('2024-03-15T04:00:00Z')).toBe('UTC+5')
  })

  it('gives the waiting list its place in line and no calendar entry', () => {
    const { subject, text, ics } = composeRegistrationMail(facts({ kind: 'waiting', locale: 'en', waitingPosition: 3 }))
    expect(subject).toBe('You are on the waiting list: Основы медиации')
    expect(text).toContain('number 3 on the waiting list')
    expect(ics).toBeNull()
  })

  it('leaves the cancel link out of the cancellation notice', () => {
    const { text, ics } = composeRegistrationMail(facts({ kind: 'cancelled', locale: 'kk' }))
    expect(text).toContain('тіркеуіңіз жойылды')
    expect(text).not.toContain('token=')
    expect(ics).toBeNull()
  })

  it('has a subject for every kind in every language, with no placeholder left', () => {
    for (const kind of registrationMailKinds) {
      for (const locale of locales) {
        const { subject, text } = composeRegistrationMail(facts({ kind, locale, waitingPosition: 2 }))
        expect(subject).toContain('Основы медиации')
        expect(`${subject}${text}`).not.toContain('{{')
      }
    }
  })

  it('shows an online event by its link', () => {
    const { text, ics } = composeRegistrationMail(facts({ locale: 'kk', event: { ...facts().event, place: null, onlineUrl: 'https://meet.example.kz/x' } }))
    expect(text).toContain('Онлайн: https://meet.example.kz/x')
    expect(ics).toContain('LOCATION:https://meet.example.kz/x')
  })
})
