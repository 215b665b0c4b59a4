/**
 * Links that put an event into someone's calendar or map: Google Calendar and Outlook templates,
 * webcal: subscriptions, OpenStreetMap and geo: (RFC 5870). Pure string builders.
 */
import { icsUtc } from './ics'

export type LinkEvent = { title: string; startsAt: string; endsAt: string; details?: string; location?: string }

/** Google Calendar's "add event" template, times in UTC, shown in Asia/Almaty. */
export function googleCalendarUrl(e: LinkEvent): string {
  const q = new URLSearchParams({ action: 'TEMPLATE', text: e.title, dates: `${icsUtc(e.startsAt)}/${icsUtc(e.endsAt)}`, ctz: 'Asia/Almaty' })
  if (e.details) q.set('details', e.details)
  if (e.location) q.set('location', e.location)
  return `https://calendar.google.com/calendar/render?${q}`
}

/** Outlook on the web's compose form; ISO times with Z are taken as UTC. */
export function outlookCalendarUrl(e: LinkEvent): string {
  const iso = (v: string) => new Date(v).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const q = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: e.title, startdt: iso(e.startsAt), enddt: iso(e.endsAt) })
  if (e.details) q.set('body', e.details)
  if (e.location) q.set('location', e.location)
  return `https://outlook.live.com/calendar/0/action/compose?${q}`
}

/** The same feed as a webcal: link, which calendar apps open as a subscription. */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:\/\//, 'webcal://')
}

/** OpenStreetMap at the coordinates when known, otherwise its search for the address. */
export function openStreetMapUrl(place: { lat?: number | null; lng?: number | null; address?: string | null }): string | null {
  if (typeof place.lat === 'number' && typeof place.lng === 'number') {
    return `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lng}#map=17/${place.lat}/${place.lng}`
  }
  return place.address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(place.address)}` : null
}

/** geo: URI (RFC 5870) at the coordinates, or geo:0,0?q= with the address (understood by phone map apps). */
export function geoUri(place: { lat?: number | null; lng?: number | null; address?: string | null }): string | null {
  if (typeof place.lat === 'number' && typeof place.lng === 'number') return `geo:${place.lat},${place.lng}`
  return place.address ? `geo:0,0?q=${encodeURIComponent(place.address)}` : null
}

/** Coordinates of a venue in whatever shape it stores them (lat/lng fields or a [lng, lat] point), or null. */
export function coordinatesOf(venue: unknown): { lat: number; lng: number } | null {
  if (!venue || typeof venue !== 'object') return null
  const v = venue as { lat?: unknown; lng?: unknown; location?: unknown; coordinates?: unknown }
  if (typeof v.lat === 'number' && typeof v.lng === 'number') return { lat: v.lat, lng: v.lng }
  const point = Array.isArray(v.location) ? v.location : Array.isArray(v.coordinates) ? v.coordinates : null
  if (point && typeof point[0] === 'number' && typeof point[1] === 'number') return { lat: point[1], lng: point[0] }
  return null
}
