import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer, type ApiServer } from './apiServer'
import { makeUser, openEvent, quiet, seededPayload } from './helpers'

/**
 * "Give a seat now" over real HTTP: an organizer seats one waiting registration ahead of the queue,
 * through the same conditional write as the queue, so racing requests never oversell.
 */

let payload: Payload
let api: ApiServer
let moderator = ''
let other = ''
let regionA: number | string

async function login(email: string) {
  const response = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct-horse-battery-staple' }),
  })
  return ((await response.json()) as { token: string }).token
}

beforeAll(async () => {
  payload = await seededPayload()
  api = await startApiServer()
  const regions = (await payload.find({ collection: 'regions', limit: 2, sort: 'id', overrideAccess: true })).docs
  regionA = regions[0]!.id
  await makeUser(payload, ['moderator'], 'seat-moderator@kelisim.local')
  await makeUser(payload, ['organizer'], 'seat-other@kelisim.local', [regions[1]!.id])
  moderator = await login('seat-moderator@kelisim.local')
  other = await login('seat-other@kelisim.local')
})

afterAll(async () => {
  await api?.close()
})

const giveSeat = (token: string, id: number | string, lang = 'ru') =>
  fetch(`${api.url}/api/registrations/${id}/give-seat`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ lang }),
  })

/** An event of region A with `capacity` seats, `people` registrations (the first seated, the rest waiting). */
async function fullEvent(slug: string, capacity: number, people: number) {
  const event = await openEvent(payload, slug, capacity)
  await payload.update({ collection: 'events', id: event.id, data: { region: regionA } as never, overrideAccess: true, context: quiet })
  const ids: Array<number | string> = []
  for (let i = 0; i < people; i++) {
    const doc = await payload.create({
      collection: 'registrations',
      data: { event: event.id, name: `Участник ${i}`, email: `${slug}-${i}@example.kz`, consent: true, locale: 'ru' } as never,
      overrideAccess: false,
    })
    ids.push(doc.id)
  }
  return { event, ids }
}

const statuses = async (eventId: number | string) =>
  (await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, pagination: false, depth: 0, sort: 'id', overrideAccess: true })).docs

describe('POST /api/registrations/:id/give-seat', () => {
  it('refuses when no seat is free, in the organizer’s language, changing nothing', async () => {
    const { event, ids } = await fullEvent('give-seat-full', 1, 3)
    const response = await giveSeat(moderator, ids[2]!, 'kk')
    expect(response.status).toBe(409)
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/^Бос орын жоқ/)
    expect((await statuses(event.id)).map((r) => r.status)).toEqual(['confirmed', 'waiting', 'waiting'])
  })

  it('refuses an organizer of another region, and a registration that is not waiting', async () => {
    const { ids } = await fullEvent('give-seat-access', 1, 2)
    expect((await giveSeat(other, ids[1]!)).status).toBe(403)
    const seated = await giveSeat(moderator, ids[0]!, 'en')
    expect(seated.status).toBe(409)
    expect(((await seated.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe('This registration is not on the waiting list.')
    expect((await fetch(`${api.url}/api/registrations/${ids[1]}/give-seat`, { method: 'POST' })).status).toBe(401)
  })

  it('seats exactly one of 10 simultaneous requests for 1 free seat, skipping the queue, and mails the winner', async () => {
    const { event, ids } = await fullEvent('give-seat-race', 1, 11)
    // One more seat, written past the hooks so the queue does not take it first.
    await payload.db.updateOne({ collection: 'events', id: event.id, data: { registration: { capacity: 2 } }, returning: false })
    const waiting = ids.slice(1)
    const answers = await Promise.all(waiting.map((id) => giveSeat(moderator, id)))
    const codes = answers.map((r) => r.status).sort()
    expect(codes).toEqual([200, ...Array(9).fill(409)])
    const rows = await statuses(event.id)
    const confirmed = rows.filter((r) => r.status === 'confirmed')
    expect(confirmed).toHaveLength(2)
    expect(confirmed.map((r) => r.seat).sort()).toEqual([1, 2])
    const winner = confirmed.find((r) => r.id !== ids[0])!
    expect(waiting).toContain(winner.id)

    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendRegistrationEmail' } }, pagination: false, depth: 0, overrideAccess: true })
    const promoted = jobs.map((j) => j.input as { registration: string; kind: string }).filter((i) => i.kind === 'promoted')
    expect(promoted.map((i) => i.registration)).toEqual([String(winner.id)])
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'give-seat' } }, overrideAccess: true })
    expect(audit.docs.map((d) => d.targetId)).toContain(String(winner.id))
  })
})
