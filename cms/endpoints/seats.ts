import type { Endpoint } from 'payload'

import { localeOr } from '../core/locales'
import { fillMessage, registrationMessages } from '../core/messages'
import { registrationState, seatHoldingStatuses, type RegistrationState } from '../core/registration'
import { publishedEventBySlug } from './publicRequest'

export type SeatsAnswer = {
  state: RegistrationState
  /** Whether the form takes a registration now (a full event with a waiting list still does). */
  formOpen: boolean
  capacity: number | null
  taken: number
  left: number | null
  waitingList: boolean
  /** What to show under the form, in the requested language. */
  message: string
}

/**
 * GET /api/register/seats?event=<slug>&lang=kk: the live seat figures the static event page cannot
 * know. Read-only and cheap (one indexed count); a few seconds of caching absorbs a crowd.
 */
export const seatsEndpoint: Endpoint = {
  path: '/register/seats',
  method: 'get',
  handler: async (req) => {
    const lang = localeOr(req.searchParams.get('lang'))
    const t = registrationMessages[lang]
    const slug = (req.searchParams.get('event') ?? '').trim()
    const event = await publishedEventBySlug(req, slug, { select: { status: true, startsAt: true, registration: true } })
    if (!event) return Response.json({ message: t.eventUnknown }, { status: 404, headers: { 'Cache-Control': 'no-store' } })

    const capacity = event.registration?.capacity && event.registration.capacity > 0 ? event.registration.capacity : null
    const { totalDocs: taken } = await req.payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: event.id } }, { status: { in: [...seatHoldingStatuses] } }] },
      overrideAccess: true,
    })
    const state = registrationState(event, new Date(), taken)
    const waitingList = Boolean(event.registration?.waitingList)
    const formOpen = state === 'open' || (state === 'eventFull' && waitingList)
    const left = capacity === null ? null : Math.max(0, capacity - taken)
    const message =
      state === 'open'
        ? capacity === null
          ? t.seatsUnlimited
          : fillMessage(t.seatsLeft, { left: left ?? 0, capacity })
        : state === 'eventFull' && waitingList
          ? t.seatsFullWaiting
          : t[state]
    const answer: SeatsAnswer = { state, formOpen, capacity, taken, left, waitingList, message }
    return Response.json(answer, { headers: { 'Cache-Control': 'public, max-age=5' } })
  },
}
