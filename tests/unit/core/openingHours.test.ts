import { describe, expect, it } from 'vitest'

import { hoursByDay, weekdays } from '../../../cms/core/openingHours'

describe('hoursByDay', () => {
  it('groups periods by weekday, Monday first, periods in time order', () => {
    const rows = hoursByDay([
      { day: 'wed', opens: '14:00', closes: '18:00' },
      { day: 'mon', opens: '09:00', closes: '13:00' },
      { day: 'wed', opens: '09:00', closes: '13:00' },
    ])
    expect(rows).toEqual([
      { day: 'mon', periods: ['09:00–13:00'] },
      { day: 'wed', periods: ['09:00–13:00', '14:00–18:00'] },
    ])
  })

  it('leaves days without periods out, and says nothing for unknown hours', () => {
    expect(hoursByDay([])).toEqual([])
    expect(hoursByDay(null)).toEqual([])
    expect(hoursByDay(undefined)).toEqual([])
  })

  it('knows the seven weekdays in order', () => {
    expect([...weekdays]).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
  })
})
