import { describe, expect, it } from 'vitest'

import { buildEventIndex, nearRows, parseNearFilter, rowPlace } from '../../../cms/core/eventIndex'

const tables = {
  regions: [['shymkent', 'Шымкент'], ['atyrau', 'Атырау']] as Array<[string, string]>,
  kinds: [['seminar-training', 'Семинар']] as Array<[string, string]>,
  formats: [['offline', 'Офлайн'], ['online', 'Онлайн'], ['hybrid', 'Гибрид']] as Array<[string, string]>,
  statuses: [['scheduled', '']] as Array<[string, string]>,
  languages: ['kk', 'ru', 'en'],
}
const entry = (href: string, startsAt: string, over: { format?: string; lat?: number | null; lng?: number | null }) => ({
  href, title: href, startsAt, endsAt: startsAt, region: 'shymkent', kind: 'seminar-training', format: 'offline', status: 'scheduled',
  languages: ['ru'], audience: null, ...over,
})
// Shymkent centre, Turkistan (~150 km), Atyrau (~1,500 km); one online event organised from Shymkent.
const shymkent = { lat: 42.3417, lng: 69.5901 }
const index = buildEventIndex(
  [
    entry('a-turkistan', '2026-12-01T05:00:00Z', { lat: 43.29733, lng: 68.25175 }),
    entry('b-shymkent', '2026-12-02T05:00:00Z', { lat: 42.34171234, lng: 69.59014567 }),
    entry('c-online', '2026-12-03T05:00:00Z', { format: 'online', lat: 42.3417, lng: 69.5901 }),
    entry('d-atyrau', '2026-12-04T05:00:00Z', { format: 'hybrid', lat: 47.0945, lng: 51.9238 }),
    entry('e-shymkent-again', '2026-12-05T05:00:00Z', { lat: 42.3417, lng: 69.5901 }),
    entry('f-nationwide', '2026-12-06T05:00:00Z', { format: 'hybrid', lat: null, lng: null }),
  ],
  tables,
)
const near = (radius: number | undefined, withoutPlace = false) =>
  nearRows(index, index.rows, { lat: 42.345, lng: 69.585 }, radius, withoutPlace).map(({ row, km }) => [row[0], km === undefined ? null : Math.round(km)])

describe('event places in the filter index', () => {
  it('stores each venue once, rounded to 3 decimals, and none for online-only events', () => {
    expect(index.places).toEqual([[43.297, 68.252], [42.342, 69.59], [47.095, 51.924]])
    expect(index.rows.map((r) => r[10])).toEqual([0, 1, undefined, 2, 1, undefined])
    expect(rowPlace(index, index.rows[1]!)).toEqual({ lat: 42.342, lng: 69.59 })
    expect(rowPlace(index, index.rows[2]!)).toBeUndefined()
    expect(Math.abs(rowPlace(index, index.rows[4]!)!.lat - shymkent.lat)).toBeLessThan(0.001)
  })
})

describe('near me over the index', () => {
  it('keeps the events within the radius, in date order, with their distance', () => {
    expect(near(50)).toEqual([['b-shymkent', 1], ['e-shymkent-again', 1]])
    expect(near(10).map(([href]) => href)).toEqual(['b-shymkent', 'e-shymkent-again'])
  })

  it('any distance keeps every placed event, still by date, not by distance', () => {
    expect(near(undefined).map(([href]) => href)).toEqual(['a-turkistan', 'b-shymkent', 'd-atyrau', 'e-shymkent-again'])
    expect(near(undefined)[0]![1]).toBeGreaterThan(100)
    expect(near(undefined)[2]![1]).toBeGreaterThan(1400)
  })

  it('keeps online and unplaced events, without a distance, only when asked', () => {
    expect(near(50, true)).toEqual([['b-shymkent', 1], ['c-online', null], ['e-shymkent-again', 1], ['f-nationwide', null]])
  })

  it('reads the settlement and radius from the URL and ignores unknown values', () => {
    expect(parseNearFilter(new URLSearchParams('near=%20Шымкент%20&radius=50&online=1'))).toEqual({ near: 'Шымкент', radius: 50, online: true })
    expect(parseNearFilter(new URLSearchParams('near=&radius=42&online=yes'))).toEqual({ online: false })
    expect(parseNearFilter(new URLSearchParams(`near=${'x'.repeat(101)}&radius=any`))).toEqual({ online: false })
  })
})
