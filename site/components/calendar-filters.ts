/**
 * Filters the upcoming events in place. The form is hidden in the HTML (a static page cannot
 * filter without a script); this module shows it, reads the filters from the URL query (unknown
 * values ignored), fetches the language's events index manifest once, then only the months that
 * can match (from today or the `from` date to the `to` date), in date order and only until a
 * screenful of entries matches, and lists the matching entries instead of the page's own list.
 * Clearing every filter puts the page's list back.
 *
 * "Near me": a settlement typed in any language (in the URL as `near`, resolved through the office
 * finder's places) or the browser's position (kept in memory only, never in the URL), a radius
 * (`radius`) and whether to keep online and unplaced events (`online=1`).
 */
import {
  filterNames,
  filterRows,
  isEmptyFilter,
  joinEventIndex,
  monthsToLoad,
  nearNames,
  nearRows,
  parseEventFilter,
  parseNearFilter,
  type EventIndex,
  type EventIndexManifest,
  type EventIndexMonth,
  type IndexRow,
  type NearFilter,
} from '../../cms/core/eventIndex'
import { findPlace } from '../../cms/core/finder'
import type { Locale } from '../../cms/core/locales'
import { calendarPath, localizedPath } from '../../cms/core/urls'
import type { LatLng } from '../../cms/core/geo'
import { currentPosition, distanceText, finderData } from './near-place'

const zone = 'Asia/Almaty'
const shown = 200
/** Months fetched at once while the list fills. */
const monthsPerFetch = 3

