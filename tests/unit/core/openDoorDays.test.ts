import { describe, expect, it } from 'vitest'

import {
  openDoorDayOf,
  openDoorDayStart,
  openDoorHours,
  quarterOf,
  upcomingOpenDoorDays,
  openDoorDaysSince,
  type Quarter,
} from '../../../cms/core/openDoorDays'

/** Independent check of a 'YYYY-MM-DD': weekday (0 = Sunday) and parts, via UTC dates. */
function parts(date: string) {
  const [y, m, d] = date.split('-').map(Number)
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() }
}

function expectOpenDoorShape(date: string, year: number, quarter: Quarter) {
  const { y, m, d, weekday } = parts(date)
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(y).toBe(year)
  expect(m).toBe(quarter * 3 - 1) // 2, 5, 8, 11
  expect(weekday).toBe(5) // Friday
  expect(d).toBeGreaterThanOrEqual(1)
  expect(d).toBeLessThanOrEqual(7) // the first Friday of the month
}

describe('openDoorDayOf', () => {
  it("Q3 2023 is Friday 4 August 2023 (the issue's example)", () => {
    expect(openDoorDayOf(2023, 3)).toBe('2023-08-04')
    expectOpenDoorShape('2023-08-04', 2023, 3)
  })

  // Hand-computed: 1 Feb 2024 was a Thursday, 1 May 2024 a Wednesday, 1 Aug 2024 a Thursday,
  // 1 Nov 2024 a Friday.
  it.each([
    [1, '2024-02-02'],
    [2, '2024-05-03'],
    [3, '2024-08-02'],
    [4, '2024-11-01'],
  ] as const)('2024 Q%i is %s', (quarter, expected) => {
    expectOpenDoorShape(expected, 2024, quarter)
    expect(openDoorDayOf(2024, quarter)).toBe(expected)
  })

  // 1 Feb 2026 is a Sunday, 1 May 2026 a Friday (the day itself), 1 Aug 2026 a Saturday,
  // 1 Nov 2026 a Sunday.
  it.each([
    [1, '2026-02-06'],
    [2, '2026-05-01'],
    [3, '2026-08-07'],
    [4, '2026-11-06'],
  ] as const)('2026 Q%i is %s', (quarter, expected) => {
    expectOpenDoorShape(expected, 2026, quarter)
    expect(openDoorDayOf(2026, quarter)).toBe(expected)
  })

  it('is always the first Friday of month 2/5/8/11 over 30 years', () => {
    for (let year = 2010; year < 2040; year++) {
      for (const quarter of [1, 2, 3, 4] as const) {
        const date = openDoorDayOf(year, quarter)
        expectOpenDoorShape(date, year, quarter)
      }
    }
  })

  it('has hours 10:00–18:00', () => {
    expect(openDoorHours).toEqual({ opens: '10:00', closes: '18:00' })
  })
})

describe('quarterOf', () => {
  it('uses Kazakhstan time (UTC+5) at the year boundary', () => {
    expect(quarterOf(new Date('2026-12-31T20:00:00Z'))).toEqual({ year: 2027, quarter: 1 })
    expect(quarterOf(new Date('2026-12-31T19:00:00Z'))).toEqual({ year: 2027, quarter: 1 })
    expect(quarterOf(new Date('2026-12-31T18:59:59Z'))).toEqual({ year: 2026, quarter: 4 })
  })

  it('uses Kazakhstan time at quarter boundaries', () => {
    expect(quarterOf(new Date('2026-03-31T18:59:59Z'))).toEqual({ year: 2026, quarter: 1 })
    expect(quarterOf(new Date('2026-03-31T19:00:00Z'))).toEqual({ year: 2026, quarter: 2 })
    expect(quarterOf(new Date('2026-06-30T19:00:00Z'))).toEqual({ year: 2026, quarter: 3 })
    expect(quarterOf(new Date('2026-09-30T19:00:00Z'))).toEqual({ year: 2026, quarter: 4 })
  })

  it('maps every month to its quarter', () => {
    for (let month = 0; month < 12; month++) {
      const d = new Date(Date.UTC(2025, month, 15, 6))
      expect(quarterOf(d)).toEqual({ year: 2025, quarter: Math.floor(month / 3) + 1 })
    }
  })
})

describe('openDoorDayStart', () => {
  it('is 10:00 Kazakhstan time as a UTC ISO string (UTC+6 before March 2024, UTC+5 after)', () => {
    expect(openDoorDayStart('2023-08-04')).toBe('2023-08-04T04:00:00.000Z')
    expect(openDoorDayStart('2027-02-05')).toBe('2027-02-05T05:00:00.000Z')
  })
})

