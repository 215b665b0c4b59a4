import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { almatyDay, formatDate, formatDateTime, formatNumber, formatRange, formatTime, toAlmatyIso } from '../../../cms/core/format'

/**
 * The builder's time zone must not matter. Node re-reads TZ when process.env.TZ is assigned,
 * so the whole file runs with the machine set to New York; the instants below are chosen near
 * midnight UTC so that New York, UTC and Almaty put them on different calendar days.
 */
const originalTz = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'America/New_York'
})
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

describe('time zone independence', () => {
  it('the machine zone is really New York in this file', () => {
    // 2024-03-31T20:30Z is 16:30 on 31 March in New York (EDT).
    const local = new Date('2024-03-31T20:30:00Z')
    expect([local.getDate(), local.getHours(), local.getMinutes()]).toEqual([31, 16, 30])
  })

  it('an evening UTC instant is the next morning in Almaty', () => {
    const iso = '2024-03-31T20:30:00Z'
    expect(almatyDay(iso)).toBe('2024-04-01')
    expect(formatTime(iso, 'en')).toBe('01:30')
    expect(formatDate(iso, 'en')).toBe('1 April 2024')
    expect(formatDate(iso, 'ru')).toMatch(/^1 апреля 2024/)
  })

  it('an instant just before 19:00 UTC is still the same Almaty day, just after is the next', () => {
    expect(almatyDay('2025-12-31T18:59:59Z')).toBe('2025-12-31')
    expect(almatyDay('2025-12-31T19:00:00Z')).toBe('2026-01-01')
    expect(formatTime('2025-12-31T19:00:00Z', 'ru')).toBe('00:00')
    expect(formatDate('2025-12-31T19:00:00Z', 'en')).toBe('1 January 2026')
  })

  it('accepts Date objects as well as strings', () => {
    expect(almatyDay(new Date('2024-03-31T20:30:00Z'))).toBe('2024-04-01')
    expect(formatTime(new Date('2024-06-01T04:05:00Z'), 'kk')).toBe('09:05')
  })
})

describe('formatDate', () => {
  const iso = '2025-08-07T05:00:00Z' // 7 August 2025, 10:00 in Almaty

  it('en: day, English month name, year', () => {
    expect(formatDate(iso, 'en')).toBe('7 August 2025')
  })

  it('ru: day, genitive month name, year', () => {
    const s = formatDate(iso, 'ru')
    expect(s).toContain('7')
    expect(s).toContain('августа')
    expect(s).toContain('2025')
    expect(s).not.toMatch(/August/)
  })

  it('kk: day, Kazakh month name, year', () => {
    const s = formatDate(iso, 'kk')
    expect(s).toMatch(/(^|\D)7(\D|$)/)
    expect(s.toLowerCase()).toContain('тамыз')
    expect(s).toContain('2025')
    expect(s).not.toContain('августа')
  })

  it('kk months: January is қаңтар, December is желтоқсан', () => {
    expect(formatDate('2025-01-15T06:00:00Z', 'kk').toLowerCase()).toContain('қаңтар')
    expect(formatDate('2025-12-15T06:00:00Z', 'kk').toLowerCase()).toContain('желтоқсан')
  })
})

describe('formatTime and formatDateTime', () => {
  it('uses 24-hour two-digit time', () => {
    expect(formatTime('2025-08-07T08:05:00Z', 'en')).toBe('13:05')
    expect(formatTime('2025-08-07T19:00:00Z', 'en')).toBe('00:00')
    expect(formatTime('2025-08-07T08:05:00Z', 'ru')).toBe('13:05')
  })

  it('joins date and time with a comma', () => {
    expect(formatDateTime('2025-08-07T08:05:00Z', 'en')).toBe('7 August 2025, 13:05')
  })
})

