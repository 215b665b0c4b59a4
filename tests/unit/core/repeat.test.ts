import { describe, expect, it } from 'vitest'

import { maxRepeats, occurrenceSlug, repeatMessages, repeatOccurrences } from '../../../cms/core/repeat'
import { locales } from '../../../cms/core/locales'
import { toAlmatyIso } from '../../../cms/core/time'

const occurrencesOf = (...args: Parameters<typeof repeatOccurrences>) => {
  const result = repeatOccurrences(...args)
  if (!result.ok) throw new Error(`refused: ${result.problem}`)
  return result.occurrences
}

describe('repeatOccurrences', () => {
  it('weekly across 1 March 2024 keeps 10:00–12:00 in Almaty: UTC+6 before, UTC+5 after', () => {
    // Thursday 22 February 2024, 10:00–12:00 in Almaty (UTC+6 then) = 04:00Z–06:00Z.
    const list = occurrencesOf({ startsAt: '2024-02-22T04:00:00.000Z', endsAt: '2024-02-22T06:00:00.000Z' }, { every: 'week', until: '2024-03-14' })
    expect(list.map((o) => o.date)).toEqual(['2024-02-29', '2024-03-07', '2024-03-14'])
    expect(list.map((o) => o.startsAt)).toEqual(['2024-02-29T04:00:00.000Z', '2024-03-07T05:00:00.000Z', '2024-03-14T05:00:00.000Z'])
    expect(list.map((o) => toAlmatyIso(o.startsAt))).toEqual([
      '2024-02-29T10:00:00+06:00',
      '2024-03-07T10:00:00+05:00',
      '2024-03-14T10:00:00+05:00',
    ])
    expect(list.map((o) => toAlmatyIso(o.endsAt!).slice(11))).toEqual(['12:00:00+06:00', '12:00:00+05:00', '12:00:00+05:00'])
  })

  it('counts days in Almaty, not in UTC: an 02:00 start (the evening before in UTC) stays on its weekday', () => {
    // Monday 5 January 2026, 02:00 in Almaty = Sunday 21:00Z.
    const list = occurrencesOf({ startsAt: '2026-01-04T21:00:00.000Z' }, { every: 'week', count: 2 })
    expect(list.map((o) => toAlmatyIso(o.startsAt))).toEqual(['2026-01-12T02:00:00+05:00', '2026-01-19T02:00:00+05:00'])
    expect(list.every((o) => o.endsAt === null)).toBe(true)
  })

  it('crosses month ends, the leap day and the year end', () => {
    expect(occurrencesOf({ startsAt: '2024-02-15T04:00:00.000Z' }, { every: 'week', count: 3 }).map((o) => o.date)).toEqual([
      '2024-02-22',
      '2024-02-29',
      '2024-03-07',
    ])
    expect(occurrencesOf({ startsAt: '2026-12-17T05:00:00.000Z' }, { every: '2weeks', until: '2027-01-31' }).map((o) => o.date)).toEqual([
      '2026-12-31',
      '2027-01-14',
      '2027-01-28',
    ])
    expect(occurrencesOf({ startsAt: '2026-01-29T05:00:00.000Z' }, { every: 'week', until: '2026-02-05' }).map((o) => o.date)).toEqual(['2026-02-05'])
  })

  it('an event over midnight or over days keeps its span and its end time', () => {
    // Friday 20:00 to Saturday 02:00 in Almaty.
    const [first] = occurrencesOf({ startsAt: '2026-03-06T15:00:00.000Z', endsAt: '2026-03-06T21:00:00.000Z' }, { every: 'week', count: 1 })
    expect(toAlmatyIso(first!.startsAt)).toBe('2026-03-13T20:00:00+05:00')
    expect(toAlmatyIso(first!.endsAt!)).toBe('2026-03-14T02:00:00+05:00')
  })

  it('the end date is inclusive and the count stops first when both are given', () => {
    expect(occurrencesOf({ startsAt: '2026-12-03T05:00:00.000Z' }, { every: 'week', until: '2026-12-17' })).toHaveLength(2)
    expect(occurrencesOf({ startsAt: '2026-12-03T05:00:00.000Z' }, { every: 'week', until: '2026-12-16' })).toHaveLength(1)
    expect(occurrencesOf({ startsAt: '2026-12-03T05:00:00.000Z' }, { every: 'week', until: '2027-06-01', count: 2 })).toHaveLength(2)
  })

  it(`allows ${maxRepeats} copies and refuses more, by count or by date`, () => {
    const start = { startsAt: '2026-01-05T05:00:00.000Z' }
    expect(occurrencesOf(start, { every: 'week', count: maxRepeats })).toHaveLength(maxRepeats)
    expect(repeatOccurrences(start, { every: 'week', count: maxRepeats + 1 })).toEqual({ ok: false, problem: 'tooMany' })
    // 52 weeks after 5 January 2026 is 4 January 2027; one more week is the 53rd copy.
    expect(occurrencesOf(start, { every: 'week', until: '2027-01-04' })).toHaveLength(maxRepeats)
    expect(repeatOccurrences(start, { every: 'week', until: '2027-01-11' })).toEqual({ ok: false, problem: 'tooMany' })
  })

  it('refuses an end before (or on) the event’s day, no end, a bad date, a bad count or interval', () => {
    const start = { startsAt: '2026-12-10T05:00:00.000Z' }
    expect(repeatOccurrences(start, { every: 'week', until: '2026-12-01' })).toEqual({ ok: false, problem: 'untilNotAfterStart' })
    expect(repeatOccurrences(start, { every: 'week', until: '2026-12-10' })).toEqual({ ok: false, problem: 'untilNotAfterStart' })
    expect(repeatOccurrences(start, { every: 'week' })).toEqual({ ok: false, problem: 'noEnd' })
    expect(repeatOccurrences(start, { every: 'week', until: '' })).toEqual({ ok: false, problem: 'noEnd' })
    expect(repeatOccurrences(start, { every: 'week', until: '2026-02-30' })).toEqual({ ok: false, problem: 'badUntil' })
    expect(repeatOccurrences(start, { every: 'week', until: '31.12.2026' })).toEqual({ ok: false, problem: 'badUntil' })
    expect(repeatOccurrences(start, { every: 'week', count: 0 })).toEqual({ ok: false, problem: 'badCount' })
    expect(repeatOccurrences(start, { every: 'week', count: 1.5 })).toEqual({ ok: false, problem: 'badCount' })
    expect(repeatOccurrences(start, { every: 'day' as never, count: 2 })).toEqual({ ok: false, problem: 'badEvery' })
    expect(repeatOccurrences({ startsAt: 'soon' }, { every: 'week', count: 2 })).toEqual({ ok: false, problem: 'badStart' })
  })
})

describe('occurrenceSlug', () => {
  it('appends the date, replacing a date the slug already ends in', () => {
    expect(occurrenceSlug('consultation-almaty', '2026-12-17')).toBe('consultation-almaty-2026-12-17')
    expect(occurrenceSlug('consultation-almaty-2026-12-10', '2026-12-17')).toBe('consultation-almaty-2026-12-17')
  })
})

describe('repeatMessages', () => {
  it('every refusal exists in every language', () => {
    for (const [key, texts] of Object.entries(repeatMessages)) {
      for (const locale of locales) expect(texts[locale], `${key}.${locale}`).toMatch(/\S/)
    }
  })
})
