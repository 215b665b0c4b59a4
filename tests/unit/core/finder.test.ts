import { describe, expect, it } from 'vitest'

import { decodeExceptions, decodeHours, encodeExceptions, encodeHours, findPlace, nearestOffices, placesFrom, type FinderOffice } from '../../../cms/core/finder'

const office = (slug: string, lat: number, lng: number): FinderOffice => [slug, slug, '', '', lat, lng, [], []]

describe('finder data', () => {
  it('round-trips hours and exceptions', () => {
    const hours = [{ day: 'tue' as const, opens: '09:00', closes: '18:00' }]
    expect(encodeHours(hours)).toEqual(['109001800'])
    expect(decodeHours(encodeHours(hours))).toEqual(hours)
    const ex = [{ date: '2026-12-31' }, { date: '2026-11-28', opens: '10:00', closes: '14:00' }]
    expect(decodeExceptions(encodeExceptions(ex))).toEqual(ex)
  })

  const places = placesFrom([
    { names: ['Түркістан', 'Туркестан', 'Turkistan'], label: 'Түркістан', lat: 43.3, lng: 68.25 },
    { names: ['Қостанай', 'Костанай', 'Kostanay'], label: 'Қостанай', lat: 53.2, lng: 63.6 },
    { names: ['Ақтөбе', 'Актобе', 'Aktobe'], label: 'Ақтөбе', lat: 50.28, lng: 57.17 },
  ])

  it('finds a settlement typed in any language, forgiving Kazakh letters typed as Russian', () => {
    expect(findPlace('Туркистан', places)?.[1]).toBe('Түркістан')
    expect(findPlace('туркестан', places)?.[1]).toBe('Түркістан')
    expect(findPlace('Kostanay', places)?.[1]).toBe('Қостанай')
    expect(findPlace('г. Актобе', places)?.[1]).toBe('Ақтөбе')
    expect(findPlace('Костан', places)?.[1]).toBe('Қостанай')
    expect(findPlace('Париж', places)).toBeUndefined()
    expect(findPlace('a', places)).toBeUndefined()
  })

  it('orders offices by distance', () => {
    const shymkent = { lat: 42.34, lng: 69.59 }
    const list = [office('aktobe', 50.28, 57.17), office('shymkent', 42.3417, 69.5901), office('turkistan', 43.2973, 68.2518)]
    const near = nearestOffices(shymkent, list)
    expect(near.map((n) => n.office[0])).toEqual(['shymkent', 'turkistan', 'aktobe'])
    expect(near[0]!.km).toBeLessThan(1)
    expect(near[1]!.km).toBeGreaterThan(100)
  })
})