describe('upcomingOpenDoorDays', () => {
  it('after the Q4 2026 day (6 Nov) the next ones start at 5 February 2027', () => {
    const days = upcomingOpenDoorDays(new Date('2026-11-22T00:00:00Z'), 3)
    // 1 May 2027 is a Saturday, 1 Aug 2027 a Sunday.
    expect(days).toEqual([
      { year: 2027, quarter: 1, date: '2027-02-05' },
      { year: 2027, quarter: 2, date: '2027-05-07' },
      { year: 2027, quarter: 3, date: '2027-08-06' },
    ])
  })

  it('includes the current quarter when its day is still ahead', () => {
    const days = upcomingOpenDoorDays(new Date('2026-10-01T00:00:00Z'), 2)
    expect(days.map((d) => d.date)).toEqual(['2026-11-06', '2027-02-05'])
  })

  it('on the day itself, before 18:00 Almaty, the day is still upcoming', () => {
    const morning = new Date('2026-11-06T03:00:00Z') // 08:00 Almaty, before opening
    const during = new Date('2026-11-06T12:59:59Z') // 17:59:59 Almaty
    expect(upcomingOpenDoorDays(morning, 1)[0].date).toBe('2026-11-06')
    expect(upcomingOpenDoorDays(during, 1)[0].date).toBe('2026-11-06')
  })

  it('on the day itself, from 18:00 Almaty on, the day is over', () => {
    const closing = new Date('2026-11-06T13:00:00Z') // 18:00 Almaty
    const evening = new Date('2026-11-06T16:00:00Z') // 21:00 Almaty
    expect(upcomingOpenDoorDays(closing, 1)[0].date).toBe('2027-02-05')
    expect(upcomingOpenDoorDays(evening, 1)[0].date).toBe('2027-02-05')
  })

  it('returns exactly `count` consecutive quarters, rolling over years', () => {
    const days = upcomingOpenDoorDays(new Date('2024-01-01T00:00:00Z'), 9)
    expect(days).toHaveLength(9)
    expect(days.map((d) => `${d.year}Q${d.quarter}`)).toEqual([
      '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4', '2026Q1',
    ])
    for (const d of days) {
      expect(d.date).toBe(openDoorDayOf(d.year, d.quarter))
      expectOpenDoorShape(d.date, d.year, d.quarter)
    }
    // strictly increasing dates
    for (let i = 1; i < days.length; i++) expect(days[i].date > days[i - 1].date).toBe(true)
  })

  it('returns nothing for count 0', () => {
    expect(upcomingOpenDoorDays(new Date('2026-11-22T00:00:00Z'), 0)).toEqual([])
  })
})

describe('almatyLocalToDate', () => {
  it('uses the offset in force on that date, across the 1 March 2024 change', async () => {
    const { almatyLocalToDate } = await import('../../../cms/core/time')
    // 23:00–24:00 on 29 February happened twice (clocks went back); 21:00 is unambiguous.
    expect(almatyLocalToDate('2024-02-29T21:00').toISOString()).toBe('2024-02-29T15:00:00.000Z')
    expect(almatyLocalToDate('2024-03-01T10:00').toISOString()).toBe('2024-03-01T05:00:00.000Z')
    expect(almatyLocalToDate('2021-09-13', '09:00').toISOString()).toBe('2021-09-13T03:00:00.000Z')
    expect(() => almatyLocalToDate('13/09/2021')).toThrow()
  })
})

describe('openDoorDaysSince (the series so far)', () => {
  it('lists every quarter from Q3 2023 to 6 November 2026 when asked on 23 November 2026', () => {
    const days = openDoorDaysSince(2023, 3, new Date('2026-11-23T06:00:00Z')).map((d) => d.date)
    expect(days[0]).toBe('2023-08-04')
    expect(days).toContain('2024-02-02')
    expect(days.at(-1)).toBe('2026-11-06')
    expect(days).toHaveLength(14)
  })
  it('includes a day from the moment it opens', () => {
    expect(openDoorDaysSince(2027, 1, new Date('2027-02-05T05:00:00Z')).map((d) => d.date)).toEqual(['2027-02-05'])
    expect(openDoorDaysSince(2027, 1, new Date('2027-02-05T04:59:00Z'))).toEqual([])
  })
})
