import type { Payload } from 'payload'

import { retentionMonthsFrom } from '../core/consent'
import { keyForNoSeat } from './seats'

/**
 * What the consent text promises: a registration's personal data is erased a set number of months
 * after its event (KELISIM_RETENTION_MONTHS, default 12). The record itself stays, stripped of
 * everything that names a person, so counts by event, status and region remain for statistics.
 * Failed jobs (their input names a registration) go after a month.
 */

export const anonymizedDomain = 'anonymized.invalid'
const failedJobsKeptDays = 30
const batch = 200

export type RetentionResult = { anonymized: number; failedJobsRemoved: number }

/** The instant before which an event's registrations lose their personal data. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

export async function purgeExpiredData(payload: Payload, now = new Date(), months = retentionMonthsFrom(process.env.KELISIM_RETENTION_MONTHS)): Promise<RetentionResult> {
  const cutoff = retentionCutoff(now, months).toISOString()
  let anonymized = 0
  // Events over before the cutoff: ended then, or (no end given) started then.
  for (let page = 1; ; page++) {
    const events = await payload.find({
      collection: 'events',
      where: {
        or: [
          { endsAt: { less_than: cutoff } },
          { and: [{ endsAt: { exists: false } }, { startsAt: { less_than: cutoff } }] },
        ],
      },
      select: { id: true },
      depth: 0,
      joins: false,
      limit: batch,
      page,
      draft: true,
      overrideAccess: true,
    })
    const ids = events.docs.map((e) => e.id)
    if (ids.length) anonymized += await anonymizeRegistrationsOf(payload, ids)
    if (!events.hasNextPage) break
  }
  const { docs: failed } = await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [{ hasError: { equals: true } }, { updatedAt: { less_than: new Date(now.getTime() - failedJobsKeptDays * 86_400_000).toISOString() } }],
    },
    overrideAccess: true,
  })
  const result = { anonymized, failedJobsRemoved: failed.length }
  if (result.anonymized || result.failedJobsRemoved) payload.logger.info({ msg: 'Expired personal data removed', ...result, months })
  return result
}

async function anonymizeRegistrationsOf(payload: Payload, eventIds: Array<string | number>): Promise<number> {
  let done = 0
  // Paged by id over a set that does not change (the updates keep every row in it), so each row is
  // seen once; rows erased by an earlier run are recognized and skipped.
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'registrations',
      where: { event: { in: eventIds } },
      select: { reference: true, email: true },
      sort: 'id',
      depth: 0,
      limit: batch,
      page,
      overrideAccess: true,
    })
    for (const doc of result.docs) {
      if (String(doc.email).endsWith(`@${anonymizedDomain}`)) continue
      const reference = String(doc.reference)
      // Straight to the adapter: no hook may re-derive keys from the old e-mail or send mail, and the
      // unique keys become the registration's own filler, which can collide with nothing.
      await payload.db.updateOne({
        collection: 'registrations',
        id: doc.id,
        data: {
          name: '—',
          email: `${reference.toLowerCase()}@${anonymizedDomain}`,
          phone: null,
          organization: null,
          activeKey: keyForNoSeat(reference),
        },
        returning: false,
      })
      done++
    }
    if (!result.hasNextPage) return done
  }
}
