import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import type { CalendarEntry } from '../../../site/lib/calendarEntry'
import { useTranslations } from '../../../site/i18n'
import { entryIcs, feedIcs, feeds } from '../../../site/lib/calendarFeeds'

const t = (lang: 'kk' | 'ru' | 'en') => useTranslations(lang) as (key: string) => string

/**
 * The calendar's .ics files read back with a real iCalendar parser (ical.js), as a calendar app
 * would: times, UIDs, SEQUENCE and STATUS. tests/e2e/calendar.spec.ts parses every built file too.
 */
const origin = 'https://kelisim.example'

function entry(over: Partial<CalendarEntry>): CalendarEntry {
  return {
    key: 'event:41',
    slug: 'seminar-astana',
    section: 'events',
    kind: 'seminar-training',
    format: 'offline',
    status: 'scheduled',
    startsAt: '2026-12-10T05:00:00.000Z',
    endsAt: '2026-12-10T07:00:00.000Z',
    region: 'astana',
    regionName: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
    languages: ['kk', 'ru'],
    audience: null,
    title: { kk: 'Медиация семинары', ru: 'Семинар по медиации, часть 1; Астана', en: 'Mediation seminar' },
    summary: { ru: 'Для медиаторов' },
    venue: null,
    venueAddress: { ru: 'ул. Бейбітшілік, 10', kk: 'Бейбітшілік к-сі, 10' },
    onlineUrl: null,
    sequence: 3,
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...over,
  }
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
}

describe('.ics of one event', () => {
  it('10:00 in Almaty on 10 December 2026 is 05:00Z; UID, SEQUENCE, STATUS, LOCATION, URL, DTSTAMP', () => {
    const text = entryIcs(entry({}), 'ru', t('ru'), origin)
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    const [event] = parse(text)
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-10T05:00:00.000Z')
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-12-10T07:00:00.000Z')
    expect(event!.uid).toBe('event-41@kelisim.kz')
    expect(event!.sequence).toBe(3)
    expect(event!.summary).toBe('Семинар по медиации, часть 1; Астана')
    expect(event!.location).toBe('ул. Бейбітшілік, 10')
    expect(event!.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(event!.component.getFirstPropertyValue('url')).toBe(`${origin}/ru/events/seminar-astana/`)
    expect(event!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-20T09:00:00Z')
  })

  it('keeps UTC+6 for events before 1 March 2024: 10:00 on 4 August 2023 is 04:00Z', () => {
    const [event] = parse(entryIcs(entry({ startsAt: '2023-08-04T04:00:00.000Z', endsAt: '2023-08-04T12:00:00.000Z' }), 'kk', t('kk'), origin))
    expect(event!.startDate.toJSDate().toISOString()).toBe('2023-08-04T04:00:00.000Z')
  })

  it('the UID depends on the database id only: a new title or slug updates the same entry', () => {
    const a = parse(entryIcs(entry({}), 'kk', t('kk'), origin))[0]!
    const b = parse(entryIcs(entry({ slug: 'renamed', title: { kk: 'Жаңа атау' } }), 'en', t('en'), origin))[0]!
    expect(b.uid).toBe(a.uid)
  })

  it('a cancelled event says STATUS:CANCELLED; coordinates become GEO', () => {
    const venue = { name: { ru: 'Кабинет' }, address: { ru: 'пр. Абая, 1' }, settlement: { ru: 'Алматы' }, lat: 43.2389, lng: 76.8897 }
    const [event] = parse(entryIcs(entry({ status: 'cancelled', venue: venue as never }), 'ru', t('ru'), origin))
    expect(event!.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(event!.component.getFirstPropertyValue('geo')).toEqual([43.2389, 76.8897])
    expect(event!.location).toBe('Кабинет, пр. Абая, 1, Алматы')
  })
})

describe('subscribable calendars', () => {
  const entries = [
    entry({}),
    entry({ key: 'event:42', slug: 'online', format: 'online', region: null, regionName: null, kind: 'round-table' }),
    entry({ key: 'open-door-day:7', slug: 'open-door-day-2026-q4', section: 'openDoorDays', kind: 'open-door-day', region: null, regionName: null, startsAt: '2026-11-06T05:00:00.000Z', endsAt: '2026-11-06T13:00:00.000Z' }),
  ]
  it('one for everything, one per region, one per kind; each parses and names itself', () => {
    const list = feeds(entries, 'kk', t('kk'), new Date('2026-11-23T00:00:00Z'))
    expect(list.map((f) => f.name)).toEqual(expect.arrayContaining(['all', 'region-astana', 'kind-round-table', 'kind-open-door-day']))
    const all = list.find((f) => f.name === 'all')!
    const text = feedIcs(all, 'kk', t('kk'), origin)
    expect(text).toContain('X-WR-TIMEZONE:Asia/Almaty')
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H')
    const events = parse(text)
    expect(events.map((e) => e.uid)).toEqual(['event-41@kelisim.kz', 'event-42@kelisim.kz', 'open-door-day-7@kelisim.kz'])
    expect(parse(feedIcs(list.find((f) => f.name === 'region-astana')!, 'kk', t('kk'), origin)).map((e) => e.uid)).toEqual(['event-41@kelisim.kz'])
    // The open-door day of 6 November 2026: 10:00–18:00 Almaty is 05:00–13:00Z.
    expect(events[2]!.startDate.toJSDate().toISOString()).toBe('2026-11-06T05:00:00.000Z')
  })
})
