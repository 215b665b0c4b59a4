/**
 * What the office pages and the finder share: the finder's data file per language (built from the
 * same CMS reads as the pages), an office's schedule as data attributes for the open-now script, and
 * its OpenStreetMap link.
 */
import { encodeExceptions, encodeHours, placesFrom, type FinderData } from '../../cms/core/finder'
import { pickAny } from '../../cms/core/localize'
import { locales, type Locale } from '../../cms/core/locales'
import type { OpeningException, OpeningPeriod } from '../../cms/core/openingHours'
import { useTranslations } from '../i18n'
import { officeKindLabel } from '../i18n/labels'
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

/** The finder's data file for one language: offices with coordinates, and places to search by. */
export async function finderData(lang: Locale): Promise<FinderData> {
  const t = useTranslations(lang)
  const offices = (await getOffices()).filter((o) => typeof o.lat === 'number' && typeof o.lng === 'number')
  const regions = await getRegions()
  const name = (value: Parameters<typeof pickAny>[0]) => pickAny(value, lang) ?? ''
  return {
    offices: offices.map((o) => [
      o.slug,
      name(o.name),
      name(o.settlement),
      officeKindLabel(t, o),
      o.lat!,
      o.lng!,
      encodeHours(hoursOf(o)),
      encodeExceptions(exceptionsOf(o)),
    ]),
    places: placesFrom([
      ...regions.map((r) => ({ names: [...locales.map((l) => r.centre?.[l]), ...locales.map((l) => r.name?.[l])], label: name(r.centre) || name(r.name), lat: r.lat, lng: r.lng })),
      ...offices.map((o) => ({ names: locales.map((l) => o.settlement?.[l]), label: name(o.settlement), lat: o.lat!, lng: o.lng! })),
    ]),
  }
}
