import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '../access'
import { localeFromAcceptLanguage, localeOr, type Locale } from '../core/locales'
import { fillMessage } from '../core/messages'
import { organizerActionMessages, type OrganizerActionMessages } from '../core/organizerActions'
import { recordAudit } from '../lib/audit'
import { mayManageRegistrationsOf } from '../lib/certificates'
import { giveSeatNow } from '../lib/seats'
import { queueCertificate } from '../jobs/sendCertificate'
import { readPublicBody } from './publicRequest'

/**
 * The organizer's actions on registrations in the admin, each checked against the same rule as
 * reading the event's registrations (admins, moderators, organizers of the event's region), each
 * audited:
 * - POST /api/registrations/:id/give-seat — seats one waiting registration now (cms/lib/seats.ts
 *   giveSeatNow: the conditional single-statement reservation; 409 when no seat is free);
 * - POST /api/registrations/send-certificates `{ event }` or `{ registration }` — queues the
 *   certificate job for the event's attended registrations, or one of them (202).
 * Answers JSON `{ message }` in the admin's language (`lang`, else the admin's).
 */

type Id = string | number
type Fields = Record<string, unknown>

async function readFields(req: PayloadRequest): Promise<Fields> {
  const body = await readPublicBody(req, 4096)
  return body.kind === 'ok' ? body.fields : {}
}

const langOf = (req: PayloadRequest, fields: Fields): Locale =>
  localeOr(fields.lang, localeOr(req.searchParams?.get('lang'), localeOr(req.i18n?.language, localeFromAcceptLanguage(req.headers.get('accept-language')))))

const answer = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  Response.json(status < 400 ? { message, ...extra } : { errors: [{ message }], ...extra }, { status, headers: { 'Cache-Control': 'no-store' } })

const asId = (payload: Payload, value: unknown): Id | null => {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
  if (!text || text.length > 40 || !/^[\w-]+$/.test(text)) return null
  return payload.db.defaultIDType === 'number' ? (/^\d+$/.test(text) ? Number(text) : null) : text
}

async function findRegistration(payload: Payload, id: Id | null) {
  if (id === null) return null
  return payload.findByID({ collection: 'registrations', id, depth: 0, overrideAccess: true, disableErrors: true }).catch(() => null)
}

async function findEvent(payload: Payload, id: unknown) {
  const eventId = typeof id === 'object' && id ? (id as { id: Id }).id : (id as Id | null)
  if (eventId === null || eventId === undefined) return null
  return payload
    .findByID({ collection: 'events', id: eventId, depth: 0, joins: false, draft: true, select: { region: true, title: true }, overrideAccess: true, disableErrors: true })
    .catch(() => null)
}

/** The event of the request if the signed-in user may manage its registrations; else the refusal. */
async function eventFor(req: PayloadRequest, t: OrganizerActionMessages, eventRef: unknown) {
  if (!isStaffUser(req.user as never)) return { refusal: answer(req.user ? 403 : 401, t.forbidden) }
  const event = await findEvent(req.payload, eventRef)
  if (!event) return { refusal: answer(404, t.notFound) }
  if (!mayManageRegistrationsOf(req.user, event)) return { refusal: answer(403, t.forbidden) }
  return { event }
}

export const giveSeatEndpoint: Endpoint = {
  path: '/:id/give-seat',
  method: 'post',
  handler: async (req) => {
    const fields = await readFields(req)
    const t = organizerActionMessages[langOf(req, fields)]
    if (!isStaffUser(req.user as never)) return answer(req.user ? 403 : 401, t.forbidden)
    const registration = await findRegistration(req.payload, asId(req.payload, req.routeParams?.id))
    if (!registration) return answer(404, t.notFound)
    const { refusal } = await eventFor(req, t, registration.event)
    if (refusal) return refusal
    if (registration.status !== 'waiting') return answer(409, t.notWaiting)
    const result = await giveSeatNow(req.payload, registration, req)
    if (result === 'notWaiting') return answer(409, t.notWaiting)
    if (result === 'noSeatFree') return answer(409, t.noSeatFree)
    await recordAudit(req, { action: 'give-seat', targetCollection: 'registrations', targetId: registration.id, summary: registration.reference ?? undefined })
    return answer(200, t.seatGiven, { status: 'confirmed' })
  },
}

export const sendCertificatesEndpoint: Endpoint = {
  path: '/send-certificates',
  method: 'post',
  handler: async (req) => {
    const fields = await readFields(req)
    const t = organizerActionMessages[langOf(req, fields)]
    if (!isStaffUser(req.user as never)) return answer(req.user ? 403 : 401, t.forbidden)
    const payload = req.payload
    let ids: Id[]
    let eventRef: unknown
    if (fields.registration !== undefined) {
      const registration = await findRegistration(payload, asId(payload, fields.registration))
      if (!registration) return answer(404, t.notFound)
      eventRef = registration.event
      const { refusal } = await eventFor(req, t, eventRef)
      if (refusal) return refusal
      if (registration.status !== 'attended') return answer(409, t.notAttended)
      ids = [registration.id]
    } else {
      eventRef = asId(payload, fields.event)
      const { refusal } = await eventFor(req, t, eventRef)
      if (refusal) return refusal
      const { docs } = await payload.find({
        collection: 'registrations',
        where: { and: [{ event: { equals: eventRef } }, { status: { equals: 'attended' } }] },
        select: { status: true },
        sort: 'id',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      if (!docs.length) return answer(409, t.noneAttended)
      ids = docs.map((d) => d.id)
    }
    for (const id of ids) await queueCertificate({ payload, req, registrationId: id })
    await recordAudit(req, {
      action: 'send-certificates',
      targetCollection: fields.registration !== undefined ? 'registrations' : 'events',
      targetId: fields.registration !== undefined ? ids[0] : (eventRef as Id),
      summary: `${ids.length} certificate(s) queued`,
    })
    return answer(202, fillMessage(t.certificatesQueued, { count: ids.length }), { queued: ids.length })
  },
}
