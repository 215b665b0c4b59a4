import { and, eq, inArray } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { seatHoldingStatuses } from '../core/registration'
import { announceRegistrationChange } from './registrationLifecycle'

/**
 * Seats and the waiting list, safe under concurrent requests on SQLite and MongoDB alike.
 *
 * The state lives only in the registrations, guarded by two unique indexes the database enforces:
 * - `activeKey` = `<event>|<e-mail>` while a registration is active, so one e-mail holds at most one
 *   active registration per event (two racing inserts: the second fails);
 * - `seatKey` = `<event>#<seat number>` while it holds a seat numbered 1..capacity, so no two
 *   registrations hold the same seat and an event can never have more seated registrations than
 *   seat numbers.
 * When a registration holds no seat (waiting, cancelled, unlimited event) or is cancelled, the key
 * is `~<reference>` instead of null: MongoDB's unique indexes treat null and missing values as equal,
 * so a null would collide; a unique filler never does, and no partial index is needed.
 *
 * Every change of seat is one conditional write (UPDATE … WHERE status = 'waiting' on SQLite,
 * updateOne with a status filter on MongoDB) that the unique index can refuse; reads only choose
 * candidates, so a stale read costs a retry, never an extra seat. No counter exists that a crash
 * between two writes could leave out of step.
 */

export const keyForNoSeat = (reference: string) => `~${reference}`
export const seatKeyFor = (eventId: string | number, seat: number) => `${eventId}#${seat}`
export const activeKeyFor = (eventId: string | number, email: string) => `${eventId}|${email}`

type Id = string | number

export type PromoteResult = 'promoted' | 'seatTaken' | 'notWaiting'

type SeatStore = {
  /** Gives seat `seat` (null: unlimited event) to a registration that is still waiting. */
  promote(id: Id, eventId: Id, seat: number | null, reference: string): Promise<PromoteResult>
  /** Cancels a registration that is confirmed or waiting; false when it was not (already cancelled). */
  cancel(id: Id, reference: string): Promise<boolean>
  /** Removes a registration only if it is still waiting (events without a waiting list). */
  removeIfWaiting(id: Id): Promise<boolean>
}

const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null
  const code = e?.code ?? e?.cause?.code
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 11000 || code === 11001
}

function sqliteStore(payload: Payload): SeatStore {
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
  const table = db.tables.registrations
  const now = () => new Date().toISOString()
  return {
    async promote(id, eventId, seat, reference) {
      try {
        const rows = await db.drizzle
          .update(table)
          .set({ status: 'confirmed', seat, seatKey: seat === null ? keyForNoSeat(reference) : seatKeyFor(eventId, seat), updatedAt: now() })
          .where(and(eq(table.id, id), eq(table.status, 'waiting')))
          .returning({ id: table.id })
        return rows.length ? 'promoted' : 'notWaiting'
      } catch (error) {
        if (isUniqueViolation(error)) return 'seatTaken'
        throw error
      }
    },
    async cancel(id, reference) {
      const rows = await db.drizzle
        .update(table)
        .set({ status: 'cancelled', seat: null, seatKey: keyForNoSeat(reference), activeKey: keyForNoSeat(reference), updatedAt: now() })
        .where(and(eq(table.id, id), inArray(table.status, ['confirmed', 'waiting'])))
        .returning({ id: table.id })
      return rows.length > 0
    },
    async removeIfWaiting(id) {
      const rows = await db.drizzle
        .delete(table)
        .where(and(eq(table.id, id), eq(table.status, 'waiting')))
        .returning({ id: table.id })
      return rows.length > 0
    },
  }
}

