import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { localeOr } from '../../../core/locales'
import { registrationMessages } from '../../../core/messages'
import { normalizeEmail, seatHoldingStatuses, type RegistrationStatus } from '../../../core/registration'
import { activeKeyFor, keyForNoSeat } from '../../../lib/seats'

const holdsSeat = (status: unknown) => seatHoldingStatuses.includes(status as RegistrationStatus)

/**
 * Staff edits in the admin: keeps the unique keys in step with the status, so cancelling frees
 * the seat and the e-mail, and reopening a cancelled registration puts it back in the queue.
 * A waiting registration is never seated by hand: that would bypass the seat numbers that keep
 * an event from being oversold.
 */
export const keepSeatKeysInStep: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const before = originalDoc.status as RegistrationStatus
  let after = (data.status ?? before) as RegistrationStatus
  const reference = originalDoc.reference as string
  const eventId = typeof originalDoc.event === 'object' ? originalDoc.event.id : originalDoc.event
  const email = normalizeEmail(data.email ?? originalDoc.email)
  if (before === 'waiting' && holdsSeat(after)) {
    const lang = localeOr(req.i18n?.language, localeOr(req.locale))
    throw new APIError(registrationMessages[lang].waitingPromotedOnlyBySeat, 409, null, true)
  }
  // A cancelled registration that staff reopen queues again; its old seat may be gone.
  if (before === 'cancelled' && after !== 'cancelled') after = 'waiting'
  const seated = holdsSeat(after) && holdsSeat(before)
  return {
    ...data,
    email,
    status: after,
    seat: seated ? originalDoc.seat : null,
    seatKey: seated ? originalDoc.seatKey : keyForNoSeat(reference),
    activeKey: after === 'cancelled' ? keyForNoSeat(reference) : activeKeyFor(eventId, email),
  }
}
