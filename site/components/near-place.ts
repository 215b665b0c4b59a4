/**
 * What every "near me" in the browser shares (the office finder, the calendar filters): the
 * reader's position from the Geolocation API, the finder's data file (settlements in every
 * language → coordinates, see cms/core/finder.ts), fetched once per page, and a distance as text.
 */
import type { FinderData } from '../../cms/core/finder'
import { roundedDistance, type LatLng } from '../../cms/core/geo'

/** The reader's position; rejects when it is denied, unavailable or takes too long. */
export function currentPosition(): Promise<LatLng> {
  if (!('geolocation' in navigator)) return Promise.reject(new Error('no geolocation'))
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lng: position.coords.longitude }),
      reject,
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    ),
  )
}

const loaded = new Map<string, Promise<FinderData>>()

/** The language's finder.json (the URL comes from the page), downloaded on first use only. */
export function finderData(src: string): Promise<FinderData> {
  let data = loaded.get(src)
  if (!data) {
    data = fetch(src).then((r) => (r.ok ? (r.json() as Promise<FinderData>) : Promise.reject(new Error(String(r.status)))))
    data.catch(() => loaded.delete(src)) // a failed download may be tried again
    loaded.set(src, data)
  }
  return data
}

/** "850 m", "1.2 km", "37 km" from the page's templates ('{{value}} km') in the reader's locale. */
export function distanceText(km: number, templates: { km?: string; m?: string }, numbers: Intl.NumberFormat): string {
  const { value, unit } = roundedDistance(km)
  return ((unit === 'm' ? templates.m : templates.km) ?? '{{value}}').replace('{{value}}', numbers.format(value))
}
