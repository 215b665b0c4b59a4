/**
 * iCalendar (RFC 5545) text for events: the attachment of a registration e-mail now, the calendar
 * feeds later. Pure: strings in, a string out.
 */

export type IcsEvent = {
  /** Stable for the event across every export, so calendars update the entry instead of adding one. */
  uid: string
  start: Date | string
  /** Without an end the event lasts one hour (RFC 5545 would make it a zero-length point). */
  end?: Date | string | null
  summary: string
  description?: string | null
  location?: string | null
  url?: string | null
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'
  /** When this text was produced; callers pass it so output is reproducible. */
  stamp: Date | string
  /** Bumped when an event changes so clients replace their copy. */
  sequence?: number
  /** Coordinates of the venue (GEO, §3.8.1.6), when known. */
  geo?: { lat: number; lng: number } | null
  /** Kind labels (CATEGORIES). */
  categories?: string[]
}

const CRLF = '\r\n'
const maxOctets = 75

/** A UTC date-time in the basic format: 20261210T050000Z. */
export function icsUtc(value: Date | string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(value)}`)
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** UTF-8 octets of one code point (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
const octetsOf = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)
/** UTF-8 length of a string without encoding it (the feeds fold thousands of lines). */
function utf8Length(text: string): number {
  let octets = 0
  for (const char of text) octets += octetsOf(char.codePointAt(0)!)
  return octets
}

/**
 * Folds a content line so no physical line exceeds 75 octets (§3.1); continuation lines start with
 * one space, which counts toward their 75. Cuts between characters, never inside a UTF-8 sequence
 * (Kazakh and Russian letters take two octets each).
 */
export function foldIcsLine(line: string): string {
  if (line.length * 3 <= maxOctets || utf8Length(line) <= maxOctets) return line
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = maxOctets
  for (const char of line) {
    const size = octetsOf(char.codePointAt(0)!)
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = maxOctets - 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

function eventLines(event: IcsEvent): string[] {
  const start = new Date(event.start)
  const end = event.end ? new Date(event.end) : new Date(start.getTime() + 3600_000)
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(end)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
  ]
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`)
  if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`)
  if (event.geo) lines.push(`GEO:${event.geo.lat.toFixed(6)};${event.geo.lng.toFixed(6)}`)
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeIcsText).join(',')}`)
  // URL is a URI value, not TEXT: no escaping, only folding.
  if (event.url) lines.push(`URL:${event.url}`)
  lines.push(`STATUS:${event.status ?? 'CONFIRMED'}`)
  if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`)
  lines.push('END:VEVENT')
  return lines
}

/**
 * A whole VCALENDAR (METHOD:PUBLISH: a copy to keep, not an invitation to answer), CRLF-terminated.
 * Times are written in UTC, so no VTIMEZONE is needed and historical offsets (UTC+6 before March
 * 2024) are exact; X-WR-TIMEZONE tells clients which zone to show them in. `refresh` (an ISO 8601
 * duration such as 'PT12H') marks a subscribable calendar.
 */
export function icsCalendar(args: { prodId: string; name?: string; timeZone?: string; refresh?: string; events: IcsEvent[] }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${args.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']
  if (args.name) lines.push(`X-WR-CALNAME:${escapeIcsText(args.name)}`, `NAME:${escapeIcsText(args.name)}`)
  if (args.timeZone) lines.push(`X-WR-TIMEZONE:${args.timeZone}`)
  if (args.refresh) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${args.refresh}`, `X-PUBLISHED-TTL:${args.refresh}`)
  for (const event of args.events) lines.push(...eventLines(event))
  lines.push('END:VCALENDAR')
  return lines.map(foldIcsLine).join(CRLF) + CRLF
}