// Not exercised here (no MongoDB in this environment); written against the mongoose model Payload
// keeps per collection, with the same conditional filters as the SQLite statements above.
function mongoStore(payload: Payload): SeatStore {
  const model = (payload.db as unknown as { collections: Record<string, any> }).collections.registrations
  return {
    async promote(id, eventId, seat, reference) {
      try {
        const result = await model.updateOne(
          { _id: id, status: 'waiting' },
          { $set: { status: 'confirmed', seat, seatKey: seat === null ? keyForNoSeat(reference) : seatKeyFor(eventId, seat), updatedAt: new Date() } },
        )
        return result.modifiedCount > 0 ? 'promoted' : 'notWaiting'
      } catch (error) {
        if (isUniqueViolation(error)) return 'seatTaken'
        throw error
      }
    },
    async cancel(id, reference) {
      const result = await model.updateOne(
        { _id: id, status: { $in: ['confirmed', 'waiting'] } },
        { $set: { status: 'cancelled', seat: null, seatKey: keyForNoSeat(reference), activeKey: keyForNoSeat(reference), updatedAt: new Date() } },
      )
      return result.modifiedCount > 0
    },
    async removeIfWaiting(id) {
      const result = await model.deleteOne({ _id: id, status: 'waiting' })
      return result.deletedCount > 0
    },
  }
}

export function seatStore(payload: Payload): SeatStore {
  return payload.db.name === 'mongoose' ? mongoStore(payload) : sqliteStore(payload)
}

/** Smallest seat number in 1..capacity not in `taken`; null when every number is taken. */
export function firstFreeSeat(capacity: number, taken: Iterable<number | null | undefined>): number | null {
  const used = new Set(taken)
  for (let seat = 1; seat <= capacity; seat++) if (!used.has(seat)) return seat
  return null
}

/**
 * The event's seat limit (null: no limit), and whether its waiting list may still move: once the
 * event is cancelled or has started, a cancellation frees nothing anyone could use.
 */
async function eventSeating(payload: Payload, eventId: Id): Promise<{ capacity: number | null; waitingListMoves: boolean }> {
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    depth: 0,
    joins: false,
    select: { registration: { capacity: true }, status: true, startsAt: true },
    overrideAccess: true,
    disableErrors: true,
  })
  const capacity = event?.registration?.capacity
  const waitingListMoves = Boolean(event) && event?.status !== 'cancelled' && !(event?.startsAt && new Date(event.startsAt) <= new Date())
  return { capacity: capacity && capacity > 0 ? capacity : null, waitingListMoves }
}

// Each failed attempt means another writer changed the same event (took a seat, promoted or
// cancelled someone), so retries are bounded by the activity on the event, not by chance.
const maxFillAttempts = 2_000

const fillsInFlight = new Map<string, { again: boolean; done: Promise<Id[]> }>()

/**
 * Gives free seats to the waiting list, first come first served (by id: insertion order). Safe to
 * call from any number of requests and processes at once; resolves once a pass that began after
 * the call has finished, with the registrations promoted meanwhile.
 *
 * Within one process, calls for the same event share one running pass plus at most one more
 * (a burst of 300 would otherwise run 300 passes that all race for the same first in line). This
 * only saves work: the conditional writes keep passes in different processes correct.
 */
export function fillFreeSeats(payload: Payload, eventId: Id, req?: PayloadRequest): Promise<Id[]> {
  const key = String(eventId)
  const running = fillsInFlight.get(key)
  if (running) {
    running.again = true
    return running.done
  }
  const entry = { again: false, done: Promise.resolve<Id[]>([]) }
  entry.done = (async () => {
    const promoted: Id[] = []
    try {
      do {
        entry.again = false
        promoted.push(...(await fillFreeSeatsOnce(payload, eventId, req)))
      } while (entry.again)
    } finally {
      fillsInFlight.delete(key)
    }
    return promoted
  })()
  fillsInFlight.set(key, entry)
  return entry.done
}

/**
 * One pass of handing out seats, not shared with other callers: what each process runs when
 * several processes serve the same event. Exported so tests can race passes as processes would.
 */
