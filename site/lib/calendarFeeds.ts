/**
 * The calendar's .ics files, built with cms/core/ics.ts: one per entry and the subscribable
 * calendars per language (all, per region, per kind). Times in UTC, shown in Asia/Almaty; the UID
 * is the entry's database id, so it never changes with a new title or slug; SEQUENCE comes from
 * the event's counter (bumped when its time, place or status changes); DTSTAMP is the last save.
 */
import { coordinatesOf } from '../../cms/core/calendarLinks'
import { icsCalendar, type IcsEvent } from '../../cms/core/ics'
import { pick, pickAny } from '../../cms/core/localize'
import type { Locale } from '../../cms/core/locales'
import { eventKinds } from '../../cms/core/vocabulary'

/** The page language's UI strings (site/i18n's translator; site/lib does not import site/i18n). */
export type Label = (key: string) => string
import { entryHref, entryTitle, localName, type CalendarEntry } from './calendarEntry'

export const prodId = '-//Kelisim//Event calendar//EN'
const uidHost = 'kelisim.kz'

export function siteOrigin(site: URL | undefined): string {
  return (site ?? new URL('http://localhost:4321')).origin
}

/** The place as one line: office, address, settlement; or the event's own address; or nothing. */
export function entryPlace(entry: CalendarEntry, lang: Locale): string | undefined {
  const venue = entry.venue
  if (venue) return [pickAny(venue.name, lang), pickAny(venue.address, lang), pickAny(venue.settlement, lang)].filter(Boolean).join(', ')
  return localName(entry.venueAddress, lang)
}

export function kindLabel(entry: CalendarEntry, t: Label): string {
  return entry.kind === 'open-door-day' ? t('openDoor.title') : t(`event.kind.${entry.kind}`)
}

export function toIcsEvent(entry: CalendarEntry, lang: Locale, t: Label, origin: string): IcsEvent {
  const { text, shown } = entryTitle(lang, entry)
  const url = new URL(entryHref(lang, entry), origin).href
  const place = entryPlace(entry, lang) ?? (entry.kind === 'open-door-day' ? t('openDoor.everywhere') : undefined)
  const summary = pick(entry.summary, shown)
  const online = entry.format !== 'offline' && entry.onlineUrl ? `\n${entry.onlineUrl}` : ''
  return {
    uid: `${entry.key.replace(':', '-')}@${uidHost}`,
    start: entry.startsAt,
    end: entry.endsAt,
    summary: text,
    description: `${summary ?? ''}\n${url}${online}`.trim(),
    location: place ?? (entry.format === 'online' ? 'Online' : null),
    url,
    status: entry.status === 'cancelled' ? 'CANCELLED' : entry.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
    stamp: entry.updatedAt,
    sequence: entry.sequence,
    geo: coordinatesOf(entry.venue),
    categories: [kindLabel(entry, t)],
  }
}

export function entryIcs(entry: CalendarEntry, lang: Locale, t: Label, origin: string): string {
  return icsCalendar({ prodId, timeZone: 'Asia/Almaty', events: [toIcsEvent(entry, lang, t, origin)] })
}

/** Subscribable calendars: everything, each region, each kind; entries from a year back on. */
export function feeds(entries: CalendarEntry[], lang: Locale, t: Label, now: Date): Array<{ name: string; title: string; entries: CalendarEntry[] }> {
  const since = now.getTime() - 366 * 86_400_000
  const recent = entries.filter((e) => new Date(e.endsAt).getTime() >= since)
  const regions = new Map<string, string>()
  for (const e of entries) if (e.region) regions.set(e.region, localName(e.regionName, lang) ?? e.region)
  return [
    { name: 'all', title: t('cal.feedAll'), entries: recent },
    ...[...regions]
      .sort((a, b) => a[1].localeCompare(b[1], lang))
      .map(([code, name]) => ({ name: `region-${code}`, title: name, entries: recent.filter((e) => e.region === code) })),
    ...[...eventKinds, 'open-door-day' as const].map((kind) => ({
      name: `kind-${kind}`,
      title: kind === 'open-door-day' ? t('openDoor.title') : t(`event.kind.${kind}`),
      entries: recent.filter((e) => e.kind === kind),
    })),
  ]
}

export function feedIcs(feed: { title: string; entries: CalendarEntry[] }, lang: Locale, t: Label, origin: string): string {
  return icsCalendar({
    prodId,
    name: `Kelisim — ${feed.title}`,
    timeZone: 'Asia/Almaty',
    refresh: 'PT12H',
    events: feed.entries.map((e) => toIcsEvent(e, lang, t, origin)),
  })
}
