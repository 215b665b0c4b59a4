import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { newReference } from '../../cms/lib/cancelToken'
import { cancelRegistration, fillFreeSeatsOnce, keyForNoSeat, seatStore } from '../../cms/lib/seats'
import { startApiServer, type ApiServer } from './apiServer'
import { openEvent, seededPayload } from './helpers'

/**
 * The seat mechanism under bursts of simultaneous requests, on the real SQLite database: through
 * the Local API and through HTTP (a real server with Payload's REST routing). What must hold:
 * never more seated than the capacity, one registration per e-mail, every answer true to what
 * was stored, and the waiting list in order of arrival.
 */

let payload: Payload
let api: ApiServer

beforeAll(async () => {
  payload = await seededPayload()
  api = await startApiServer()
})

afterAll(async () => {
  await api?.close()
})

const person = (i: number) => ({ name: `Қатысушы ${i}`, email: `p${i}@example.kz`, consent: true })

type Stored = { id: number; email: string; status: string; seat: number | null; reference: string }

async function storedFor(eventId: number | string): Promise<Stored[]> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { event: { equals: eventId } },
    pagination: false,
    sort: 'id',
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as Stored[]
}

/** What the seats must look like: `capacity` seated on distinct numbers 1..capacity, the rest waiting. */
function expectSeatsSound(stored: Stored[], capacity: number, total: number) {
  const seated = stored.filter((r) => r.status === 'confirmed')
  expect(stored).toHaveLength(total)
  expect(seated).toHaveLength(Math.min(capacity, total))
  expect(new Set(seated.map((r) => r.seat)).size).toBe(seated.length)
  expect(seated.every((r) => r.seat !== null && r.seat >= 1 && r.seat <= capacity)).toBe(true)
  expect(stored.filter((r) => r.status === 'waiting')).toHaveLength(Math.max(0, total - capacity))
  // First come, first seated: every seated registration arrived before every waiting one.
  const lastSeated = Math.max(...seated.map((r) => r.id))
  expect(stored.filter((r) => r.status === 'waiting').every((r) => r.id > lastSeated)).toBe(true)
}

function postForm(fields: Record<string, string>) {
  return fetch(`${api.url}/api/register`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  })
}

describe('300 simultaneous registrations for 20 seats', () => {
  it('through the Local API: exactly 20 confirmed, 280 waiting, each answer as stored', async () => {
    const event = await openEvent(payload, 'burst-local', 20)
    const results = await Promise.allSettled(
      Array.from({ length: 300 }, (_, i) =>
        payload.create({ collection: 'registrations', data: { ...person(i), event: event.id } as never, overrideAccess: false }),
      ),
    )
    const failures = results.filter((r) => r.status === 'rejected')
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([])
    const stored = await storedFor(event.id)
    expectSeatsSound(stored, 20, 300)
    const byReference = new Map(stored.map((r) => [r.reference, r]))
    for (const r of results) {
      const doc = (r as PromiseFulfilledResult<Stored>).value
      expect(byReference.get(doc.reference)).toMatchObject({ id: doc.id, email: doc.email, status: doc.status, seat: doc.seat ?? null })
    }
  })

  it('through HTTP: no 5xx, 20 confirmed and 280 told their place in line, every answer matches a record', async () => {
    const event = await openEvent(payload, 'burst-http', 20)
    const responses = await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        const response = await postForm({ event: 'burst-http', lang: 'ru', name: `Участник ${i}`, email: `h${i}@example.kz`, consent: 'on' })
        return { httpStatus: response.status, body: (await response.json()) as Record<string, any>, email: `h${i}@example.kz` }
      }),
    )
    expect(responses.filter((r) => r.httpStatus !== 201).map((r) => [r.httpStatus, r.body.messages])).toEqual([])
    const stored = await storedFor(event.id)
    expectSeatsSound(stored, 20, 300)

    const byReference = new Map(stored.map((r) => [r.reference, r]))
    const waitingInOrder = stored.filter((r) => r.status === 'waiting').map((r) => r.reference)
    for (const { body, email } of responses) {
      expect(body.ok).toBe(true)
      const record = byReference.get(body.reference)
      expect(record, body.reference).toBeDefined()
      expect(record!.email).toBe(email)
      expect(body.status).toBe(record!.status)
      // The place in line told is the place in line stored: arrivals are ordered by insertion.
      if (body.status === 'waiting') expect(body.position).toBe(waitingInOrder.indexOf(body.reference) + 1)
      else expect(body.position).toBeNull()
    }
    expect(responses.filter((r) => r.body.status === 'confirmed')).toHaveLength(20)
    expect(new Set(responses.map((r) => r.body.position).filter(Boolean))).toEqual(new Set(Array.from({ length: 280 }, (_, i) => i + 1)))
  })
})