function start() {
  const foundForm = document.querySelector<HTMLFormElement>('[data-cal-filters]')
  const foundList = document.querySelector<HTMLElement>('[data-cal-list]')
  if (!foundForm || !foundList) return
  const form: HTMLFormElement = foundForm
  const list: HTMLElement = foundList
  const status = form.querySelector<HTMLElement>('[data-cal-status]')!
  const original = [...list.childNodes]
  const pager = document.querySelector<HTMLElement>('.pager')
  const lang = form.dataset.lang ?? 'kk'
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
  const dayOf = (minutes: number) => dayFormat.format(new Date(minutes * 60_000))
  const dateTime = new Intl.DateTimeFormat(lang, { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const time = new Intl.DateTimeFormat(lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const d = form.dataset
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })
  const nearField = form.querySelector<HTMLInputElement>('[data-cal-near]')!
  const radiusField = form.elements.namedItem('radius') as HTMLSelectElement
  const onlineField = form.elements.namedItem('online') as HTMLInputElement
  /** The browser's position once the reader asked for it; a typed settlement takes precedence. */
  let position: LatLng | undefined
  let manifest: Promise<EventIndexManifest> | undefined
  const months = new Map<string, Promise<EventIndexMonth>>()
  /** Counts applies so a slow one (a download) never overwrites a newer one. */
  let latest = 0
  const json = <T>(url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${r.status} ${url}`))))
  const loadManifest = () => (manifest ??= json<EventIndexManifest>(form.dataset.index!))
  const loadMonth = (month: string) => {
    let part = months.get(month)
    if (!part) months.set(month, (part = json<EventIndexMonth>(localizedPath(lang as Locale, calendarPath.indexMonth(month)))))
    return part
  }

  function range(row: IndexRow): string {
    const startAt = new Date(row[2] * 60_000)
    const endAt = new Date((row[2] + row[3]) * 60_000)
    return dayOf(row[2]) === dayOf(row[2] + row[3]) ? `${dateTime.format(startAt)}–${time.format(endAt)}` : `${dateTime.format(startAt)} – ${dateTime.format(endAt)}`
  }

  function item(data: EventIndex, row: IndexRow, km?: number): HTMLLIElement {
    const li = Object.assign(document.createElement('li'), { className: 'cal-item' })
    const link = Object.assign(document.createElement('a'), { className: 'cal-item__title', href: row[0], textContent: row[1] })
    const meta = Object.assign(document.createElement('p'), { className: 'cal-item__meta' })
    const when = Object.assign(document.createElement('time'), { dateTime: new Date(row[2] * 60_000).toISOString(), textContent: range(row) })
    meta.append(when, ` · ${row[4] >= 0 ? data.regions[row[4]]![1] : ''}`.replace(/ · $/, ''))
    if (km !== undefined) meta.append(' · ', Object.assign(document.createElement('span'), { className: 'cal-item__distance', textContent: distanceText(km, { km: d.tKm, m: d.tM }, numbers) }))
    const badges = Object.assign(document.createElement('ul'), { className: 'badges' })
    const labels: Array<[string, string?]> = [[data.kinds[row[5]]![1]], [data.formats[row[6]]![1], data.formats[row[6]]![0]]]
    if (row[7] > 0) labels.push([data.statuses[row[7]]![1], data.statuses[row[7]]![0]])
    for (const [label, variant] of labels) badges.append(Object.assign(document.createElement('li'), { className: variant ? `badge badge--${variant}` : 'badge', textContent: label }))
    li.append(link, meta, badges)
    return li
  }

  /** Where distances are measured from, and a line saying so (or why there is none). */
  async function originOf(near: NearFilter): Promise<{ from?: LatLng; note: string }> {
    if (near.near) {
      try {
        const place = findPlace(near.near, (await finderData(d.places!)).places)
        if (!place) return { note: (d.tNoPlace ?? '').replace('{{query}}', near.near) }
        return { from: { lat: place[2], lng: place[3] }, note: (d.tNearPlace ?? '').replace('{{place}}', place[1]) }
      } catch {
        return { note: d.tError ?? '' }
      }
    }
    return position ? { from: position, note: d.tNearPosition ?? '' } : { note: '' }
  }

  async function apply() {
    const run = ++latest
    const query = new URLSearchParams(location.search)
    const tables = await loadManifest()
    const filter = parseEventFilter(query, tables)
    const near = parseNearFilter(query)
    for (const name of filterNames) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
      if (field) field.value = filter[name] ?? ''
    }
    nearField.value = near.near ?? ''
    radiusField.value = near.radius ? String(near.radius) : ''
    onlineField.checked = near.online
    const origin = await originOf(near)
    if (run !== latest) return
    const active = !isEmptyFilter(filter) || Boolean(origin.note)
    if (active) form.querySelector<HTMLDetailsElement>('[data-cal-details]')!.open = true
    if (!active) {
      list.replaceChildren(...original)
      if (pager) pager.hidden = false
      status.textContent = ''
      return
    }
    const now = Date.now() / 60_000
    const wanted = monthsToLoad(tables, filter, dayOf(now))
    const parts: EventIndexMonth[] = []
    let data: EventIndex = joinEventIndex(tables, parts)
    let rows: Array<{ row: IndexRow; km?: number }> = []
    // Months in date order, a few at a time, until a screenful matches: the list is by date.
    while (parts.length < wanted.length && rows.length < shown) {
      parts.push(...(await Promise.all(wanted.slice(parts.length, parts.length + monthsPerFetch).map(loadMonth))))
      if (run !== latest) return
      data = joinEventIndex(tables, parts)
      const upcoming = filterRows(data, filter, dayOf).filter((row) => row[2] + row[3] >= now)
      rows = origin.from ? nearRows(data, upcoming, origin.from, near.radius, near.online) : upcoming.map((row) => ({ row }))
    }
    const more = parts.length < wanted.length
    const ul = Object.assign(document.createElement('ul'), { className: 'cal-list' })
    ul.append(...rows.slice(0, shown).map(({ row, km }) => item(data, row, km)))
    list.replaceChildren(ul)
    if (pager) pager.hidden = true
    const count = rows.length ? (d.count ?? '').replace('{n}', `${rows.length}${more ? '+' : ''}`) : (d.none ?? '')
    status.textContent = [origin.note, count].filter(Boolean).join(' ')
  }

  function toUrl() {
    const query = new URLSearchParams()
    for (const name of [...filterNames, 'near', 'radius']) {
      const value = (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim()
      if (value) query.set(name, value)
    }
    if (onlineField.checked) query.set('online', '1')
    const search = query.toString()
    history.replaceState(null, '', search ? `?${search}` : location.pathname)
    void apply()
  }

  form.hidden = false
  form.addEventListener('change', toUrl)
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLInputElement).name === 'audience') toUrl()
  })
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    toUrl()
  })
  form.addEventListener('reset', () => {
    position = undefined
    setTimeout(toUrl)
  })
  form.querySelector('[data-cal-locate]')!.addEventListener('click', () => {
    status.textContent = d.tLocating ?? ''
    finderData(d.places!).catch(() => undefined) // the place names, should the position be denied
    currentPosition().then(
      (found) => {
        position = found
        nearField.value = '' // the position replaces a typed settlement
        toUrl()
      },
      () => {
        status.textContent = d.tDenied ?? ''
        nearField.focus()
      },
    )
  })
  const names: readonly string[] = [...filterNames, ...nearNames]
  if ([...new URLSearchParams(location.search).keys()].some((k) => names.includes(k))) void apply()
}

start()
