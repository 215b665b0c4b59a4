import { describe, expect, it } from 'vitest'

import { holidaysOf, isPublicHoliday } from '../../../cms/core/holidays'
import { hoursOn, openState, type OpeningPeriod } from '../../../cms/core/openingHours'

const weekdays9to18: OpeningPeriod[] = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens: '09:00', closes: '18:00' }))
// Local Kazakhstan time (UTC+5) as an instant.
const at = (local: string) => new Date(`${local}:00+05:00`)

describe('public holidays', () => {
  it('lists the fixed dates', () => {
    for (const d of ['2026-01-01', '2026-03-08', '2026-03-22', '2026-05-09', '2026-07-06', '2026-08-30', '2026-10-25', '2026-12-16', '2026-01-07'])
      expect(isPublicHoliday(d), d).toBe(true)
    expect(isPublicHoliday('2026-12-17')).toBe(false)
  })
  it('moves a national holiday on a weekend to the next working day, not a religious one', () => {
    // 8 March 2026 is a Sunday → Monday 9 March off. 7 January 2024 (Sunday) is not moved.
    expect(holidaysOf(2026).has('2026-03-09')).toBe(true)
    expect(holidaysOf(2024).has('2024-01-08')).toBe(false)
    // Nauryz 2026: 21 March is a Saturday, 22 a Sunday → moved past 23 March to 24 and 25.
    expect(holidaysOf(2026).has('2026-03-24')).toBe(true)
    expect(holidaysOf(2026).has('2026-03-25')).toBe(true)
  })
})

describe('openState', () => {
  it('is open inside the weekly hours and closed outside them', () => {
    expect(openState(at('2026-11-24T10:00'), weekdays9to18)).toMatchObject({ state: 'open', closes: '18:00' })
    expect(openState(at('2026-11-24T18:00'), weekdays9to18).state).toBe('closed')
    expect(openState(at('2026-11-28T12:00'), weekdays9to18).state).toBe('closed')
  })
  it('says unknown without a schedule, never open', () => {
    expect(openState(at('2026-11-24T10:00'), []).state).toBe('unknown')
    expect(openState(at('2026-11-24T10:00'), null).state).toBe('unknown')
  })
  it('is closed on a public holiday', () => {
    const s = openState(at('2026-12-16T10:00'), weekdays9to18)
    expect(s.state).toBe('closed')
    expect(s.today).toEqual({ kind: 'closed', reason: 'holiday' })
  })
  it('opens 10:00–18:00 on the open-door day, even without a schedule', () => {
    // First Friday of November 2026: 6 November.
    expect(hoursOn('2026-11-06', [])).toMatchObject({ kind: 'open', reason: 'open-door', periods: [{ opens: '10:00', closes: '18:00' }] })
    expect(openState(at('2026-11-06T09:30'), weekdays9to18).state).toBe('closed')
    expect(openState(at('2026-11-06T17:30'), []).state).toBe('open')
  })
  it('follows a period past midnight', () => {
    const night: OpeningPeriod[] = [{ day: 'fri', opens: '20:00', closes: '02:00' }]
    expect(openState(at('2026-11-27T23:00'), night).state).toBe('open')
    expect(openState(at('2026-11-28T01:30'), night)).toMatchObject({ state: 'open', closes: '02:00' })
    expect(openState(at('2026-11-28T02:30'), night).state).toBe('closed')
  })
  it('takes an exception before everything else', () => {
    expect(openState(at('2026-11-24T10:00'), weekdays9to18, [{ date: '2026-11-24' }]).state).toBe('closed')
    expect(openState(at('2026-11-28T11:00'), weekdays9to18, [{ date: '2026-11-28', opens: '10:00', closes: '14:00' }]).state).toBe('open')
  })
  it('uses Kazakhstan time whatever the clock of the machine', () => {
    // 04:30 UTC = 09:30 in Almaty (open), still 23 November in the Americas.
    expect(openState(new Date('2026-11-24T04:30:00Z'), weekdays9to18).state).toBe('open')
  })
})
