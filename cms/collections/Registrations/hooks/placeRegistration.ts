import type { CollectionAfterChangeHook } from 'payload'

import { localeOr } from '../../../core/locales'
import { announceRegistrationChange, placingRegistration } from '../../../lib/registrationLifecycle'
import { RegistrationRefused } from '../../../lib/registrationRefused'
import { fillFreeSeats, seatStore } from '../../../lib/seats'
import type { PlacementContext } from './enforceRegistrationRules'

/**
 * After the insert: a new registration waits in line, then free seats are handed out in arrival
 * order, so under a burst the first arrivals get the seats and everyone else a place in the queue.
 * An event without a waiting list withdraws a registration that got no seat (409, nothing kept).
 */
export const placeNewRegistration: CollectionAfterChangeHook = async ({ context, doc, operation, req }) => {
  if (operation !== 'create') return doc
  const placement = (context as PlacementContext).registrationEvent
  const eventId = placement?.id ?? (typeof doc.event === 'object' ? doc.event.id : doc.event)
  // Getting a seat here is this registration's confirmation, not a promotion (see placingRegistration).
  const placed = placingRegistration(doc.id)
  let stored
  try {
    if (doc.status === 'waiting') await fillFreeSeats(req.payload, eventId, req)
    stored = await req.payload.findByID({ collection: 'registrations', id: doc.id, depth: 0, overrideAccess: true })
    if (stored.status === 'waiting' && placement && !placement.waitingList) {
      if (await seatStore(req.payload).removeIfWaiting(doc.id)) {
        throw new RegistrationRefused([{ field: null, code: 'eventFull' }], localeOr(placement.locale))
      }
      // A seat freed up between the two steps and went to this registration: keep it.
      stored = await req.payload.findByID({ collection: 'registrations', id: doc.id, depth: 0, overrideAccess: true })
    }
    await announceRegistrationChange({ payload: req.payload, req, registrationId: doc.id, eventId, change: 'created' })
  } finally {
    placed()
  }
  return { ...doc, status: stored.status, seat: stored.seat, seatKey: stored.seatKey, updatedAt: stored.updatedAt }
}

/**
 * After a staff edit, hand seats out again: a status change may free a seat or queue someone, and
 * an edit saved from a form opened before a promotion writes the old status back (never an extra
 * seat, but a seat left free). A pass on a full event is one read.
 */
export const refillAfterStaffChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const eventId = typeof doc.event === 'object' ? doc.event.id : doc.event
  if (doc.status === 'cancelled' && previousDoc?.status !== 'cancelled') {
    await announceRegistrationChange({ payload: req.payload, req, registrationId: doc.id, eventId, change: 'cancelled' })
  }
  await fillFreeSeats(req.payload, eventId, req)
  const stored = await req.payload.findByID({ collection: 'registrations', id: doc.id, depth: 0, overrideAccess: true })
  return { ...doc, status: stored.status, seat: stored.seat, seatKey: stored.seatKey }
}
