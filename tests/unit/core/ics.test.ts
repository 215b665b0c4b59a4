import { describe, expect, it } from 'vitest'

import { escapeIcsText, foldIcsLine, icsCalendar, icsUtc } from '../../../cms/core/ics'

const octets = (s: string) => new TextEncoder().encode(s).length

/** Undoes folding (RFC 5545 §3.1): a CRLF followed by one space or tab joins the lines. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

describe('icsUtc', () => {
  it('writes UTC in the basic format whatever offset the input had', () => {
    expect(icsUtc('2026-12-10T10:00:00+05:00')).toBe('20261210T050000Z')
    expect(icsUtc(new Date(Date.UTC(2024, 1, 29, 23, 59, 7, 450)))).toBe('20240229T235907Z')
  })

  it('refuses what is not a date', () => {
    expect(() => icsUtc('soon')).toThrow()
  })
})

describe('escapeIcsText', () => {
  it('escapes backslashes, semicolons, commas and every kind of line break', () => {
    expect(escapeIcsText('a\\b; c, d\ne\r\nf\rg')).toBe('a\\\\b\\; c\\, d\\ne\\nf\\ng')
  })

  it('leaves colons and quotes alone (only TEXT specials are escaped)', () => {
    expect(escapeIcsText('Алматы: "Достық үйі"')).toBe('Алматы: "Достық үйі"')
  })
})

describe('foldIcsLine', () => {
  it('keeps a short line as it is', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short')
  })

  it('folds at 75 octets, continuation lines starting with a space, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`
    const folded = foldIcsLine(line)
    const physical = folded.split('\r\n')
    expect(physical.length).toBeGreaterThan(2)
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75)
    expect(octets(physical[0]!)).toBe(75)
    for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true)
    expect(unfold(folded)).toBe(line)
  })

  it('never cuts a two-octet Kazakh letter in half', () => {
    const line = `SUMMARY:${'қ'.repeat(100)}`
    const folded = foldIcsLine(line)
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75)
      // A cut inside a UTF-8 sequence would decode to U+FFFD.
      expect(new TextDecoder().decode(new TextEncoder().encode(part))).not.toContain('\uFFFD')
    }
    expect(unfold(folded)).toBe(line)
  })
})

describe('icsCalendar', () => {
  const text = icsCalendar({
    prodId: '-//Kelisim//Registrations//KK',
    events: [
      {
        uid: 'event-42@kelisim.kz',
        start: '2026-12-10T10:00:00+05:00',
        end: '2026-12-10T13:30:00+05:00',
        stamp: '2026-11-23T05:00:00Z',
        summary: 'Медиация; негіздер, тәжірибе',
        location: 'Астана, Достық үйі, 1-қабат',
        url: 'https://kelisim.kz/kk/events/mediation-basics/',
        status: 'CONFIRMED',
      },
    ],
  })

  it('ends every line with CRLF and has no bare LF', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('holds the required properties with times in UTC and text escaped', () => {
    const lines = unfold(text).split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines).toContain('PRODID:-//Kelisim//Registrations//KK')
    expect(lines).toContain('UID:event-42@kelisim.kz')
    expect(lines).toContain('DTSTAMP:20261123T050000Z')
    expect(lines).toContain('DTSTART:20261210T050000Z')
    expect(lines).toContain('DTEND:20261210T083000Z')
    expect(lines).toContain('SUMMARY:Медиация\\; негіздер\\, тәжірибе')
    expect(lines).toContain('LOCATION:Астана\\, Достық үйі\\, 1-қабат')
    expect(lines).toContain('URL:https://kelisim.kz/kk/events/mediation-basics/')
    expect(lines).toContain('STATUS:CONFIRMED')
    expect(lines.indexOf('BEGIN:VEVENT')).toBeLessThan(lines.indexOf('END:VEVENT'))
    expect(lines.at(-2)).toBe('END:VCALENDAR')
  })

  it('gives an event without an end one hour', () => {
    const lines = unfold(icsCalendar({ prodId: 'x', events: [{ uid: 'u', start: '2026-01-01T00:00:00Z', stamp: '2026-01-01T00:00:00Z', summary: 's' }] })).split('\r\n')
    expect(lines).toContain('DTEND:20260101T010000Z')
  })
})

describe('foldIcsLine counts octets without encoding (build performance)', () => {
  /** The former implementation: TextEncoder on the line and on every character. */
  function foldByEncoding(line: string): string {
    const encoder = new TextEncoder()
    if (encoder.encode(line).length <= 75) return line
    const parts: string[] = []
    let current = ''
    let size = 0
    let limit = 75
    for (const char of line) {
      const n = encoder.encode(char).length
      if (size + n > limit) {
        parts.push(current)
        current = ''
        size = 0
        limit = 74
      }
      current += char
      size += n
    }
    parts.push(current)
    return parts.join('\r\n ')
  }
  it('folds exactly as encoding would, with 1- to 4-octet characters and lone surrogates', () => {
    const pieces = ['a', 'Ә', 'ж', '€', '😀', '\uD800', 'x\uDC00y', ' ']
    let seed = 7
    for (let n = 0; n < 300; n++) {
      let line = 'DESCRIPTION:'
      const length = n % 90
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        line += pieces[seed % pieces.length]
      }
      expect(foldIcsLine(line)).toBe(foldByEncoding(line))
    }
  })
})
