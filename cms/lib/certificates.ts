import crypto from 'node:crypto'
import { and, eq, isNull } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { hasRole, isPublisher, userRegionIds } from '../access'
import { certificateCodeBytes, certificateCodeFromBytes, normalizeCertificateCode, verifyPath } from '../core/certificate'
import type { Locale } from '../core/locales'
import { anonymizedDomain } from './retention'
import { publicSiteUrl } from './siteUrl'

/**
 * Certificate codes: given once per attended registration by one conditional write ("set the code
 * where none is set yet"), so two sendings racing for the same registration end with one code, and
 * every later sending reuses it. The unique index on `certificateCode` refuses a (never expected)
 * duplicate. Retention keeps the code and the date: erasing the name leaves a certificate that is
 * still genuine for its event and date (the verify page says the name was erased).
 */

type Id = string | number

export const newCertificateCode = () => certificateCodeFromBytes(crypto.randomBytes(certificateCodeBytes))

export const verifyUrl = (lang: Locale, code: string) => `${publicSiteUrl()}${verifyPath(lang, code)}`

/** Sets a code on an attended registration that has none; true when this call set it. */
async function setCodeIfNone(payload: Payload, id: Id, code: string, issuedAt: string): Promise<boolean> {
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as { collections: Record<string, any> }).collections.registrations
    const result = await model.updateOne(
      { _id: id, status: 'attended', $or: [{ certificateCode: null }, { certificateCode: { $exists: false } }] },
      { $set: { certificateCode: code, certificateIssuedAt: new Date(issuedAt) } },
    )
    return result.modifiedCount > 0
  }
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
  const table = db.tables.registrations
  const rows = await db.drizzle
    .update(table)
    .set({ certificateCode: code, certificateIssuedAt: issuedAt })
    .where(and(eq(table.id, id), eq(table.status, 'attended'), isNull(table.certificateCode)))
    .returning({ id: table.id })
  return rows.length > 0
}

/**
 * The registration's certificate code, given now if it has none. Null when the registration is gone
 * or not marked attended (no certificate for someone who did not come).
 */
export async function ensureCertificateCode(payload: Payload, id: Id): Promise<{ code: string; issuedAt: string } | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const doc = await payload.findByID({
      collection: 'registrations',
      id,
      depth: 0,
      select: { status: true, certificateCode: true, certificateIssuedAt: true },
      overrideAccess: true,
      disableErrors: true,
    })
    if (!doc || doc.status !== 'attended') return null
    if (doc.certificateCode) return { code: doc.certificateCode, issuedAt: doc.certificateIssuedAt ?? '' }
    try {
      await setCodeIfNone(payload, id, newCertificateCode(), new Date().toISOString())
    } catch (error) {
      // A code collision (2^-80) or a racing writer: read again and, if still none, try a new code.
      payload.logger.warn({ err: error, msg: 'certificate code not set; trying again', registration: id })
    }
  }
  return null
}

type EventLike = { id: Id; region?: unknown }

/**
 * Whether the user may act on this event's registrations: the same rule as reading them
 * (cms/access registrationsStaff): admins and moderators, and organizers of the event's region.
 */
export function mayManageRegistrationsOf(user: unknown, event: EventLike): boolean {
  const u = user as Parameters<typeof isPublisher>[0]
  if (isPublisher(u)) return true
  if (!hasRole(u, 'organizer')) return false
  const region = event.region && typeof event.region === 'object' ? (event.region as { id?: Id }).id : (event.region as Id | undefined)
  return region !== undefined && region !== null && userRegionIds(u).some((id) => String(id) === String(region))
}

export type VerifiedCertificate = {
  code: string
  /** Null once retention erased the participant's name. */
  name: string | null
  eventTitle: string
  startsAt: string
  endsAt: string | null
}

/** What the public verify page may show for a code: name, event and dates, nothing else. */
export async function verifyCertificate(payload: Payload, rawCode: unknown, lang: Locale): Promise<VerifiedCertificate | null> {
  const code = normalizeCertificateCode(rawCode)
  if (!code) return null
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { certificateCode: { equals: code } },
    select: { name: true, email: true, event: true, status: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const registration = docs[0]
  // Taken back by staff (attendance unmarked after sending): no longer confirmed.
  if (!registration || registration.status !== 'attended') return null
  const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    depth: 0,
    joins: false,
    locale: lang,
    select: { title: true, startsAt: true, endsAt: true },
    overrideAccess: true,
    disableErrors: true,
  })
  if (!event) return null
  const erased = String(registration.email ?? '').endsWith(`@${anonymizedDomain}`)
  return { code, name: erased ? null : registration.name, eventTitle: event.title, startsAt: event.startsAt, endsAt: event.endsAt ?? null }
}
