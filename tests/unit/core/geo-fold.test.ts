import { describe, expect, it } from 'vitest'

import { foldedIncludes, foldLetters } from '../../../cms/core/fold'
import { byDistance, distanceKm, isInKazakhstan, roundedDistance } from '../../../cms/core/geo'

const astana = { lat: 51.1694, lng: 71.4491 }
const almaty = { lat: 43.2389, lng: 76.8897 }
const shymkent = { lat: 42.3417, lng: 69.5901 }

describe('distanceKm', () => {
  it('gives the known Astana–Almaty great-circle distance (about 970 km)', () => {
    expect(distanceKm(astana, almaty)).toBeGreaterThan(960)
    expect(distanceKm(astana, almaty)).toBeLessThan(980)
  })
  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(astana, astana)).toBe(0)
    expect(distanceKm(almaty, shymkent)).toBeCloseTo(distanceKm(shymkent, almaty), 9)
  })
})

describe('byDistance', () => {
  it('orders nearest first and leaves out items without coordinates', () => {
    const items = [
      { name: 'almaty', ...almaty },
      { name: 'nowhere', lat: null, lng: null },
      { name: 'astana', ...astana },
      { name: 'shymkent', ...shymkent },
    ]
    const sorted = byDistance({ lat: 42.9, lng: 71.37 } /* Taraz */, items)
    expect(sorted.map((s) => s.item.name)).toEqual(['shymkent', 'almaty', 'astana'])
    expect(sorted[0]!.km).toBeLessThan(sorted[1]!.km)
  })
})

describe('isInKazakhstan', () => {
  it('accepts the cities and refuses swapped or foreign coordinates', () => {
    expect(isInKazakhstan(astana)).toBe(true)
    expect(isInKazakhstan({ lat: astana.lng, lng: astana.lat })).toBe(false)
    expect(isInKazakhstan({ lat: 55.75, lng: 37.62 } /* Moscow */)).toBe(false)
  })
})

describe('roundedDistance', () => {
  it('uses metres below a kilometre and fewer digits further away', () => {
    expect(roundedDistance(0.347)).toEqual({ value: 350, unit: 'm' })
    expect(roundedDistance(3.46)).toEqual({ value: 3.5, unit: 'km' })
    expect(roundedDistance(37.6)).toEqual({ value: 38, unit: 'km' })
  })
})

describe('foldLetters', () => {
  it('lets Kazakh names typed on a Russian keyboard meet the real spelling', () => {
    expect(foldLetters('Түркістан')).toBe(foldLetters('Туркистан'))
    expect(foldLetters('Қостанай')).toBe(foldLetters('костанай'))
    expect(foldLetters('ӘҒҚҢӨҰҮҺІЁ')).toBe('агкноуухие')
  })
  it('drops zero-width characters', () => {
    expect(foldLetters('Ақ\u200Bтөбе')).toBe('актобе')
  })
  it('matches inside longer text', () => {
    expect(foldedIncludes('Түркістан облысы, Кентау қаласы', 'туркистан')).toBe(true)
    expect(foldedIncludes('Павлодар', 'Костанай')).toBe(false)
  })
})
