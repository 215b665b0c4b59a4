/**
 * The upcoming list's filter data and the filters themselves, shared by the build (which writes
 * `events/index.json` per language) and the browser module that filters the list in place.
 *
 * The index is columnar and small: one row per entry with numbers pointing into shared tables
 * (regions, kinds, formats, statuses, audiences), times in minutes since the epoch.
 */

import { distanceKm, hasCoordinates, type LatLng } from './geo'

export type IndexRow = [
  /** path of the entry's page */ href: string,
  title: string,
  /** start, minutes since 1970 UTC */ start: number,
  /** duration in minutes */ minutes: number,
  /** index into regions, -1 for none (nationwide / online) */ region: number,
  kind: number,
  format: number,
  status: number,
  /** bit i set: held in languages[i] */ languages: number,
  /** index into audiences, -1 for none */ audience: number,
  /** index into places (the venue); absent for online-only events and those without one */
  place?: number,
]

export type EventIndex = {
  v: 1
  regions: Array<[code: string, name: string]>
  kinds: Array<[value: string, label: string]>
  formats: Array<[value: string, label: string]>
  statuses: Array<[value: string, label: string]>
  languages: string[]
  audiences: string[]
  /** Distinct venues, [lat, lng] rounded to 3 decimals (~100 m): many events share an office. */
  places: Array<[lat: number, lng: number]>
  rows: IndexRow[]
}

export type IndexSource = {
  href: string
  title: string
  startsAt: string
  endsAt: string
  region: string | null
  kind: string
  format: string
  status: string
  languages: string[]
  audience: string | null
  /** The venue's coordinates, if the entry has one. */
  lat?: number | null
  lng?: number | null
}

type Tables = Pick<EventIndex, 'regions' | 'kinds' | 'formats' | 'statuses' | 'languages'>

/** ~100 m: enough for "within 10 km", and short in the JSON. */
const to3 = (degrees: number) => Math.round(degrees * 1000) / 1000

/** Builds the index; the tables carry the labels in the page language. */
export function buildEventIndex(entries: IndexSource[], tables: Tables): EventIndex {
  const position = (list: Array<[string, string]>) => new Map(list.map(([value], i) => [value, i]))
  const regions = position(tables.regions)
  const kinds = position(tables.kinds)
  const formats = position(tables.formats)
  const statuses = position(tables.statuses)
  const audiences: string[] = []
  const audienceIndex = new Map<string, number>()
  const places: Array<[number, number]> = []
  const placeIndex = new Map<string, number>()
  const rows = entries.map((e): IndexRow => {
    let audience = -1
    if (e.audience) {
      audience = audienceIndex.get(e.audience) ?? audiences.push(e.audience) - 1
      audienceIndex.set(e.audience, audience)
    }
    const start = Math.round(new Date(e.startsAt).getTime() / 60_000)
    const end = Math.round(new Date(e.endsAt).getTime() / 60_000)
    const languages = e.languages.reduce((bits, l) => {
      const i = tables.languages.indexOf(l)
      return i >= 0 ? bits | (1 << i) : bits
    }, 0)
    const row: IndexRow = [
      e.href,
      e.title,
      start,
      Math.max(0, end - start),
      e.region ? (regions.get(e.region) ?? -1) : -1,
      kinds.get(e.kind) ?? 0,
      formats.get(e.format) ?? 0,
      statuses.get(e.status) ?? 0,
      languages,
      audience,
    ]
    // An online-only event is held nowhere: it has no distance even if an office organises it.
    if (e.format !== 'online' && hasCoordinates(e)) {
      const point: [number, number] = [to3(e.lat), to3(e.lng)]
      const key = point.join()
      const place = placeIndex.get(key) ?? places.push(point) - 1
      placeIndex.set(key, place)
      row.push(place)
    }
    return row
  })
  return { v: 1, ...tables, audiences, places, rows }
}

export type EventFilter = {
  region?: string
  kind?: string
  format?: string
  language?: string
  audience?: string
  /** 'YYYY-MM-DD', Kazakhstan calendar days, inclusive. */
  from?: string
  to?: string
}

export const filterNames = ['region', 'kind', 'format', 'language', 'audience', 'from', 'to'] as const

const isDay = (v: string) => /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v)

