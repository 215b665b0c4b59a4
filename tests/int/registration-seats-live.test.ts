import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registrationMessages } from '../../cms/core/messages'
import { startApiServer, type ApiServer } from './apiServer'
import { openEvent, quiet, seededPayload } from './helpers'

/** GET /api/register/seats: the live figure the static event page shows above its form. */

let payload: Payload
let api: ApiServer

beforeAll(async () => {
  payload = await seededPayload()
  api = await startApiServer()
})

afterAll(async () => {
  await api?.close()
})

const seats = async (slug: string, lang = 'ru') => {
  const response = await fetch(`${api.url}/api/register/seats?event=${encodeURIComponent(slug)}&lang=${lang}`)
  return { status: response.status, body: await response.json() }
}

const register = (slug: string, email: string) =>
  fetch(`${api.url}/api/register`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ event: slug, lang: 'kk', name: 'Айгерім Сәрсенова', email, consent: 'on' }).toString(),
  })

describe('live seats', () => {
  it('counts down as people register, in the requested language', async () => {
    await openEvent(payload, 'seats-live', 3)
    expect((await seats('seats-live')).body).toMatchObject({ state: 'open', formOpen: true, capacity: 3, taken: 0, left: 3, message: 'Свободно 3 из 3 мест.' })
    expect((await register('seats-live', 'a1@example.kz')).status).toBe(201)
    expect((await register('seats-live', 'a2@example.kz')).status).toBe(201)
    const { body } = await seats('seats-live', 'kk')
    expect(body).toMatchObject({ taken: 2, left: 1, message: '3 орынның 1 орны бос.' })
  })

  it('says a full event with a waiting list still takes registrations, and one without does not', async () => {
    const withList = await openEvent(payload, 'seats-full-list', 1)
    await payload.update({ collection: 'events', id: withList.id, data: { registration: { waitingList: true } } as never, overrideAccess: true, context: quiet })
    expect((await register('seats-full-list', 'b1@example.kz')).status).toBe(201)
    expect((await seats('seats-full-list', 'en')).body).toMatchObject({ state: 'eventFull', formOpen: true, left: 0, message: registrationMessages.en.seatsFullWaiting })

    const withoutList = await openEvent(payload, 'seats-full-nolist', 1)
    await payload.update({ collection: 'events', id: withoutList.id, data: { registration: { waitingList: false } } as never, overrideAccess: true, context: quiet })
    expect((await register('seats-full-nolist', 'c1@example.kz')).status).toBe(201)
    expect((await seats('seats-full-nolist', 'kk')).body).toMatchObject({ state: 'eventFull', formOpen: false, left: 0, message: registrationMessages.kk.eventFull })
  })

  it('answers 404 in the requested language for an unknown or unpublished event, never a 500', async () => {
    expect(await seats('no-such-event', 'kk')).toEqual({ status: 404, body: { message: registrationMessages.kk.eventUnknown } })
    expect((await seats('', 'en')).status).toBe(404)
  })
})
