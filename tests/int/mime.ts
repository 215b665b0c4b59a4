/**
 * Just enough MIME to read what nodemailer writes (tests only): headers with RFC 2047 encoded
 * words, multipart bodies, base64 and quoted-printable parts.
 */
export type MimePart = { headers: Record<string, string>; body: Buffer; parts: MimePart[] }

function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([BQbq])\?([^?]*)\?=/g, (_, _charset: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')).toString('utf8'),
  )
}

function decodeQp(text: string): Buffer {
  const soft = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'))
  }
  return Buffer.from(bytes)
}

export function parseMime(raw: string): MimePart {
  const split = raw.search(/\r?\n\r?\n/)
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '')
  const headers: Record<string, string> = {}
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim())
  }
  const type = headers['content-type'] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const pieces = body.split(`--${boundary}`).slice(1)
    const parts = pieces.filter((p) => !p.startsWith('--')).map((p) => parseMime(p.replace(/^\r?\n/, '')))
    return { headers, body: Buffer.alloc(0), parts }
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  const decoded = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : encoding === 'quoted-printable' ? decodeQp(body) : Buffer.from(body, 'utf8')
  return { headers, body: decoded, parts: [] }
}

/** Every leaf part, depth first. */
export function leaves(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(leaves) : [part]
}

export function textOf(message: MimePart): string {
  const text = leaves(message).find((p) => (p.headers['content-type'] ?? 'text/plain').startsWith('text/plain'))
  return text ? text.body.toString('utf8') : ''
}

export function calendarOf(message: MimePart): string | null {
  const ics = leaves(message).find((p) => (p.headers['content-type'] ?? '').startsWith('text/calendar'))
  return ics ? ics.body.toString('utf8') : null
}

/** A minimal RFC 5545 reader: unfolds, checks the nesting, returns the VEVENT properties. */
export function parseIcsEvent(text: string): Record<string, string> {
  if (/[^\r]\n/.test(text)) throw new Error('bare LF in iCalendar text')
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR') throw new Error('not a VCALENDAR')
  const begin = lines.indexOf('BEGIN:VEVENT')
  const end = lines.indexOf('END:VEVENT')
  if (begin < 0 || end < begin) throw new Error('no VEVENT')
  const props: Record<string, string> = {}
  for (const line of lines.slice(begin + 1, end)) {
    const colon = line.indexOf(':')
    props[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1)
  }
  for (const required of ['UID', 'DTSTAMP', 'DTSTART']) if (!props[required]) throw new Error(`VEVENT without ${required}`)
  return props
}
