import { describe, expect, it } from 'vitest'

import {
  comparePeriods,
  formatPeriod,
  indicatorKey,
  indicatorMessage,
  indicatorProblems,
  isFuturePeriod,
  latestFigure,
  mergeFigures,
  rollUpEvents,
  rollUpOpenDoorDays,
  toCsv,
  type EventForRollUp,
} from '../../../cms/core/statistics'

const now = new Date('2026-11-23T06:00:00Z')
const event = (startsAt: string, region: string | null, participants: number | null, extra: Partial<EventForRollUp> = {}): EventForRollUp => ({
  startsAt,
  region,
  status: 'scheduled',
  participants,
  certificates: null,
  ...extra,
})

// The seeded events of 2023 with their outcomes (Jambyl's caravan in September, the WKR seminar, the
// nationwide open-door day recorded as an event, Jambyl's June seminar).
const events2023 = [
  event('2023-06-02T10:00:00+06:00', 'jambyl', 250),
  event('2023-09-13T10:00:00+06:00', 'jambyl', 70),
  event('2023-09-19T10:00:00+06:00', 'jambyl', 30),
  event('2023-09-20T10:00:00+06:00', 'jambyl', 100),
  event('2023-09-04T10:00:00+06:00', 'west-kazakhstan', 45, { certificates: 45 }),
  event('2023-08-04T10:00:00+06:00', null, 1937),
]

describe('periods', () => {
  it('keys one row per scope and period', () => {
    expect(indicatorKey(null, { year: 2023, quarter: 3 })).toBe('kz/2023-Q3')
    expect(indicatorKey('jambyl', { year: 2023, quarter: 3 })).toBe('jambyl/2023-Q3')
    expect(indicatorKey(undefined, { year: 2020, quarter: null })).toBe('kz/2020')
  })

  it('orders quarters in time, a whole year after its quarters', () => {
    const sorted = [{ year: 2023, quarter: 3 as const }, { year: 2020, quarter: null }, { year: 2020, quarter: 4 as const }, { year: 2023, quarter: 2 as const }].sort(comparePeriods)
    expect(sorted.map((p) => `${p.year}-${p.quarter}`)).toEqual(['2020-4', '2020-null', '2023-2', '2023-3'])
  })

  it('knows a quarter in the future in Kazakhstan time', () => {
    expect(isFuturePeriod({ year: 2026, quarter: 4 }, now)).toBe(false)
    expect(isFuturePeriod({ year: 2027, quarter: 1 }, now)).toBe(true)
    expect(isFuturePeriod({ year: 2027, quarter: null }, now)).toBe(true)
    // 31 December 2026, 20:00 UTC is already 1 January 2027 in Almaty.
    expect(isFuturePeriod({ year: 2027, quarter: 1 }, new Date('2026-12-31T20:00:00Z'))).toBe(false)
  })

  it('names periods in each language', () => {
    expect(formatPeriod({ year: 2023, quarter: 3 }, 'kk')).toBe('2023 ж. III тоқсан')
    expect(formatPeriod({ year: 2023, quarter: 3 }, 'ru')).toBe('III квартал 2023 г.')
    expect(formatPeriod({ year: 2023, quarter: 3 }, 'en')).toBe('Q3 2023')
    expect(formatPeriod({ year: 2020, quarter: null }, 'ru')).toBe('2020 г.')
  })
})

describe('validation', () => {
  it('accepts the documents’ own figures (Q3 2023 report, open-door day of 4 August 2023)', () => {
    expect(indicatorProblems({ year: 2023, quarter: 3, appeals: 1724, courtReferrals: 161, consultations: 1081, agreements: 643, pending: 0 }, now)).toEqual([])
    expect(indicatorProblems({ year: 2023, quarter: 3, appeals: 1937, consultations: 1852, agreements: 34, pending: 51 }, now)).toEqual([])
    // The report's 485 sites are 20 + 1 + 465: totals are not checked against their parts.
    expect(indicatorProblems({ year: 2023, quarter: 3, sitesOffices: 21, sitesPlatforms: 465, sitesTotal: 485 }, now)).toEqual([])
  })

  it('refuses negative and fractional counts, a future quarter, more resolved than appeals', () => {
    const row = { year: 2027, quarter: 2 as const, appeals: 10, agreements: 8, consultations: 5, courtReferrals: 11, events: -1, publications: 2.5 }
    expect(indicatorProblems(row, now)).toEqual([
      { field: 'events', code: 'notCount' },
      { field: 'publications', code: 'notCount' },
      { field: 'quarter', code: 'future' },
      { field: 'agreements', code: 'resolvedOverAppeals' },
      { field: 'courtReferrals', code: 'courtOverAppeals' },
    ])
    expect(indicatorMessage({ field: 'agreements', code: 'resolvedOverAppeals' }, row, 'en')).toBe(
      'Appeals resolved by agreement, by consultation and pending (13) cannot add up to more than the appeals (10).',
    )
    expect(indicatorProblems({ year: null }, now)).toEqual([{ field: 'year', code: 'yearInvalid' }])
  })
})

