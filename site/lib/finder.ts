/**
 * What the office pages and the finder share: the finder's data file per language (built from the
 * same CMS reads as the pages), an office's schedule as data attributes for the open-now script, and
 * its OpenStreetMap link.
 */
import { buildFinderData, encodeExceptions, encodeHours, type FinderData } from '../../cms/core/finder'
import { pickAny, type LocalizedValue } from '../../cms/core/localize'
import { locales, type Locale } from '../../cms/core/locales'
import type { OpeningException, OpeningPeriod } from '../../cms/core/openingHours'
import { getOffices, getRegions, type Office } from './cms'

export const hoursOf = (office: Office) => (office.hours ?? []) as OpeningPeriod[]
export const exceptionsOf = (office: Office) => (office.exceptions ?? []) as OpeningException[]

/** data-* attributes the open-now script reads: the weekly hours and exceptions, encoded. */
export function scheduleAttributes(office: Office) {
  return { 'data-hours': encodeHours(hoursOf(office)).join(' '), 'data-exceptions': encodeExceptions(exceptionsOf(office)).join(' ') }
}

export function osmLink(lat: number, lng: number, zoom = 17): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=${zoom}/${lat}/${lng}`
}

/** The finder's data file for one language (cms/core/finder.ts); `kindOf` labels an office's kind. */
export async function finderData(lang: Locale, kindOf: (office: Office) => string): Promise<FinderData> {
  const name = (value: LocalizedValue): string => pickAny(value, lang) ?? ''
  return buildFinderData(
    (await getOffices()).map((o) => ({
      slug: o.slug,
      name: name(o.name),
      settlement: name(o.settlement),
      settlementNames: locales.map((l) => o.settlement?.[l]),
      kind: kindOf(o),
      lat: o.lat,
      lng: o.lng,
      hours: hoursOf(o),
      exceptions: exceptionsOf(o),
    })),
    (await getRegions()).map((r) => ({
      names: [...locales.map((l) => r.centre?.[l]), ...locales.map((l) => r.name?.[l])],
      label: name(r.centre) || name(r.name),
      lat: r.lat,
      lng: r.lng,
    })),
  )
}