/**
 * The filter a URL query asks for, keeping only values the index knows: an unknown region, kind,
 * format or language, or a malformed date, is ignored (never an error).
 */
export function parseEventFilter(query: URLSearchParams, index: Pick<EventIndex, 'regions' | 'kinds' | 'formats' | 'languages'>): EventFilter {
  const filter: EventFilter = {}
  const known = (name: string, values: string[]) => {
    const value = query.get(name)?.trim()
    return value && values.includes(value) ? value : undefined
  }
  const region = known('region', index.regions.map(([v]) => v))
  const kind = known('kind', index.kinds.map(([v]) => v))
  const format = known('format', index.formats.map(([v]) => v))
  const language = known('language', index.languages)
  const audience = query.get('audience')?.trim().slice(0, 100)
  const from = query.get('from')?.trim()
  const to = query.get('to')?.trim()
  if (region) filter.region = region
  if (kind) filter.kind = kind
  if (format) filter.format = format
  if (language) filter.language = language
  if (audience) filter.audience = audience
  if (from && isDay(from)) filter.from = from
  if (to && isDay(to)) filter.to = to
  return filter
}

export function isEmptyFilter(filter: EventFilter): boolean {
  return Object.keys(filter).length === 0
}

/**
 * Kazakhstan calendar day ('YYYY-MM-DD') of an instant given in minutes. The offset comes from
 * the caller (the browser asks Intl for Asia/Almaty) so this stays a pure function.
 */
type DayOf = (epochMinutes: number) => string

/** Rows matching the filter, in index order. A date range keeps entries that overlap it. */
export function filterRows(index: EventIndex, filter: EventFilter, dayOf: DayOf): IndexRow[] {
  const region = filter.region ? index.regions.findIndex(([v]) => v === filter.region) : -2
  const kind = filter.kind ? index.kinds.findIndex(([v]) => v === filter.kind) : -2
  const format = filter.format ? index.formats.findIndex(([v]) => v === filter.format) : -2
  const language = filter.language ? 1 << index.languages.indexOf(filter.language) : 0
  const words = filter.audience?.toLocaleLowerCase()
  const audiences = words ? new Set(index.audiences.flatMap((a, i) => (a.toLocaleLowerCase().includes(words) ? [i] : []))) : null
  return index.rows.filter((row) => {
    if (region !== -2 && row[4] !== region) return false
    if (kind !== -2 && row[5] !== kind) return false
    if (format !== -2 && row[6] !== format) return false
    if (language && !(row[8] & language)) return false
    if (audiences && !audiences.has(row[9])) return false
    if (filter.from && dayOf(row[2] + Math.max(0, row[3] - 1)) < filter.from) return false
    if (filter.to && dayOf(row[2]) > filter.to) return false
    return true
  })
}

/** "Near me": the radii offered (km); no radius means any distance. */
export const nearRadii = [10, 25, 50, 100] as const

export type NearFilter = {
  /** A settlement typed by the reader (resolved in the browser through the finder's places). */
  near?: string
  radius?: number
  /** Keep entries without a place (online-only, nationwide). */
  online: boolean
}

export const nearNames = ['near', 'radius', 'online'] as const

/** The near-me part of a URL query; an unknown radius or an overlong name is ignored. */
export function parseNearFilter(query: URLSearchParams): NearFilter {
  const near = query.get('near')?.trim()
  const radius = Number(query.get('radius'))
  const filter: NearFilter = { online: query.get('online') === '1' }
  if (near && near.length <= 100) filter.near = near
  if ((nearRadii as readonly number[]).includes(radius)) filter.radius = radius
  return filter
}

/** A row's place, if it has one. */
export function rowPlace(index: Pick<EventIndex, 'places'>, row: IndexRow): LatLng | undefined {
  const point = row[10] === undefined ? undefined : index.places[row[10]]
  return point && { lat: point[0], lng: point[1] }
}

/**
 * Rows within `radiusKm` of `origin` (any distance without a radius), each with its distance, in
 * the order given (the list stays by date). Rows without a place are kept, with no distance, only
 * when `withoutPlace` is set.
 */