describe('roll-up', () => {
  it('sums events per quarter, per region and nationwide; skips future, cancelled and postponed ones', () => {
    const sums = rollUpEvents(
      [
        ...events2023,
        event('2023-09-25T10:00:00+06:00', 'jambyl', 500, { status: 'cancelled' }),
        event('2023-09-26T10:00:00+06:00', 'jambyl', 500, { status: 'postponed' }),
        event('2027-02-11T10:00:00+05:00', 'almaty-city', null),
      ],
      now,
    )
    expect(sums.get('jambyl/2023-Q3')!.sums).toEqual({ events: 3, peopleReached: 200, certificates: 0 })
    expect(sums.get('jambyl/2023-Q2')!.sums).toEqual({ events: 1, peopleReached: 250, certificates: 0 })
    expect(sums.get('west-kazakhstan/2023-Q3')!.sums).toEqual({ events: 1, peopleReached: 45, certificates: 45 })
    expect(sums.get('kz/2023-Q3')!.sums).toEqual({ events: 5, peopleReached: 70 + 30 + 100 + 45 + 1937, certificates: 45 })
    expect(sums.has('almaty-city/2027-Q1')).toBe(false)
  })

  it('counts an event without a recorded outcome as held, with no people', () => {
    const sums = rollUpEvents([event('2021-04-22T10:00:00+06:00', null, null), event('2021-05-27T10:00:00+06:00', null, 15)], now)
    expect(sums.get('kz/2021-Q2')!.sums).toEqual({ events: 2, peopleReached: 15, certificates: 0 })
  })

  it('sums open-door results per quarter and ignores days without results', () => {
    const days = rollUpOpenDoorDays([
      { date: '2023-08-04T04:00:00.000Z', appeals: 1937, consultations: 1852, agreements: 34, pending: 51 },
      { date: '2027-02-05T05:00:00.000Z' },
    ])
    expect([...days.keys()]).toEqual(['2023-Q3'])
    expect(days.get('2023-Q3')!.sums).toEqual({ openDoorAppeals: 1937, openDoorConsultations: 1852, openDoorAgreements: 34, openDoorPending: 51 })
  })

  it('lets a reported figure win over the events of its quarter, and fills what the report leaves empty', () => {
    const rows = mergeFigures(
      [
        { scope: 'kz', period: { year: 2023, quarter: 3 }, values: { appeals: 1724, events: 345, peopleReached: 12223 } },
        { scope: 'jambyl', period: { year: 2023, quarter: 3 }, values: { appeals: 12, events: null } },
      ],
      events2023,
      [{ date: '2023-08-04T04:00:00.000Z', appeals: 1937, consultations: 1852, agreements: 34, pending: 51 }],
      now,
    )
    const at = (scope: string, key: string) => rows.find((r) => r.scope === scope && `${r.period.year}-Q${r.period.quarter}` === key)!.figures
    expect(at('kz', '2023-Q3')).toMatchObject({
      appeals: { value: 1724, origin: 'reported' },
      events: { value: 345, origin: 'reported' },
      peopleReached: { value: 12223, origin: 'reported' },
      certificates: { value: 45, origin: 'events' },
      openDoorAppeals: { value: 1937, origin: 'openDoor' },
    })
    expect(at('jambyl', '2023-Q3')).toEqual({
      appeals: { value: 12, origin: 'reported' },
      events: { value: 3, origin: 'events' },
      peopleReached: { value: 200, origin: 'events' },
    })
    expect(at('kz', '2023-Q2')).toEqual({ events: { value: 1, origin: 'events' }, peopleReached: { value: 250, origin: 'events' } })
    // In time order, then scope.
    expect(rows.map((r) => `${r.scope} ${r.period.year}-${r.period.quarter}`)).toEqual([
      'jambyl 2023-2',
      'kz 2023-2',
      'jambyl 2023-3',
      'kz 2023-3',
      'west-kazakhstan 2023-3',
    ])
    expect(latestFigure(rows, 'kz', 'peopleReached')).toMatchObject({ value: 12223, period: { year: 2023, quarter: 3 } })
    expect(latestFigure(rows, 'kz', 'sitesTotal')).toBeUndefined()
  })
})

describe('CSV', () => {
  it('quotes what needs quoting and ends lines with CRLF', () => {
    expect(toCsv([['Өңір', 'Source'], ['Жамбыл облысы', 'Report, "Q3"'], [2023, null]])).toBe('Өңір,Source\r\nЖамбыл облысы,"Report, ""Q3"""\r\n2023,\r\n')
  })
})
