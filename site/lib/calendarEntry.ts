/**
 * The calendar entry shape (an event or an open-door day) and helpers that need no CMS access, so
 * feeds and tests can use them without Payload.
 */
import { pick, pickAny, shownLanguage, type LocalizedValue } from '../../cms/core/localize'
import type { Locale } from '../../cms/core/locales'
import { localizedUrl } from '../../cms/core/urls'
import type { EventFormat, EventKind, EventStatus } from '../../cms/core/vocabulary'
import type { Event, OpenDoorDay, Office } from './cms'

export type CalendarKind = EventKind | 'open-door-day'

export type CalendarEntry = {
  /** 'event:<id>' or 'open-door-day:<id>': stable, the base of the .ics UID. */
  key: string
  slug: string
  section: 'events' | 'openDoorDays'
  kind: CalendarKind
  format: EventFormat
  status: EventStatus
  startsAt: string
  endsAt: string
  /** Region code, or null for nationwide and online-only events. */
  region: string | null
  regionName: LocalizedName | null
  languages: string[]
  audience: LocalizedName | null
  title: LocalizedValue<string>
  summary: LocalizedName | null
  venue: Office | null
  venueAddress: LocalizedName | null
  onlineUrl: string | null
  sequence: number
  updatedAt: string
  event?: Event
  openDoorDay?: OpenDoorDay
}
type LocalizedName = LocalizedValue<string>

export function entryHref(lang: Locale, entry: CalendarEntry): string {
  return localizedUrl(lang, entry.section, entry.slug)
}

/** The entry's title in the page language or its fallback, and which language that is. */
export function entryTitle(lang: Locale, entry: CalendarEntry): { text: string; shown: Locale } {
  const { shown } = shownLanguage(entry.title, lang)
  return { text: pick(entry.title, shown) ?? entry.slug, shown }
}

export function localName(value: LocalizedName, lang: Locale): string | undefined {
  return pickAny(value, lang)
}