export function nearRows(index: Pick<EventIndex, 'places'>, rows: readonly IndexRow[], origin: LatLng, radiusKm: number | undefined, withoutPlace: boolean): Array<{ row: IndexRow; km?: number }> {
  return rows.flatMap((row) => {
    const place = rowPlace(index, row)
    if (!place) return withoutPlace ? [{ row }] : []
    const km = distanceKm(origin, place)
    return radiusKm === undefined || km <= radiusKm ? [{ row, km }] : []
  })
}

/**
 * The index split by month, so the filter script downloads only the months it shows (one file of
 * every upcoming event weighed 56.5 KB brotli at 5,000 events). The manifest (`events/index.json`)
 * carries the shared tables and, per month, its row count and the last day its entries run to;
 * each month's file (`events/index/YYYY-MM.json`) carries the rows that start in that month with
 * their own audience and place tables.
 */
export type EventIndexManifest = Pick<EventIndex, 'regions' | 'kinds' | 'formats' | 'statuses' | 'languages'> & {
  v: 2
  /** In date order: 'YYYY-MM', rows starting in it, the last Kazakhstan day ('YYYY-MM-DD') any of them runs to. */
  months: Array<[month: string, rows: number, lastDay: string]>
}
export type EventIndexMonth = Pick<EventIndex, 'audiences' | 'places' | 'rows'>

/** Splits an index by the Kazakhstan month each row starts in (rows stay in index order within a month). */
export function splitEventIndex(index: EventIndex, dayOf: DayOf): { manifest: EventIndexManifest; months: Map<string, EventIndexMonth> } {
  const months = new Map<string, EventIndexMonth>()
  const lastDays = new Map<string, string>()
  const tables = new Map<string, { audiences: Map<number, number>; places: Map<number, number> }>()
  for (const row of index.rows) {
    const month = dayOf(row[2]).slice(0, 7)
    let part = months.get(month)
    if (!part) months.set(month, (part = { audiences: [], places: [], rows: [] }))
    let t = tables.get(month)
    if (!t) tables.set(month, (t = { audiences: new Map(), places: new Map() }))
    const local = (from: number, map: Map<number, number>, list: unknown[], value: unknown) => {
      let i = map.get(from)
      if (i === undefined) map.set(from, (i = list.push(value) - 1))
      return i
    }
    const copy = [...row] as IndexRow
    if (row[9] >= 0) copy[9] = local(row[9], t.audiences, part.audiences, index.audiences[row[9]])
    if (row[10] !== undefined) copy[10] = local(row[10], t.places, part.places, index.places[row[10]])
    part.rows.push(copy)
    const last = dayOf(row[2] + Math.max(0, row[3] - 1))
    if (last > (lastDays.get(month) ?? '')) lastDays.set(month, last)
  }
  const { regions, kinds, formats, statuses, languages } = index
  const order = [...months.keys()].sort()
  return {
    manifest: { v: 2, regions, kinds, formats, statuses, languages, months: order.map((m) => [m, months.get(m)!.rows.length, lastDays.get(m)!]) },
    months: new Map(order.map((m) => [m, months.get(m)!])),
  }
}

/**
 * The months whose entries can match: those with an entry running on or after `from` (or today,
 * whichever is later) and starting on or before `to`, in date order.
 */
export function monthsToLoad(manifest: Pick<EventIndexManifest, 'months'>, filter: Pick<EventFilter, 'from' | 'to'>, today: string): string[] {
  const from = filter.from && filter.from > today ? filter.from : today
  return manifest.months.filter(([month, , lastDay]) => lastDay >= from && (!filter.to || month <= filter.to.slice(0, 7))).map(([month]) => month)
}

/** Joins the manifest's tables and the loaded months (in date order) into one index for filterRows. */
export function joinEventIndex(manifest: EventIndexManifest, parts: EventIndexMonth[]): EventIndex {
  const { regions, kinds, formats, statuses, languages } = manifest
  const joined: EventIndex = { v: 1, regions, kinds, formats, statuses, languages, audiences: [], places: [], rows: [] }
  for (const part of parts) {
    const audienceOffset = joined.audiences.length
    const placeOffset = joined.places.length
    joined.audiences.push(...part.audiences)
    joined.places.push(...part.places)
    for (const row of part.rows) {
      const copy = [...row] as IndexRow
      if (row[9] >= 0) copy[9] = row[9] + audienceOffset
      if (row[10] !== undefined) copy[10] = row[10] + placeOffset
      joined.rows.push(copy)
    }
  }
  return joined
}
