import type { Payload, PayloadRequest } from 'payload'

import { skipsSideEffects } from '../core/context'
import type { RegistrationMailKind } from '../core/registrationMail'
import { queueRegistrationEmail, scheduleReminder } from '../jobs/sendRegistrationEmail'

export type RegistrationChange =
  /** Stored; the registration's status says whether it got a seat or joined the waiting list. */
  | 'created'
  /** Moved from the waiting list to a seat because one freed up. */
  | 'promoted'
  /** Cancelled by the participant's link or by staff. */
  | 'cancelled'

export type RegistrationChangeNotice = {
  payload: Payload
  req?: PayloadRequest
  registrationId: string | number
  eventId: string | number
  change: RegistrationChange
}

/**
 * Registrations being placed right now in this process. A new registration is stored as waiting
 * and then handed a free seat by the same pass that serves the waiting list; that is its
 * confirmation, not a promotion, so the 'promoted' notice is held back and the 'created' one,
 * which reads the status after placement, tells it. (A pass in another CMS process could still
 * promote it meanwhile; the participant then gets both notices, which are both true.)
 */
const beingPlaced = new Set<string>()

export function placingRegistration(id: string | number): () => void {
  beingPlaced.add(String(id))
  return () => beingPlaced.delete(String(id))
}

/**
 * The one place a registration's life reports to the outside world: it queues the e-mail (and,
 * for a seat, the day-before reminder) as jobs on the e-mail queue; nothing is sent inside the
 * request. Called after the change is stored; it must not throw into the caller, whose change stands.
 */
export async function announceRegistrationChange(notice: RegistrationChangeNotice): Promise<void> {
  const { payload, req, registrationId, eventId, change } = notice
  try {
    payload.logger.debug({ msg: 'registration change', change, registrationId, eventId })
    if (skipsSideEffects(req?.context)) return
    if (change === 'promoted' && beingPlaced.has(String(registrationId))) return
    let kind: RegistrationMailKind | null = change === 'promoted' ? 'promoted' : change === 'cancelled' ? 'cancelled' : null
    if (change === 'created') {
      // The status after placement decides: a seat or a place in line. Staff may create
      // registrations already cancelled or attended; those get no mail.
      const stored = await payload.findByID({ collection: 'registrations', id: registrationId, depth: 0, select: { status: true }, overrideAccess: true, disableErrors: true, req })
      kind = stored?.status === 'confirmed' ? 'confirmed' : stored?.status === 'waiting' ? 'waiting' : null
    }
    if (!kind) return
    await queueRegistrationEmail({ payload, req, registrationId, kind })
    if (kind === 'confirmed' || kind === 'promoted') {
      const event = await payload.findByID({ collection: 'events', id: eventId, depth: 0, joins: false, select: { startsAt: true }, overrideAccess: true, disableErrors: true, req })
      if (event?.startsAt) await scheduleReminder({ payload, req, registrationId, startsAt: event.startsAt })
    }
  } catch (error) {
    // Reporting never undoes a registration; the failure is logged for staff to follow up.
    try {
      payload.logger.error({ err: error, msg: 'Could not queue the registration e-mail', change, registrationId })
    } catch {
      // nothing left to do
    }
  }
}
