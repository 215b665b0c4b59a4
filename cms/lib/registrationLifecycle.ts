import type { Payload, PayloadRequest } from 'payload'

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
 * The one place a registration's life reports to the outside world. The e-mail job (confirmation,
 * "you got a seat", cancellation receipt) hooks in here by queueing a job; today it only logs.
 * Called after the change is stored; it must not throw into the caller, whose change stands.
 */
export async function announceRegistrationChange(notice: RegistrationChangeNotice): Promise<void> {
  const { payload, registrationId, eventId, change } = notice
  try {
    payload.logger.debug({ msg: 'registration change', change, registrationId, eventId })
  } catch {
    // Reporting never undoes a registration.
  }
}
