import { formatRange } from './format'
import { icsCalendar } from './ics'
import type { Locale } from './locales'
import { fillMessage, registrationMailMessages } from './messages'
import { almatyOffsetMinutes } from './time'

/**
 * The registration e-mails, composed from plain facts (the job in cms/jobs gathers them): the
 * text in the registrant's language and, when the registrant holds a seat, the calendar entry.
 */

export const registrationMailKinds = ['confirmed', 'waiting', 'promoted', 'cancelled', 'reminder'] as const
export type RegistrationMailKind = (typeof registrationMailKinds)[number]

export type RegistrationMailFacts = {
  kind: RegistrationMailKind
  locale: Locale
  name: string
  reference: string
  /** Absolute cancel link (signed); left out of the cancellation notice. */
  cancelUrl: string
  waitingPosition?: number | null
  /** The answers to the event's questions as the registrant read them (label and answer in their language). */
  answers?: Array<{ question: string; answer: string }>
  event: {
    /** Stable calendar UID for the event. */
    uid: string
    title: string
    startsAt: string
    endsAt?: string | null
    /** Office name and address, or the address typed on the event. */
    place?: string | null
    onlineUrl?: string | null
    /** Absolute URL of the event page in the registrant's language. */
    url: string
    cancelled?: boolean
  }
  /** When the message is composed (DTSTAMP). */
  now: Date
}

export type ComposedMail = { subject: string; text: string; ics: string | null }

/** "UTC+5" (or "UTC+6" for dates before March 2024): the offset the times in the mail are in. */
export function utcOffsetLabel(iso: string | Date): string {
  const minutes = almatyOffsetMinutes(new Date(iso))
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`
}

/** Kinds that tell someone they hold a seat carry the calendar entry and the cancel link. */
const holdsSeat = (kind: RegistrationMailKind) => kind === 'confirmed' || kind === 'promoted' || kind === 'reminder'

const subjectKey = {
  confirmed: 'subjectConfirmed',
  waiting: 'subjectWaiting',
  promoted: 'subjectPromoted',
  cancelled: 'subjectCancelled',
  reminder: 'subjectReminder',
} as const

const bodyKey = {
  confirmed: 'bodyConfirmed',
  waiting: 'bodyWaiting',
  promoted: 'bodyPromoted',
  cancelled: 'bodyCancelled',
  reminder: 'bodyReminder',
} as const

export function composeRegistrationMail(facts: RegistrationMailFacts): ComposedMail {
  const { kind, locale, event } = facts
  const t = registrationMailMessages[locale]
  const values = { event: event.title, name: facts.name, position: facts.waitingPosition ?? '' }
  const when = `${formatRange(event.startsAt, event.endsAt, locale)} (${utcOffsetLabel(event.startsAt)})`
  const where = [event.place, event.onlineUrl ? `${t.onlineLabel}: ${event.onlineUrl}` : null].filter(Boolean).join('\n  ')

  const lines = [fillMessage(t.greeting, values), '', fillMessage(t[bodyKey[kind]], values), '']
  lines.push(`${t.whenLabel}: ${when}`)
  if (where) lines.push(`${t.whereLabel}: ${where}`)
  lines.push(`${t.referenceLabel}: ${facts.reference}`)
  const answered = (facts.answers ?? []).filter((a) => a.answer)
  if (answered.length && (kind === 'confirmed' || kind === 'waiting')) {
    lines.push('', `${t.answersLabel}:`, ...answered.map((a) => `  ${a.question}: ${a.answer}`), '')
  }
  lines.push(`${t.eventPageLabel}: ${event.url}`)
  if (kind !== 'cancelled') lines.push('', t.cancelLine, facts.cancelUrl)
  if (holdsSeat(kind)) lines.push('', t.calendarNote)
  lines.push('', '—', t.signature)

  const ics = holdsSeat(kind)
    ? icsCalendar({
        prodId: `-//Kelisim//Registrations//${locale.toUpperCase()}`,
        events: [
          {
            uid: event.uid,
            start: event.startsAt,
            end: event.endsAt,
            stamp: facts.now,
            summary: event.title,
            location: [event.place, event.onlineUrl].filter(Boolean).join(', ') || null,
            url: event.url,
            // The code only: calendars get shared, and the cancel link would let anyone cancel.
            description: `${t.referenceLabel}: ${facts.reference}`,
            status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
          },
        ],
      })
    : null

  return { subject: fillMessage(t[subjectKey[kind]], values), text: `${lines.join('\n')}\n`, ics }
}