describe('50 simultaneous registrations with one e-mail', () => {
  it('through HTTP: one record; one 201, the others 200 with its state', async () => {
    const event = await openEvent(payload, 'same-email-http', 20)
    const responses = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        // Case and spaces differ: the address is the same once normalized.
        const email = i % 2 ? 'Same.Person@Example.KZ ' : 'same.person@example.kz'
        const response = await postForm({ event: 'same-email-http', lang: 'kk', name: 'Бір адам', email, consent: 'on' })
        return { httpStatus: response.status, body: (await response.json()) as Record<string, any> }
      }),
    )
    const stored = await storedFor(event.id)
    expect(stored).toHaveLength(1)
    expect(responses.filter((r) => r.httpStatus === 201)).toHaveLength(1)
    expect(responses.filter((r) => r.httpStatus === 200)).toHaveLength(49)
    for (const { body } of responses) {
      expect(body.ok).toBe(true)
      expect(body.status).toBe(stored[0]!.status)
    }
    // Only the request that created it learns the reference (and the cancel link).
    expect(responses.filter((r) => r.body.reference).map((r) => r.body.reference)).toEqual([stored[0]!.reference])
  })

  it('through the Local API: one record, the rest refused', async () => {
    const event = await openEvent(payload, 'same-email-local', 20)
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        payload.create({ collection: 'registrations', data: { ...person(0), event: event.id } as never, overrideAccess: false }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of results.filter((r) => r.status === 'rejected')) {
      const status = ((r as PromiseRejectedResult).reason as { status?: number }).status
      expect([400, 409]).toContain(status)
    }
    expect(await storedFor(event.id)).toHaveLength(1)
  })
})

