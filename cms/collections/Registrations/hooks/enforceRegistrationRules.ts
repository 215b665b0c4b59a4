import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '../../../access'
import { localeOr } from '../../../core/locales'
import { registrationMessages } from '../../../core/messages'
import {
  publicBodyLimit,
  registrationState,
  validateRegistrationInput,
  type RegistrationError,
  type RegistrationWindow,
} from '../../../core/registration'
import { answersFromForm, questionsFor, validateAnswers, type StoredQuestion } from '../../../core/registrationQuestions'
import { newReference } from '../../../lib/cancelToken'
import { AlreadyRegistered, RegistrationRefused } from '../../../lib/registrationRefused'
import { activeKeyFor, keyForNoSeat } from '../../../lib/seats'

/** What the create hooks pass on to the placement hook (same operation, `context`). */
export type PlacementContext = { registrationEvent?: { id: string | number; waitingList: boolean; locale: string } }

/**
 * REST and GraphQL creates by the public get the same body limit as the form endpoint: Payload
 * itself would parse a 10 MB JSON body before any field rule ran.
 */
export const limitPublicBodySize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || isStaffUser(req.user as never)) return args
  const length = Number(req.headers?.get?.('content-length') ?? 0)
  if (length > publicBodyLimit) throw new APIError(registrationMessages[localeOr(req.locale)].bodyTooLarge, 413, null, true)
  return args
}

/**
 * The one place the registration rules are enforced, for every way in (the public form, REST,
 * GraphQL, Local API with access control), so no path stores what the form would refuse. Builds
 * the stored data from the registrant's fields only: status, seat, reference, timestamps, ids and
 * anything else in the request are dropped here, whoever sent them.
 */
export const enforceRegistrationRules: CollectionBeforeChangeHook = async ({ context, data, operation, req }) => {
  if (operation !== 'create') return data
  const locale = localeOr(req.locale)
  const refuse: (refusals: RegistrationError[]) => never = (refusals) => {
    throw new RegistrationRefused(refusals, locale)
  }
  const { input, errors } = validateRegistrationInput(data)
  const eventId = typeof data.event === 'object' && data.event ? data.event.id : data.event
  const event =
    typeof eventId === 'string' || typeof eventId === 'number'
      ? await req.payload
          .findByID({ collection: 'events', id: eventId, depth: 0, joins: false, overrideAccess: true, draft: false, disableErrors: true })
          .catch(() => null)
      : null
  if (!event || event._status !== 'published') refuse([{ field: 'event', code: 'eventUnknown' }, ...errors])
  const stored = (event as { registration?: { questions?: StoredQuestion[] | null } }).registration?.questions
  const { answers, errors: answerErrors } = validateAnswers(questionsFor(stored, locale), answersFromForm({ answers: data.answers }))
  if (errors.length || answerErrors.length) refuse([...errors, ...answerErrors])
  // Capacity is not a refusal here: a full event puts the registration on its waiting list, and
  // the seat itself is taken by one conditional write after the insert (placeRegistration.ts).
  const state = registrationState(event as RegistrationWindow, new Date(), 0)
  if (state !== 'open') refuse([{ field: null, code: state }])

  const activeKey = activeKeyFor(event.id, input.email)
  // The common repeat (a double click, a second visit) answers with the existing registration.
  // Two racing first attempts both pass this check; the unique index on activeKey stops the second.
  const { docs: existing } = await req.payload.find({
    collection: 'registrations',
    where: { activeKey: { equals: activeKey } },
    select: { status: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (existing[0]) throw new AlreadyRegistered({ id: existing[0].id, event: event.id, status: existing[0].status }, locale)

  const registration = (event as { registration?: { capacity?: number | null; waitingList?: boolean | null } }).registration
  const limited = Boolean(registration?.capacity && registration.capacity > 0)
  const placement: PlacementContext['registrationEvent'] = {
    id: event.id,
    waitingList: registration?.waitingList !== false,
    locale,
  }
  ;(context as PlacementContext).registrationEvent = placement
  const reference = newReference()
  return {
    ...input,
    answers,
    event: event.id,
    locale: localeOr(data.locale, locale),
    // Everyone joins the queue first; placeRegistration seats them in arrival order. An event
    // without a capacity has no seats to share, so its registrations are confirmed at once.
    status: limited ? 'waiting' : 'confirmed',
    seat: null,
    reference,
    seatKey: keyForNoSeat(reference),
    activeKey,
  }
}
