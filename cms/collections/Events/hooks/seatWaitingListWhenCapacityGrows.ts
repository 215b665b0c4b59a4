import type { CollectionAfterChangeHook } from 'payload'

import { fillFreeSeats } from '../../../lib/seats'

/** More seats (or no limit any more) seat the waiting list at once. */
export const seatWaitingListWhenCapacityGrows: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const before = previousDoc?.registration?.capacity ?? null
  const after = doc.registration?.capacity ?? null
  const grew = (before !== null && after === null) || (before !== null && after !== null && after > before)
  if (grew) await fillFreeSeats(req.payload, doc.id, req)
  return doc
}