export async function fillFreeSeatsOnce(payload: Payload, eventId: Id, req?: PayloadRequest): Promise<Id[]> {
  const store = seatStore(payload)
  const { capacity, waitingListMoves } = await eventSeating(payload, eventId)
  const promoted: Id[] = []
  if (!waitingListMoves) return promoted
  for (let attempt = 0; attempt < maxFillAttempts; attempt++) {
    let seat: number | null = null
    if (capacity !== null) {
      const { docs: seated } = await payload.find({
        collection: 'registrations',
        where: { and: [{ event: { equals: eventId } }, { status: { in: seatHoldingStatuses } }] },
        select: { seat: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      // Seats above a reduced capacity stay with their holders and count against it.
      if (seated.length >= capacity) return promoted
      seat = firstFreeSeat(capacity, seated.map((r) => r.seat))
      if (seat === null) return promoted
    }
    const { docs: queue } = await payload.find({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waiting' } }] },
      select: { reference: true },
      sort: 'id',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const first = queue[0]
    if (!first) return promoted
    if ((await store.promote(first.id, eventId, seat, first.reference!)) === 'promoted') {
      promoted.push(first.id)
      await announceRegistrationChange({ payload, req, registrationId: first.id, eventId, change: 'promoted' })
    }
  }
  payload.logger.warn({ msg: 'fillFreeSeats gave up after many conflicting attempts', eventId })
  return promoted
}

/** Place in the waiting list (1 = next to get a seat), or null when the registration is not waiting. */
export async function waitingPosition(payload: Payload, registration: { id: Id; event: unknown; status?: string | null }): Promise<number | null> {
  if (registration.status !== 'waiting') return null
  const eventId = typeof registration.event === 'object' && registration.event ? (registration.event as { id: Id }).id : (registration.event as Id)
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waiting' } }, { id: { less_than: registration.id } }] },
    overrideAccess: true,
  })
  return totalDocs + 1
}

/**
 * Cancels a registration and hands its seat to the waiting list. Cancelling twice is harmless:
 * the second call changes nothing and answers false.
 */
export async function cancelRegistration(
  payload: Payload,
  registration: { id: Id; event: unknown; reference?: string | null },
  req?: PayloadRequest,
): Promise<boolean> {
  const eventId = typeof registration.event === 'object' && registration.event ? (registration.event as { id: Id }).id : (registration.event as Id)
  const changed = await seatStore(payload).cancel(registration.id, registration.reference!)
  if (changed) {
    await announceRegistrationChange({ payload, req, registrationId: registration.id, eventId, change: 'cancelled' })
    await fillFreeSeats(payload, eventId, req)
  }
  return changed
}

export type GiveSeatResult = 'promoted' | 'noSeatFree' | 'notWaiting'

/**
 * "Give a seat now": an organizer seats one waiting registration ahead of the queue. Same mechanism
 * as the queue: a free seat number is chosen from a read, and the one conditional write (status
 * still waiting; the seat key unique) decides; a write that loses the seat to another writer reads
 * again. When every seat is held the answer is `noSeatFree` (raise the capacity first); nothing is
 * ever seated beyond the capacity. The participant gets the "a seat is yours" mail.
 */
export async function giveSeatNow(payload: Payload, registration: { id: Id; event: unknown; reference?: string | null }, req?: PayloadRequest): Promise<GiveSeatResult> {
  const eventId = typeof registration.event === 'object' && registration.event ? (registration.event as { id: Id }).id : (registration.event as Id)
  const store = seatStore(payload)
  const { capacity } = await eventSeating(payload, eventId)
  for (let attempt = 0; attempt < maxFillAttempts; attempt++) {
    let seat: number | null = null
    if (capacity !== null) {
      const { docs: seated } = await payload.find({
        collection: 'registrations',
        where: { and: [{ event: { equals: eventId } }, { status: { in: seatHoldingStatuses } }] },
        select: { seat: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      if (seated.length >= capacity) return 'noSeatFree'
      seat = firstFreeSeat(capacity, seated.map((r) => r.seat))
      if (seat === null) return 'noSeatFree'
    }
    const result = await store.promote(registration.id, eventId, seat, registration.reference!)
    if (result === 'notWaiting') return 'notWaiting'
    if (result === 'promoted') {
      await announceRegistrationChange({ payload, req, registrationId: registration.id, eventId, change: 'promoted' })
      return 'promoted'
    }
  }
  return 'noSeatFree'
}
