/**
 * The office finder's data as the browser downloads it (one small JSON file per language) and the
 * lookups it runs: a settlement typed in any of the three languages, folded so Kazakh letters typed
 * as Russian ones still match, and the offices nearest to a point.
 */
import { byDistance, type LatLng } from './geo'
import { foldLetters } from './fold'
import type { OpeningException, OpeningPeriod } from './openingHours'
import { weekdays } from './vocabulary'

/** One office or platform: [slug, name, settlement, kind label, lat, lng, hours, exceptions]. */
export type FinderOffice = [
  slug: string,
  name: string,
  settlement: string,
  kind: string,
  lat: number,
  lng: number,
  /** 'DHHMMHHMM' per period, D = 0 (Monday)…6: '109001800' = Tuesday 09:00–18:00. */
  hours: string[],
  /** 'YYYY-MM-DD' (closed) or 'YYYY-MM-DDHHMMHHMM'. */
  exceptions: string[],
]
/** A place to search by: [folded names in every language joined by '|', shown name, lat, lng]. */
export type FinderPlace = [names: string, label: string, lat: number, lng: number]
export type FinderData = { offices: FinderOffice[]; places: FinderPlace[] }

const hhmm = (t: string) => t.replace(':', '')
const unhhmm = (t: string) => `${t.slice(0, 2)}:${t.slice(2, 4)}`

export function encodeHours(periods: OpeningPeriod[] | null | undefined): string[] {
  return (periods ?? []).map((p) => `${weekdays.indexOf(p.day)}${hhmm(p.opens)}${hhmm(p.closes)}`)
}
export function decodeHours(codes: string[]): OpeningPeriod[] {
  return codes.map((c) => ({ day: weekdays[Number(c[0])]!, opens: unhhmm(c.slice(1, 5)), closes: unhhmm(c.slice(5, 9)) }))
}
export function encodeExceptions(exceptions: OpeningException[] | null | undefined): string[] {
  return (exceptions ?? []).map((e) => (e.opens && e.closes ? `${e.date}${hhmm(e.opens)}${hhmm(e.closes)}` : e.date))
}
export function decodeExceptions(codes: string[]): OpeningException[] {
  return codes.map((c) => (c.length > 10 ? { date: c.slice(0, 10), opens: unhhmm(c.slice(10, 14)), closes: unhhmm(c.slice(14, 18)) } : { date: c }))
}

/** Places from names in several languages, one entry per distinct point, names folded for search. */
export function placesFrom(items: Array<{ names: Array<string | null | undefined>; label: string; lat: number; lng: number }>): FinderPlace[] {
  const byKey = new Map<string, FinderPlace>()
  for (const item of items) {
    const names = [...new Set(item.names.filter((n): n is string => Boolean(n)).map((n) => foldLetters(n).trim()))]
    if (!names.length) continue
    const key = names.join('|')
    if (!byKey.has(key)) byKey.set(key, [key, item.label, item.lat, item.lng])
  }
  return [...byKey.values()]
}

/**
 * The place a typed name means: an exact folded name first, then a name starting with the query,
 * then one containing it. Punctuation, "г." / "с." prefixes and case do not matter.
 */
export function findPlace(query: string, places: FinderPlace[]): FinderPlace | undefined {
  const q = foldLetters(query)
    .replace(/^(г|с|п|пос|село|город|city of|town of)\.?\s+/, '')
    .replace(/[«»"'.,]/g, '')
    .trim()
  if (q.length < 2) return undefined
  const names = (p: FinderPlace) => p[0].split('|')
  return (
    places.find((p) => names(p).includes(q)) ??
    places.find((p) => names(p).some((n) => n.startsWith(q))) ??
    places.find((p) => names(p).some((n) => n.includes(q)))
  )
}

/** The `count` offices nearest to `origin`, with their distance in km. */
export function nearestOffices(origin: LatLng, offices: FinderOffice[], count = 10): Array<{ office: FinderOffice; km: number }> {
  return byDistance(
    origin,
    offices.map((office) => ({ office, lat: office[4], lng: office[5] })),
  )
    .slice(0, count)
    .map(({ item, km }) => ({ office: item.office, km }))
}

/** An office as the finder needs it, already in the reader's language (settlement names in all). */
export type FinderSource = {
  slug: string
  name: string
  settlement: string
  settlementNames: Array<string | null | undefined>
  kind: string
  lat?: number | null
  lng?: number | null
  hours?: OpeningPeriod[] | null
  exceptions?: OpeningException[] | null
}
export type FinderRegion = { names: Array<string | null | undefined>; label: string; lat: number; lng: number }

/** The finder's data file: offices with coordinates (others cannot be placed), and places to search. */
export function buildFinderData(offices: FinderSource[], regions: FinderRegion[]): FinderData {
  const placed = offices.filter((o): o is FinderSource & { lat: number; lng: number } => typeof o.lat === 'number' && typeof o.lng === 'number')
  return {
    offices: placed.map((o) => [o.slug, o.name, o.settlement, o.kind, o.lat, o.lng, encodeHours(o.hours), encodeExceptions(o.exceptions)]),
    places: placesFrom([...regions, ...placed.map((o) => ({ names: o.settlementNames, label: o.settlement, lat: o.lat, lng: o.lng }))]),
  }
}
