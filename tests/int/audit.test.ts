import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeUser, quiet, seededPayload } from './helpers'

/** The audit log: sign-ins, publishing, unpublishing and deletions by people; admins read it, nobody edits it. */

let payload: Payload
let admin: Awaited<ReturnType<typeof makeUser>>
let organizer: Awaited<ReturnType<typeof makeUser>>
let region: string | number

beforeAll(async () => {
  payload = await seededPayload()
  region = (await payload.find({ collection: 'regions', limit: 1, overrideAccess: true })).docs[0]!.id
  admin = await makeUser(payload, ['admin'], 'audit-admin@kelisim.local')
  organizer = await makeUser(payload, ['organizer'], 'audit-organizer@kelisim.local', [region])
})

const entries = async (where: Record<string, unknown> = {}) =>
  (await payload.find({ collection: 'audit-log', where: where as never, sort: 'createdAt', limit: 0, pagination: false, overrideAccess: true })).docs as unknown as Array<Record<string, unknown>>

describe('audit log', () => {
  it('records who signed in, published, unpublished and deleted, and not a draft saved over a published page', async () => {
    await payload.login({ collection: 'users', data: { email: 'audit-admin@kelisim.local', password: 'correct-horse-battery-staple' } })
    const draft = await payload.create({
      collection: 'events',
      locale: 'kk',
      data: { title: 'Аудит', kind: 'round-table', format: 'online', status: 'scheduled', startsAt: new Date().toISOString(), region, _status: 'draft' } as never,
      draft: true,
      overrideAccess: false,
      user: organizer,
      context: quiet,
    })
    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'published' } as never, overrideAccess: false, user: admin, context: quiet })
    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'draft', title: 'Аудит 2' } as never, draft: true, overrideAccess: false, user: organizer, context: quiet })
    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'draft' } as never, overrideAccess: false, user: admin, context: quiet })
    await payload.delete({ collection: 'events', id: draft.id, overrideAccess: false, user: admin, context: quiet })

    const log = (await entries()).map((e) => [e.action, e.actorEmail, e.targetCollection, e.targetId && String(e.targetId)])
    expect(log).toEqual([
      ['sign-in', 'audit-admin@kelisim.local', 'users', String(admin.id)],
      ['publish', 'audit-admin@kelisim.local', 'events', String(draft.id)],
      ['unpublish', 'audit-admin@kelisim.local', 'events', String(draft.id)],
      ['delete', 'audit-admin@kelisim.local', 'events', String(draft.id)],
    ])
  })

  it('is read by admins only and edited by nobody', async () => {
    const [first] = await entries()
    expect((await payload.find({ collection: 'audit-log', overrideAccess: false, user: admin })).totalDocs).toBeGreaterThan(0)
    await expect(payload.find({ collection: 'audit-log', overrideAccess: false, user: organizer })).rejects.toThrow()
    await expect(payload.update({ collection: 'audit-log', id: first!.id as number, data: { summary: 'x' } as never, overrideAccess: false, user: admin })).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-log', id: first!.id as number, overrideAccess: false, user: admin })).rejects.toThrow()
    await expect(payload.create({ collection: 'audit-log', data: { action: 'delete' } as never, overrideAccess: false, user: admin })).rejects.toThrow()
  })
})
