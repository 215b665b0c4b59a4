/**
 * The calendar's entries: events and open-door days read once, in one shape, for the upcoming list,
 * the month grids, the archive, the filter index and the .ics feeds. Times are instants (UTC ISO);
 * every page shows them in Asia/Almaty through cms/core.
 */
import { almatyMonth, itemsByDay, monthsBetween, monthsCovered, paginate } from '../../cms/core/calendar'
import { locales } from '../../cms/core/locales'
import { byStart, isUpcoming } from '../../cms/core/events'
import { getEvents, getOpenDoorDays, type Event, type OpenDoorDay } from './cms'
import type { CalendarEntry } from './calendarEntry'
import { recordKeyRead, sharedBy, untracked } from './readTracking'

export * from './calendarEntry'

const hour = 3_600_000
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

function fromEvent(e: Event): CalendarEntry {
  return {
    key: `event:${e.id}`,
    slug: e.slug,
    section: 'events',
    kind: e.kind,
    format: e.format,
    status: e.status,
    startsAt: new Date(e.startsAt).toISOString(),
    endsAt: new Date(e.endsAt && new Date(e.endsAt) > new Date(e.startsAt) ? e.endsAt : new Date(new Date(e.startsAt).getTime() + hour)).toISOString(),
    region: e.region?.code ?? null,
    regionName: e.region?.name ?? null,
    languages: e.languages ?? [],
    audience: e.audience ?? null,
    title: e.title,
    summary: e.summary ?? null,
    venue: e.venueOffice ?? null,
    venueAddress: e.venueAddress ?? null,
    onlineUrl: e.onlineUrl ?? null,
    sequence: e.sequence ?? 0,
    updatedAt: e.updatedAt,
    event: e,
  }
}

function fromOpenDoorDay(d: OpenDoorDay): CalendarEntry {
  const start = new Date(d.date)
  return {
    key: `open-door-day:${d.id}`,
    slug: d.slug,
    section: 'openDoorDays',
    kind: 'open-door-day',
    format: 'hybrid',
    status: 'scheduled',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + (minutes(d.closes) - minutes(d.opens)) * 60_000).toISOString(),
    region: null,
    regionName: null,
    languages: ['kk', 'ru'],
    audience: null,
    title: d.title,
    summary: d.description ?? null,
    venue: null,
    venueAddress: null,
    onlineUrl: d.onlineUrl ?? null,
    sequence: 0,
    updatedAt: d.updatedAt,
    openDoorDay: d,
  }
}

/**
 * The document fields each entry field comes from, so reading an entry notes a read of its document
 * (site/lib/readTracking.ts): a page that shows an event's title in a list depends on the title, not
 * on every field. `key` and `section` are identity.
 */
const eventSources: Record<string, string[]> = {
  slug: ['slug'], kind: ['kind'], format: ['format'], status: ['status'], startsAt: ['startsAt'], endsAt: ['startsAt', 'endsAt'],
  region: ['region'], regionName: ['region'], languages: ['languages'], audience: ['audience'], title: ['title'], summary: ['summary'],
  venue: ['venueOffice'], venueAddress: ['venueAddress'], onlineUrl: ['onlineUrl'], sequence: ['sequence'], updatedAt: ['updatedAt'],
}
const openDoorSources: Record<string, string[]> = {
  slug: ['slug'], startsAt: ['date', 'opens'], endsAt: ['date', 'opens', 'closes'], title: ['title'], summary: ['description'], onlineUrl: ['onlineUrl'], updatedAt: ['updatedAt'],
  // The same for every open-door day.
  kind: [], format: [], status: [], region: [], regionName: [], languages: [], audience: [], venue: [], venueAddress: [], sequence: [],
}
const identity = new Set(['key', 'section', 'event', 'openDoorDay'])
const entryProxies = new WeakMap<CalendarEntry, CalendarEntry>()

function trackEntry(entry: CalendarEntry): CalendarEntry {
  const cached = entryProxies.get(entry)
  if (cached) return cached
  const [collection, doc, sources] = entry.event
    ? (['events', entry.event as { id: number | string }, eventSources] as const)
    : (['open-door-days', entry.openDoorDay as { id: number | string }, openDoorSources] as const)
  const key = `${collection}:${doc.id}`
  const proxy = new Proxy(entry, {
    get(target, prop, receiver) {
      if (typeof prop !== 'string' || identity.has(prop)) return Reflect.get(target, prop, receiver)
      // The venue and the region's names come through the document, so the office's and region's reads are noted too.
      if (prop === 'venue' && entry.event) return (entry.event as Event).venueOffice ?? null
      if (prop === 'regionName' && entry.event) return (entry.event as Event).region?.name ?? null
      for (const field of sources[prop] ?? ['*']) recordKeyRead(key, field)
      return Reflect.get(target, prop, receiver)
    },
  })
  entryProxies.set(entry, proxy)
  return proxy
}

let entries: CalendarEntry[] | undefined

/** Every published event and open-door day, in order of start. */
export async function getCalendar(): Promise<CalendarEntry[]> {
  const [events, days] = await Promise.all([getEvents(), getOpenDoorDays()])
  entries ??= untracked(() => [...events.map(fromEvent), ...days.map(fromOpenDoorDay)].sort(byStart))
  return entries.map(trackEntry)
}

/** One event's calendar entry (its page needs no other event's). */
export function calendarEntryOf(event: Event): CalendarEntry {
  return trackEntry(fromEvent(event))
}

/** The calendar's entries on each day (cms/core/calendar.ts itemsByDay), indexed once for every month page. */
export const entriesByDay = sharedBy((entries: readonly CalendarEntry[]) => itemsByDay(entries))

/** Upcoming (not yet ended) entries first to last, and past ones newest first. */
export function splitByNow(entries: CalendarEntry[], now: Date) {
  const upcoming = entries.filter((e) => isUpcoming(e, now))
  const past = entries.filter((e) => !isUpcoming(e, now)).reverse()
  return { upcoming, past }
}

/** The months the month grid has pages for: every month from the first entry's (or this one) to the last. */
export function calendarMonths(entries: CalendarEntry[], now: Date): string[] {
  let first = almatyMonth(now)
  let last = first
  for (const e of entries) {
    const covered = monthsCovered(e.startsAt, e.endsAt)
    if (covered[0]! < first) first = covered[0]!
    if (covered.at(-1)! > last) last = covered.at(-1)!
  }
  return monthsBetween(first, last)
}

/** Entries per page of the upcoming list and the archive (the page stays well under 14 KB brotli). */
export const calendarPageSize = 20

/** getStaticPaths of pages 2..N of a paged calendar list (page 1 is the list's own route). */
export async function laterPagePaths(which: 'upcoming' | 'past') {
  const pages = paginate(splitByNow(await getCalendar(), new Date())[which], calendarPageSize)
  return locales.flatMap((lang) =>
    pages.slice(1).map((entries, i) => ({ params: { lang, page: String(i + 2) }, props: { lang, page: i + 2, pages: pages.length, entries } })),
  )
}
export type LaterPageProps = Awaited<ReturnType<typeof laterPagePaths>>[number]['props']
