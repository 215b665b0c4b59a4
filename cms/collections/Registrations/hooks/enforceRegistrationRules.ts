import type { CollectionBeforeChangeHook, Payload } from 'payload'

import { localeOr } from '../../../core/locales'
import {
  registrationState,
  validateRegistrationInput,
  type RegistrationError,
  type RegistrationWindow,
} from '../../../core/registration'
import { RegistrationRefused } from '../../../lib/registrationRefused'

/** Seats taken = registrations not cancelled. */
async function countSeatsTaken(payload: Payload, eventId: string | number): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { not_equals: 'cancelled' } }] },
    overrideAccess: true,
  })
  return totalDocs
}

async function isRegisteredAlready(payload: Payload, eventId: string | number, email: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { email: { equals: email } }, { status: { not_equals: 'cancelled' } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * The one place the registration rules are enforced, for every way in (the public form, REST,
 * GraphQL, Local API with access control), so no path stores what the form would refuse.
 */
export const enforceRegistrationRules: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const locale = localeOr(req.locale)
  const refuse: (refusals: RegistrationError[]) => never = (refusals) => {
    throw new RegistrationRefused(refusals, locale)
  }
  const { input, errors } = validateRegistrationInput(data)
  const eventId = typeof data.event === 'object' && data.event ? data.event.id : data.event
  const event = eventId
    ? await req.payload
        .findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, draft: false, disableErrors: true, req })
        .catch(() => null)
    : null
  if (!event || event._status !== 'published') refuse([{ field: 'event', code: 'eventUnknown' }, ...errors])
  if (errors.length) refuse(errors)
  const state = registrationState(event as RegistrationWindow, new Date(), await countSeatsTaken(req.payload, event.id))
  if (state !== 'open') refuse([{ field: null, code: state }])
  if (await isRegisteredAlready(req.payload, event.id, input.email)) refuse([{ field: 'email', code: 'alreadyRegistered' }])
  return { ...data, ...input, event: event.id, status: 'confirmed', locale: localeOr(data.locale, locale) }
}
