import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { localeOr } from '../core/locales'
import { composeRegistrationMail, registrationMailKinds, type RegistrationMailKind } from '../core/registrationMail'
import { yesNoLabels } from '../core/registrationExport'
import { answerText, questionsFor, type StoredQuestion } from '../core/registrationQuestions'
import { localizedUrl } from '../core/urls'
import { cancelPath } from '../lib/cancelToken'
import { waitingPosition } from '../lib/seats'
import { publicSiteUrl } from '../lib/siteUrl'

/**
 * Registration e-mails as jobs in Payload's queue: a request only writes the job (in its
 * transaction on MongoDB), the runner sends it, and a failed send (SMTP down) is retried with
 * backoff instead of failing or slowing the participant's request.
 */

export const sendRegistrationEmailSlug = 'sendRegistrationEmail'
/** Its own queue and runner entry: mail never waits behind a site build, nor a build behind mail. */
export const emailQueue = 'email'
/** The reminder goes this long before the start. */
export const reminderLeadMs = 24 * 3600_000
/** A reminder found this much too early (the event moved later) is queued again for the new time. */
const movedTolerance = 3600_000

type Id = string | number
type SendIO = { input: { registration: string; kind: RegistrationMailKind }; output: { sent: boolean; skipped?: string } }

const toId = (payload: Payload, id: string): Id => (payload.db.defaultIDType === 'number' ? Number(id) : id)

export function queueRegistrationEmail(args: { payload: Payload; req?: PayloadRequest; registrationId: Id; kind: RegistrationMailKind; waitUntil?: Date }) {
  return args.payload.jobs.queue({
    task: sendRegistrationEmailSlug,
    queue: emailQueue,
    input: { registration: String(args.registrationId), kind: args.kind },
    waitUntil: args.waitUntil,
    req: args.req,
  })
}

/** The reminder's time for an event start, or null once that time has passed. */
export function reminderTime(startsAt: string | Date, now = new Date()): Date | null {
  const at = new Date(new Date(startsAt).getTime() - reminderLeadMs)
  return at.getTime() > now.getTime() ? at : null
}

/** Queues the day-before reminder of a registration that holds a seat (none when it is too late). */
export async function scheduleReminder(args: { payload: Payload; req?: PayloadRequest; registrationId: Id; startsAt: string }) {
  const at = reminderTime(args.startsAt)
  if (!at) return null
  return queueRegistrationEmail({ ...args, kind: 'reminder', waitUntil: at })
}

type Office = { name?: string | null; settlement?: string | null; address?: string | null }

function placeOf(event: { venueOffice?: unknown; venueAddress?: string | null; format?: string | null }): string | null {
  const office = typeof event.venueOffice === 'object' && event.venueOffice ? (event.venueOffice as Office) : null
  if (office) return [office.name, office.settlement, office.address].filter(Boolean).join(', ')
  return event.venueAddress || null
}

export const sendRegistrationEmailTask: TaskConfig<SendIO> = {
  slug: sendRegistrationEmailSlug,
  label: 'Send a registration e-mail',
  inputSchema: [
    { name: 'registration', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: [...registrationMailKinds] },
  ],
  outputSchema: [
    { name: 'sent', type: 'checkbox', required: true },
    { name: 'skipped', type: 'text' },
  ],
  // 1, 2, 4, 8, 16 minutes: rides out an SMTP restart or a short outage.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const payload = req.payload
    const skip = (why: string) => {
      payload.logger.info({ msg: 'Registration e-mail not sent', kind: input.kind, registration: input.registration, why })
      return { output: { sent: false, skipped: why } }
    }
    const registration = await payload.findByID({ collection: 'registrations', id: toId(payload, input.registration), depth: 0, overrideAccess: true, disableErrors: true })
    if (!registration) return skip('registration deleted')
    const locale = localeOr(registration.locale)
    const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
    const event = await payload.findByID({ collection: 'events', id: eventId, depth: 1, joins: false, locale, overrideAccess: true, disableErrors: true })
    if (!event) return skip('event deleted')

    // A seat notice that arrives after the participant cancelled would only confuse: the
    // cancellation notice tells the rest.
    if (input.kind !== 'cancelled' && registration.status === 'cancelled') return skip('registration cancelled since')
    if (input.kind === 'reminder') {
      // Checked when it runs, not when it was queued: a day or weeks may have passed.
      if (registration.status !== 'confirmed') return skip(`registration is ${registration.status}`)
      if (event.status === 'cancelled' || event.status === 'postponed') return skip(`event is ${event.status}`)
      // A runner that was down sends late rather than not at all, as long as the event is ahead.
      if (new Date(event.startsAt).getTime() <= Date.now()) return skip('event has started')
      const due = new Date(event.startsAt).getTime() - reminderLeadMs
      if (due - Date.now() > movedTolerance) {
        await scheduleReminder({ payload, req, registrationId: registration.id, startsAt: event.startsAt })
        return skip('event moved later; reminder queued again')
      }
    }

    const siteUrl = publicSiteUrl()
    // The event's questions in the registrant's language, each with the answer as they read it.
    const stored = (event as { registration?: { questions?: StoredQuestion[] | null } }).registration?.questions
    const given = (registration.answers ?? {}) as Record<string, unknown>
    const answers = questionsFor(stored, locale).map((q) => ({
      question: q.label,
      answer: answerText(q, typeof given[q.key] === 'string' ? (given[q.key] as string) : undefined, yesNoLabels[locale]),
    }))
    const mail = composeRegistrationMail({
      answers,
      kind: input.kind,
      locale,
      name: registration.name,
      reference: registration.reference ?? '',
      cancelUrl: `${siteUrl}${cancelPath(payload.secret, registration.reference ?? '')}`,
      waitingPosition: input.kind === 'waiting' ? await waitingPosition(payload, registration) : null,
      event: {
        uid: `event-${event.id}@${new URL(siteUrl).hostname}`,
        title: event.title,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        place: event.format === 'online' ? null : placeOf(event),
        onlineUrl: event.format === 'offline' ? null : event.onlineUrl,
        url: `${siteUrl}${localizedUrl(locale, 'events', event.slug ?? '')}`,
        cancelled: event.status === 'cancelled',
      },
      now: new Date(),
    })
    // Throws when the server refuses or cannot be reached: the queue retries (see retries above).
    await payload.sendEmail({
      to: registration.email,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.ics ? [{ filename: 'event.ics', content: mail.ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] : undefined,
    })
    return { output: { sent: true } }
  },
}
