/**
 * Distances on the ground, for "near me" in the office finder, the calendar and the open-door day.
 * A sphere is exact enough for sorting offices: the error is well under 0.5 % at Kazakhstan's size.
 */

export interface LatLng {
  lat: number
  lng: number
}

const earthRadiusKm = 6371.0088

const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = radians(b.lat - a.lat)
  const dLng = radians(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * Items with coordinates ordered by distance from `origin`, nearest first, each with its distance;
 * items without coordinates are left out (a distance is never guessed). Ties keep input order.
 */
export function byDistance<T extends Partial<LatLng> | { lat?: number | null; lng?: number | null }>(
  origin: LatLng,
  items: readonly T[],
): Array<{ item: T; km: number }> {
  return items
    .flatMap((item) => (hasCoordinates(item) ? [{ item, km: distanceKm(origin, item) }] : []))
    .sort((a, b) => a.km - b.km)
}

export function hasCoordinates(value: { lat?: number | null; lng?: number | null }): value is LatLng {
  return typeof value.lat === 'number' && typeof value.lng === 'number' && Number.isFinite(value.lat) && Number.isFinite(value.lng)
}

/**
 * Kazakhstan's bounding box with a small margin (extreme points: 40.57°N–55.44°N, 46.49°E–87.31°E).
 * Used to refuse coordinates that cannot be an office of the network (a swapped lat/lng, a typo).
 */
export const kazakhstanBounds = { south: 40.5, north: 55.5, west: 46.4, east: 87.4 } as const

export function isInKazakhstan(point: LatLng): boolean {
  const b = kazakhstanBounds
  return point.lat >= b.south && point.lat <= b.north && point.lng >= b.west && point.lng <= b.east
}

/** "1.2 km", "850 m", "37 km" in the reader's locale; units per locale come from the caller. */
export function roundedDistance(km: number): { value: number; unit: 'm' | 'km' } {
  if (km < 1) return { value: Math.max(10, Math.round((km * 1000) / 10) * 10), unit: 'm' }
  if (km < 10) return { value: Math.round(km * 10) / 10, unit: 'km' }
  return { value: Math.round(km), unit: 'km' }
}
