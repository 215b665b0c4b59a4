import { describe, expect, it } from 'vitest'

import { addMonths, almatyMonth, daysCovered, itemsByDay, endBeforeStartFor, endBeforeStartMessage, groupByMonth, isMonth, monthGrid, monthsBetween, monthsCovered, nextSequence, paginate } from '../../../cms/core/calendar'

describe('daysCovered (Kazakhstan calendar days)', () => {
  it('a same-day event covers its day', () => {
    expect(daysCovered('2026-12-10T05:00:00Z', '2026-12-10T13:00:00Z')).toEqual(['2026-12-10'])
  })

  it('an event crossing midnight in Almaty covers both days, though in UTC it is one day', () => {
    // 22:00–02:00 UTC+5 is 17:00–21:00 UTC on one UTC day.
    expect(daysCovered('2026-05-14T17:00:00Z', '2026-05-14T21:00:00Z')).toEqual(['2026-05-14', '2026-05-15'])
  })

  it('an event ending exactly at local midnight stays on its day', () => {
    expect(daysCovered('2026-05-14T13:00:00Z', '2026-05-14T19:00:00Z')).toEqual(['2026-05-14'])
  })

  it('spans days across a month end and a year end', () => {
    expect(daysCovered('2026-01-30T04:00:00Z', '2026-02-02T12:00:00Z')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02'])
    expect(daysCovered('2026-12-31T15:00:00Z', '2027-01-01T03:00:00Z')).toEqual(['2026-12-31', '2027-01-01'])
    expect(daysCovered('2028-02-28T05:00:00Z', '2028-03-01T05:00:00Z')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01'])
  })

  it('uses UTC+6 before 1 March 2024: 18:30Z on 28 Feb 2024 is 00:30 on 29 Feb there', () => {
    expect(daysCovered('2024-02-28T18:30:00Z')).toEqual(['2024-02-29'])
    // At 00:00 on 1 March 2024 (UTC+6) the clocks went back to 23:00: 18:30Z is 23:30 on 29 Feb.
    expect(daysCovered('2024-02-29T18:30:00Z')).toEqual(['2024-02-29'])
    // After the change the same clock time is still 29 Feb a year later: 18:30Z = 23:30 UTC+5.
    expect(daysCovered('2025-02-28T18:30:00Z')).toEqual(['2025-02-28'])
    // 2023: 19:00–20:00Z is 01:00–02:00 the next day in UTC+6, not the same day as in UTC+5.
    expect(daysCovered('2023-06-30T19:00:00Z', '2023-06-30T20:00:00Z')).toEqual(['2023-07-01'])
  })

  it('an end before the start or no end counts as the start day', () => {
    expect(daysCovered('2026-05-14T05:00:00Z', '2026-05-13T05:00:00Z')).toEqual(['2026-05-14'])
    expect(daysCovered('2026-05-14T05:00:00Z', null)).toEqual(['2026-05-14'])
  })
})

describe('months', () => {
  it('adds and lists months across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(addMonths('2026-05', -17)).toBe('2024-12')
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(monthsCovered('2026-01-31T15:00:00Z', '2026-02-01T03:00:00Z')).toEqual(['2026-01', '2026-02'])
    expect(almatyMonth('2026-10-31T19:30:00Z')).toBe('2026-11')
  })

  it('recognises only real months', () => {
    expect(isMonth('2026-11')).toBe(true)
    expect(isMonth('2026-13')).toBe(false)
    expect(isMonth('2026-1')).toBe(false)
  })
})

describe('monthGrid', () => {
  const night = { id: 'night', startsAt: '2026-02-28T16:00:00Z', endsAt: '2026-02-28T20:00:00Z' } // 21:00 28 Feb – 01:00 1 Mar
  const long = { id: 'long', startsAt: '2026-03-30T04:00:00Z', endsAt: '2026-04-02T12:00:00Z' }
  it('gives the same grid from a day index computed once for every month (the build shares it)', () => {
    const items = [night, long]
    const index = itemsByDay(items)
    for (const month of ['2026-02', '2026-03', '2026-04']) expect(monthGrid(month, items, index)).toEqual(monthGrid(month, items))
    // A grid's day lists are its own: changing one leaves the shared index as it was.
    monthGrid('2026-03', items, index)[1]![0]!.items.push(night)
    expect(index.get('2026-03-02')).toBeUndefined()
  })
  it('lays out Monday-first weeks and places an event on every day it covers', () => {
    const march = monthGrid('2026-03', [night, long])
    // 1 March 2026 is a Sunday: the first week starts on Monday 23 February.
    expect(march[0]![0]!.date).toBe('2026-02-23')
    expect(march.every((w) => w.length === 7)).toBe(true)
    const day = (d: string) => march.flat().find((x) => x.date === d)!
    expect(day('2026-02-28').items.map((i) => i.id)).toEqual(['night'])
    expect(day('2026-02-28').inMonth).toBe(false)
    expect(day('2026-03-01').items.map((i) => i.id)).toEqual(['night'])
    expect(day('2026-03-31').items.map((i) => i.id)).toEqual(['long'])
    expect(day('2026-04-02').items.map((i) => i.id)).toEqual(['long'])
    expect(march.flat().at(-1)!.date).toBe('2026-04-05')
    const april = monthGrid('2026-04', [long])
    expect(april.flat().filter((d) => d.inMonth && d.items.length).map((d) => d.date)).toEqual(['2026-04-01', '2026-04-02'])
  })

  it('a February that starts on Monday takes exactly four weeks', () => {
    expect(monthGrid('2027-02', []).length).toBe(4)
  })
})

describe('grouping and paging', () => {
  it('groups consecutive items by their start month and pages them', () => {
    const items = ['2026-11-06T05:00:00Z', '2026-11-20T05:00:00Z', '2026-11-30T19:30:00Z'].map((startsAt) => ({ startsAt }))
    expect(groupByMonth(items).map((g) => [g.month, g.items.length])).toEqual([
      ['2026-11', 2],
      ['2026-12', 1],
    ])
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(paginate([], 2)).toEqual([[]])
  })
})

describe('nextSequence (iCalendar SEQUENCE of an event)', () => {
  const before = { sequence: 2, startsAt: '2026-12-10T05:00:00.000Z', endsAt: '2026-12-10T07:00:00.000Z', status: 'scheduled', venueOffice: 7, title: 'A' }
  it('starts at 0 and stays when nothing that calendars show as time, place or status changed', () => {
    expect(nextSequence(undefined, before)).toBe(0)
    expect(nextSequence(before, { ...before, title: 'B' })).toBe(2)
    // The same instant written with an offset is no change; a populated relation is compared by id.
    expect(nextSequence(before, { ...before, startsAt: '2026-12-10T10:00:00+05:00', venueOffice: { id: 7 } })).toBe(2)
  })
  it('goes up by one when the time, status or place changes', () => {
    expect(nextSequence(before, { ...before, startsAt: '2026-12-10T06:00:00.000Z' })).toBe(3)
    expect(nextSequence(before, { ...before, status: 'cancelled' })).toBe(3)
    expect(nextSequence(before, { ...before, venueOffice: 8 })).toBe(3)
  })
  it('has the end-before-start refusal in every language', () => {
    expect(endBeforeStartFor('en')).toContain('The end cannot be before the start.')
    expect(endBeforeStartFor('ru')).toContain('раньше начала')
    expect(endBeforeStartFor(undefined)).toContain(endBeforeStartMessage.kk)
  })
})