describe('formatRange', () => {
  it('same Almaty day: one date and HH:MM–HH:MM', () => {
    expect(formatRange('2025-08-07T05:00:00Z', '2025-08-07T13:00:00Z', 'en')).toBe('7 August 2025, 10:00–18:00')
    const ru = formatRange('2025-08-07T05:00:00Z', '2025-08-07T13:00:00Z', 'ru')
    expect(ru.endsWith(', 10:00–18:00')).toBe(true)
    expect(ru.match(/августа/g)).toHaveLength(1)
  })

  it('same Almaty day even though the UTC dates differ', () => {
    // 23:00 UTC on the 6th and 05:00 UTC on the 7th are both 7 August in Almaty.
    expect(formatRange('2025-08-06T23:00:00Z', '2025-08-07T05:00:00Z', 'en')).toBe('7 August 2025, 04:00–10:00')
  })

  it('different Almaty days even though the UTC date is the same', () => {
    expect(formatRange('2025-08-07T15:00:00Z', '2025-08-07T20:00:00Z', 'en')).toBe(
      '7 August 2025, 20:00 – 8 August 2025, 01:00',
    )
  })

  it('across days: two full date-times', () => {
    expect(formatRange('2025-09-10T04:00:00Z', '2025-09-12T11:00:00Z', 'en')).toBe(
      '10 September 2025, 09:00 – 12 September 2025, 16:00',
    )
  })

  it('without an end: the start date-time', () => {
    expect(formatRange('2025-09-10T04:00:00Z', null, 'en')).toBe('10 September 2025, 09:00')
    expect(formatRange('2025-09-10T04:00:00Z', undefined, 'en')).toBe('10 September 2025, 09:00')
    expect(formatRange('2025-09-10T04:00:00Z', '', 'en')).toBe('10 September 2025, 09:00')
  })

  /**
   * The example and the docstring of formatRange: the open-door day of 4 August 2023,
   * 10:00–18:00 Kazakhstan time. The CMS stores it as 05:00Z–13:00Z (cms/lib/openDoorDays.ts,
   * the seed's almatyToIso and toAlmatyIso all treat Kazakhstan time as UTC+5). The site must
   * show it as 10:00–18:00, and formatTime/almatyDay must agree with toAlmatyIso for dates
   * before March 2024 too (Asia/Almaty in tzdata was UTC+6 until 1 March 2024).
   */
  it('shows pre-2024 instants in the UTC+6 wall time Kazakhstan had then, consistently with toAlmatyIso', () => {
    // 10:00–18:00 on 4 August 2023 in Almaty was 04:00–12:00 UTC (UTC+6 until 1 March 2024).
    expect(formatRange('2023-08-04T04:00:00.000Z', '2023-08-04T12:00:00.000Z', 'en')).toBe('4 August 2023, 10:00–18:00')
    for (const iso of ['2021-09-13T06:00:00.000Z', '2023-08-04T05:00:00.000Z', '2023-12-31T18:30:00.000Z', '2025-08-07T05:00:00.000Z']) {
      expect(formatTime(iso, 'en'), iso).toBe(toAlmatyIso(iso).slice(11, 16))
      expect(almatyDay(iso), iso).toBe(toAlmatyIso(iso).slice(0, 10))
    }
  })
})

describe('toAlmatyIso', () => {
  it('renders the instant with the offset in force: +05:00 since March 2024, +06:00 before', () => {
    expect(toAlmatyIso('2026-12-10T05:00:00.000Z')).toBe('2026-12-10T10:00:00+05:00')
    expect(toAlmatyIso('2023-08-04T04:00:00.000Z')).toBe('2023-08-04T10:00:00+06:00')
  })

  it('moves to the next day when needed and drops milliseconds', () => {
    expect(toAlmatyIso('2024-03-31T20:30:15.999Z')).toBe('2024-04-01T01:30:15+05:00')
    expect(toAlmatyIso(new Date('2026-12-31T19:00:00Z'))).toBe('2027-01-01T00:00:00+05:00')
  })

  it('round-trips to the same instant', () => {
    const iso = '2026-02-06T05:00:00.000Z'
    expect(new Date(toAlmatyIso(iso)).toISOString()).toBe(iso)
  })
})

describe('almatyDay', () => {
  it('is YYYY-MM-DD', () => {
    expect(almatyDay('2026-02-06T05:00:00Z')).toBe('2026-02-06')
    expect(almatyDay('2026-02-06T05:00:00Z')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('accepts offset ISO strings', () => {
    expect(almatyDay('2026-02-06T23:30:00+05:00')).toBe('2026-02-06')
    expect(almatyDay('2026-02-06T23:30:00-05:00')).toBe('2026-02-07')
  })
})

describe('formatNumber', () => {
  it('groups thousands per locale', () => {
    expect(formatNumber(1937, 'en')).toBe('1,937')
    expect(formatNumber(12345, 'ru').replace(/\s/g, ' ')).toBe('12 345')
    expect(formatNumber(5, 'kk')).toBe('5')
  })
})
