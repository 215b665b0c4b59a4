import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runQueuedJobs } from '../../cms/jobs'
import { makeUser, quiet, seededPayload } from './helpers'
import { parseMime, textOf } from './mime'

/**
 * The review workflow: an organizer submits a draft, the moderators are told by e-mail (jobs
 * queue), a moderator sends it back with a comment or publishes it, and the author is told.
 */

let payload: Payload
let organizer: Awaited<ReturnType<typeof makeUser>>
let moderator: Awaited<ReturnType<typeof makeUser>>
let region: string | number
const mailDir = () => path.join(process.env.KELISIM_DATA_DIR!, 'mail')

beforeAll(async () => {
  payload = await seededPayload()
  region = (await payload.find({ collection: 'regions', limit: 1, overrideAccess: true })).docs[0]!.id
  organizer = await makeUser(payload, ['organizer'], 'review-organizer@kelisim.local', [region])
  moderator = await makeUser(payload, ['moderator'], 'review-moderator@kelisim.local')
})

/** Runs the queued review mail and returns the new messages (to, subject, text). */
async function newMail() {
  const before = new Set(fs.existsSync(mailDir()) ? fs.readdirSync(mailDir()) : [])
  await runQueuedJobs(payload, 'email')
  return fs
    .readdirSync(mailDir())
    .filter((f) => !before.has(f))
    .map((f) => parseMime(fs.readFileSync(path.join(mailDir(), f), 'utf8')))
    .map((m) => ({ to: m.headers.to ?? '', subject: m.headers.subject ?? '', text: textOf(m) }))
}

const stateOf = async (id: string | number) =>
  (await payload.findByID({ collection: 'events', id, draft: true, overrideAccess: true, depth: 0 })) as unknown as { reviewState: string; _status: string; submittedBy?: unknown }

describe('review workflow', () => {
  it('draft → submitted (moderators told) → sent back with a comment (author told) → submitted → published (author told)', async () => {
    const as = (user: typeof organizer) => ({ overrideAccess: false, user, context: quiet, locale: 'kk' as const })
    const event = await payload.create({
      collection: 'events',
      data: { title: 'Медиация мектебі', kind: 'seminar-training', format: 'offline', status: 'scheduled', startsAt: new Date().toISOString(), region, _status: 'draft' } as never,
      draft: true,
      ...as(organizer),
    })
    expect((await stateOf(event.id)).reviewState).toBe('draft')

    // An organizer cannot send their own work back or mark it reviewed.
    await payload.update({ collection: 'events', id: event.id, data: { _status: 'draft', reviewState: 'returned' } as never, draft: true, ...as(organizer) })
    expect((await stateOf(event.id)).reviewState).toBe('draft')

    await payload.update({ collection: 'events', id: event.id, data: { _status: 'draft', reviewState: 'submitted' } as never, draft: true, ...as(organizer) })
    const submitted = await stateOf(event.id)
    expect(submitted.reviewState).toBe('submitted')
    expect(String(submitted.submittedBy)).toBe(String(organizer.id))
    let mail = await newMail()
    expect(mail.map((m) => m.to)).toEqual([expect.stringContaining('review-moderator@kelisim.local')])
    expect(mail[0]!.text).toContain('Медиация мектебі')
    expect(mail[0]!.text).toContain('review-organizer@kelisim.local')
    expect(mail[0]!.text).toContain(`/admin/collections/events/${event.id}`)

    await payload.update({ collection: 'events', id: event.id, data: { _status: 'draft', reviewState: 'returned', reviewComment: 'Мекенжайды нақтылаңыз' } as never, draft: true, ...as(moderator) })
    expect((await stateOf(event.id)).reviewState).toBe('returned')
    mail = await newMail()
    expect(mail.map((m) => m.to)).toEqual([expect.stringContaining('review-organizer@kelisim.local')])
    expect(mail[0]!.text).toContain('Мекенжайды нақтылаңыз')

    await payload.update({ collection: 'events', id: event.id, data: { _status: 'draft', reviewState: 'submitted' } as never, draft: true, ...as(organizer) })
    await newMail()
    await payload.update({ collection: 'events', id: event.id, data: { _status: 'published' } as never, ...as(moderator) })
    const published = await stateOf(event.id)
    expect(published._status).toBe('published')
    expect(published.reviewState).toBe('draft')
    mail = await newMail()
    expect(mail.map((m) => m.to)).toEqual([expect.stringContaining('review-organizer@kelisim.local')])
    expect(mail[0]!.subject).toContain('Published')
  })
})
