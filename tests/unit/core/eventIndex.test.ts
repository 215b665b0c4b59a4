import { describe, expect, it } from 'vitest'

import { buildEventIndex, filterRows, joinEventIndex, monthsToLoad, parseEventFilter, splitEventIndex } from '../../../cms/core/eventIndex'

const tables = {
  regions: [['almaty', 'Алматы'], ['astana', 'Астана']] as Array<[string, string]>,
  kinds: [['seminar-training', 'Семинар'], ['round-table', 'Круглый стол'], ['open-door-day', 'ДОД']] as Array<[string, string]>,
  formats: [['offline', 'Офлайн'], ['online', 'Онлайн'], ['hybrid', 'Гибрид']] as Array<[string, string]>,
  statuses: [['scheduled', ''], ['postponed', 'Перенесено'], ['cancelled', 'Отменено']] as Array<[string, string]>,
  languages: ['kk', 'ru', 'en'],
}
const row = (over: Partial<Parameters<typeof buildEventIndex>[0][number]>) => ({
  href: '/ru/events/a/', title: 'A', startsAt: '2026-12-10T05:00:00Z', endsAt: '2026-12-10T07:00:00Z', region: 'almaty', kind: 'seminar-training',
  format: 'offline', status: 'scheduled', languages: ['kk', 'ru'], audience: 'Учителя школ', ...over,
})
const index = buildEventIndex(
  [
    row({}),
    row({ href: '/ru/events/b/', region: 'astana', kind: 'round-table', format: 'online', languages: ['ru'], audience: 'Медиаторы' }),
    // 23:00 on 31 Dec – 01:00 on 1 Jan, Almaty time.
    row({ href: '/ru/events/c/', region: null, kind: 'open-door-day', startsAt: '2026-12-31T18:00:00Z', endsAt: '2026-12-31T20:00:00Z', audience: null }),
  ],
  tables,
)
const dayOf = (minutes: number) => new Date(minutes * 60_000 + 5 * 3_600_000).toISOString().slice(0, 10)
const hrefs = (query: string) => filterRows(index, parseEventFilter(new URLSearchParams(query), index), dayOf).map((r) => r[0])

describe('the events filter index', () => {
  it('shares repeated audiences and keeps rows small', () => {
    expect(index.audiences).toEqual(['Учителя школ', 'Медиаторы'])
    expect(index.rows[2]![4]).toBe(-1)
  })

  it('filters by region, kind, format, language and audience words', () => {
    expect(hrefs('region=astana')).toEqual(['/ru/events/b/'])
    expect(hrefs('kind=open-door-day')).toEqual(['/ru/events/c/'])
    expect(hrefs('format=online&language=ru')).toEqual(['/ru/events/b/'])
    expect(hrefs('language=kk')).toEqual(['/ru/events/a/', '/ru/events/c/'])
    expect(hrefs('audience=учител')).toEqual(['/ru/events/a/'])
  })

  it('a date range keeps what overlaps it, in Kazakhstan days', () => {
    expect(hrefs('from=2027-01-01')).toEqual(['/ru/events/c/'])
    expect(hrefs('to=2026-12-10')).toEqual(['/ru/events/a/', '/ru/events/b/'])
  })

  it('ignores unknown values and malformed dates instead of failing', () => {
    expect(parseEventFilter(new URLSearchParams('region=mars&kind=<script>&format=&from=2026-13-01&to=soon&x=1'), index)).toEqual({})
    expect(hrefs('region=mars&kind=round-table')).toEqual(['/ru/events/b/'])
  })
})

describe('the events filter index split by month', () => {
  const many = buildEventIndex(
    [
      row({ href: '/ru/events/nov/', startsAt: '2026-11-30T05:00:00Z', endsAt: '2026-11-30T07:00:00Z', audience: 'Медиаторы', lat: 43.25, lng: 76.95 }),
      row({}),
      row({ href: '/ru/events/b/', region: 'astana', audience: 'Медиаторы', lat: 51.17, lng: 71.45 }),
      // Starts on 31 December (Almaty time), ends on 1 January: listed in December, runs into January.
      row({ href: '/ru/events/c/', region: null, startsAt: '2026-12-31T18:00:00Z', endsAt: '2026-12-31T20:00:00Z', audience: null }),
      row({ href: '/ru/events/feb/', startsAt: '2027-02-02T05:00:00Z', endsAt: '2027-02-02T07:00:00Z', lat: 43.25, lng: 76.95 }),
    ],
    tables,
  )
  const { manifest, months } = splitEventIndex(many, dayOf)

  it('lists each month with its count and the last day its entries run to', () => {
    expect(manifest.months).toEqual([
      ['2026-11', 1, '2026-11-30'],
      ['2026-12', 3, '2027-01-01'],
      ['2027-02', 1, '2027-02-02'],
    ])
    expect(manifest.regions).toEqual(tables.regions)
    expect([...months.keys()]).toEqual(['2026-11', '2026-12', '2027-02'])
  })

  it('gives each month only its own audiences and places', () => {
    expect(months.get('2026-11')).toEqual({ audiences: ['Медиаторы'], places: [[43.25, 76.95]], rows: [expect.arrayContaining(['/ru/events/nov/'])] })
    expect(months.get('2027-02')!.audiences).toEqual(['Учителя школ'])
  })

  it('joined again, filters exactly like the whole index', () => {
    const joined = joinEventIndex(manifest, [...months.values()])
    for (const query of ['', 'audience=медиатор', 'region=astana', 'from=2027-01-01', 'to=2026-12-10', 'language=kk']) {
      const filter = parseEventFilter(new URLSearchParams(query), many)
      expect(filterRows(joined, filter, dayOf).map((r) => [r[0], joined.audiences[r[9]], joined.places[r[10]!]])).toEqual(
        filterRows(many, filter, dayOf).map((r) => [r[0], many.audiences[r[9]], many.places[r[10]!]]),
      )
    }
  })

  it('loads only the months a date range can match, counting entries that run into it', () => {
    expect(monthsToLoad(manifest, {}, '2026-11-01')).toEqual(['2026-11', '2026-12', '2027-02'])
    expect(monthsToLoad(manifest, {}, '2026-12-01')).toEqual(['2026-12', '2027-02'])
    expect(monthsToLoad(manifest, { from: '2027-01-01' }, '2026-11-01')).toEqual(['2026-12', '2027-02'])
    expect(monthsToLoad(manifest, { to: '2026-12-10' }, '2026-11-01')).toEqual(['2026-11', '2026-12'])
    expect(monthsToLoad(manifest, { from: '2026-01-01', to: '2026-11-30' }, '2026-11-15')).toEqual(['2026-11'])
    expect(monthsToLoad(manifest, { from: '2027-03-01' }, '2026-11-01')).toEqual([])
  })
})
