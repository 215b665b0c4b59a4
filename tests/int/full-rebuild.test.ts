import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { fullRebuildEndpoint } from '../../cms/endpoints/fullRebuild'
import { makeUser, seededPayload } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await seededPayload()
})

const post = (user: unknown) =>
  fullRebuildEndpoint.handler({ payload, user, headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }) } as unknown as PayloadRequest)

describe('the admin’s Full rebuild', () => {
  it('queues a build that renders every page, for admins and moderators only', async () => {
    const organizer = await makeUser(payload, ['organizer'], 'org-full@example.kz')
    expect((await post(organizer)).status).toBe(403)
    expect((await post(null)).status).toBe(403)
    const moderator = await makeUser(payload, ['moderator'], 'mod-full@example.kz')
    const answer = await post(moderator)
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe('/admin')
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.input).toMatchObject({ full: true, reason: 'full rebuild asked for by mod-full@example.kz' })
  })
})
