import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { anonymizedDomain, purgeExpiredData } from '../../cms/lib/retention'
import { openEvent, quiet, seededPayload } from './helpers'

/** The retention the consent text promises: personal data erased N months after the event, counts kept. */

let payload: Payload
const month = 30 * 86_400_000

beforeAll(async () => {
  payload = await seededPayload()
})

async function eventWithRegistrations(slug: string, emails: string[]) {
  const event = await openEvent(payload, slug, 10)
  for (const email of emails) {
    await payload.create({
      collection: 'registrations',
      data: { event: event.id, name: 'Нұрлан Әбдірахманов', email, phone: '+7 701 000 00 00', organization: 'ТОО «Пример»', region: 'astana', consent: true, locale: 'kk' } as never,
      overrideAccess: true,
    })
  }
  return event
}

const moveTo = (id: number | string, startsAt: Date) =>
  payload.update({ collection: 'events', id, data: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString() } as never, overrideAccess: true, context: quiet })

const registrationsOf = async (eventId: number | string) =>
  (await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, sort: 'createdAt', depth: 0, overrideAccess: true })).docs

describe('purgeExpiredData', () => {
  it('erases names, e-mails, phones and organizations of registrations to events over 12 months ago, keeping statuses and counts', async () => {
    const old = await eventWithRegistrations('retention-old', ['old1@example.kz', 'old2@example.kz'])
    const recent = await eventWithRegistrations('retention-recent', ['recent@example.kz'])
    const now = new Date()
    await moveTo(old.id, new Date(now.getTime() - 13 * month))
    await moveTo(recent.id, new Date(now.getTime() - 2 * month))
    const before = await registrationsOf(old.id)

    const result = await purgeExpiredData(payload, now, 12)
    expect(result.anonymized).toBe(2)

    const after = await registrationsOf(old.id)
    expect(after).toHaveLength(2)
    for (const [i, registration] of after.entries()) {
      expect(registration.email).toBe(`${String(before[i]!.reference).toLowerCase()}@${anonymizedDomain}`)
      expect(JSON.stringify(registration)).not.toMatch(/Нұрлан|old\d@example|701 000|Пример/)
      expect(registration.status).toBe(before[i]!.status)
      expect(registration.region).toBe('astana')
    }
    expect((await registrationsOf(recent.id))[0]!.email).toBe('recent@example.kz')

    // A second run finds nothing left to do.
    expect((await purgeExpiredData(payload, now, 12)).anonymized).toBe(0)
  })

  it('removes failed jobs after a month and keeps recent ones for admins to read', async () => {
    const stale = await payload.create({ collection: 'payload-jobs', data: { taskSlug: 'sendRegistrationEmail', input: {}, hasError: true, queue: 'email' } as never, overrideAccess: true })
    const fresh = await payload.create({ collection: 'payload-jobs', data: { taskSlug: 'sendRegistrationEmail', input: {}, hasError: true, queue: 'email' } as never, overrideAccess: true })
    await payload.db.updateOne({ collection: 'payload-jobs', id: stale.id, data: { updatedAt: new Date(Date.now() - 40 * 86_400_000).toISOString() }, returning: false })
    const result = await purgeExpiredData(payload, new Date(), 12)
    expect(result.failedJobsRemoved).toBe(1)
    const left = await payload.find({ collection: 'payload-jobs', where: { id: { in: [stale.id, fresh.id] } }, overrideAccess: true })
    expect(left.docs.map((j) => j.id)).toEqual([fresh.id])
  })
})