describe('cancelling while others register', () => {
  it('promotes the waiting list in order and never seats more than the capacity', async () => {
    const capacity = 5
    const event = await openEvent(payload, 'cancel-storm', capacity)
    for (let i = 0; i < 15; i++) {
      await payload.create({ collection: 'registrations', data: { ...person(1000 + i), event: event.id } as never, overrideAccess: false })
    }
    const before = await storedFor(event.id)
    expectSeatsSound(before, capacity, 15)

    // Watch the seat count while the storm runs: at no moment more than the capacity.
    let watching = true
    let mostSeated = 0
    const watcher = (async () => {
      while (watching) {
        const { totalDocs } = await payload.count({
          collection: 'registrations',
          where: { and: [{ event: { equals: event.id } }, { status: { equals: 'confirmed' } }] },
          overrideAccess: true,
        })
        mostSeated = Math.max(mostSeated, totalDocs)
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    })()

    const seatedBefore = before.filter((r) => r.status === 'confirmed')
    const waitingBefore = before.filter((r) => r.status === 'waiting')
    const cancelled = [...seatedBefore.slice(0, 4), ...waitingBefore.slice(0, 2)]
    await Promise.all([
      // Every cancellation twice at once: the second must change nothing.
      ...cancelled.flatMap((r) => [cancelRegistration(payload, { ...r, event: event.id }), cancelRegistration(payload, { ...r, event: event.id })]),
      ...Array.from({ length: 30 }, (_, i) =>
        payload.create({ collection: 'registrations', data: { ...person(2000 + i), event: event.id } as never, overrideAccess: false }),
      ),
    ])
    watching = false
    await watcher

    const after = await storedFor(event.id)
    const active = after.filter((r) => r.status !== 'cancelled')
    expect(after.filter((r) => r.status === 'cancelled').map((r) => r.id).sort()).toEqual(cancelled.map((r) => r.id).sort())
    expectSeatsSound(active, capacity, 15 + 30 - cancelled.length)
    expect(mostSeated).toBeLessThanOrEqual(capacity)
    // The first four still waiting before the storm got the four freed seats.
    const stillWaitingBefore = waitingBefore.slice(2)
    const promoted = stillWaitingBefore.slice(0, 4).map((r) => r.id)
    expect(after.filter((r) => promoted.includes(r.id)).every((r) => r.status === 'confirmed')).toBe(true)
  })
})

describe('the database guards, without the in-process sharing of passes', () => {
  it('100 racing passes (as from many processes) seat exactly the capacity, in order of arrival', async () => {
    const event = await openEvent(payload, 'racing-passes', 7)
    // Queue 40 registrations with no seat given yet (as if their passes had not run).
    const queued: Stored[] = []
    for (let i = 0; i < 40; i++) {
      const reference = newReference()
      queued.push(
        (await payload.db.create({
          collection: 'registrations',
          data: { ...person(3000 + i), event: event.id, status: 'waiting', reference, seatKey: keyForNoSeat(reference), activeKey: `racing|${i}` },
        })) as unknown as Stored,
      )
    }
    // Staggered starts, so passes read, choose and write out of step with one another (started all
    // at once they would move in lockstep and all pick the same first in line).
    const passes = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * 7) % 23))
        return fillFreeSeatsOnce(payload, event.id)
      }),
    )
    const promoted = passes.flat()
    // Each promotion was won by exactly one pass.
    expect(promoted).toHaveLength(7)
    expect(new Set(promoted).size).toBe(7)
    expectSeatsSound(await storedFor(event.id), 7, 40)
  })

  it('one seat number cannot be given twice, and a registration is promoted once', async () => {
    const event = await openEvent(payload, 'seat-guard', 3)
    const make = async (i: number) => {
      const reference = newReference()
      return (await payload.db.create({
        collection: 'registrations',
        data: { ...person(4000 + i), event: event.id, status: 'waiting', reference, seatKey: keyForNoSeat(reference), activeKey: `guard|${i}` },
      })) as unknown as Stored
    }
    const [a, b] = [await make(1), await make(2)]
    const store = seatStore(payload)
    const sameSeat = await Promise.all([store.promote(a.id, event.id, 1, a.reference), store.promote(b.id, event.id, 1, b.reference)])
    expect(sameSeat.sort()).toEqual(['promoted', 'seatTaken'])
    const c = await make(3)
    const samePerson = await Promise.all([store.promote(c.id, event.id, 2, c.reference), store.promote(c.id, event.id, 3, c.reference)])
    expect(samePerson.sort()).toEqual(['notWaiting', 'promoted'])
    const seated = (await storedFor(event.id)).filter((r) => r.status === 'confirmed')
    expect(seated).toHaveLength(2)
  })
})

describe('a cancelled event', () => {
  it('keeps its waiting list where it is: a freed seat promotes nobody', async () => {
    const event = await openEvent(payload, 'cancelled-later', 1)
    const [first, second] = await Promise.all(
      [0, 1].map((i) => payload.create({ collection: 'registrations', data: { ...person(900 + i), event: event.id } as never, overrideAccess: false })),
    )
    const seated = [first, second].find((r) => r!.status === 'confirmed')!
    const waiting = [first, second].find((r) => r!.status === 'waiting')!
    await payload.update({ collection: 'events', id: event.id, data: { status: 'cancelled' } as never, overrideAccess: true })
    expect(await cancelRegistration(payload, seated)).toBe(true)
    const stored = await storedFor(event.id)
    expect(stored.find((r) => r.id === waiting.id)?.status).toBe('waiting')
    expect(stored.filter((r) => r.status === 'confirmed')).toHaveLength(0)
  })
})
