import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { registrationMessages } from '../../cms/core/messages'
import { openEvent, quiet, seededPayload } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await seededPayload()
})

const valid = { name: 'Ерлан Нұрланұлы', email: 'Erlan@Example.kz', phone: '+7 701 123 45 67', organization: 'Мектеп №5', region: 'turkistan', consent: true }

async function registrationsFor(eventId: string | number) {
  return (await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, overrideAccess: true })).docs
}

/** The error Payload raises, flattened to its message and field messages. */
async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const e = error as { message: string; data?: { errors?: Array<{ message: string }> } }
    return [e.message, ...(e.data?.errors ?? []).map((x) => x.message)].join(' | ')
  }
  throw new Error('expected the registration to be refused')
}

describe('registrations', () => {
  it('stores a valid registration, normalized, as the public would create it', async () => {
    const event = await openEvent(payload, 'reg-valid')
    const created = await payload.create({ collection: 'registrations', locale: 'ru', data: { ...valid, event: event.id } as never, overrideAccess: false })
    expect(created.email).toBe('erlan@example.kz')
    expect(created.status).toBe('confirmed')
    expect(created.locale).toBe('ru')
    expect(await registrationsFor(event.id)).toHaveLength(1)
  })

  it.each([
    ['missing name', { name: '  ' }, 'nameRequired'],
    ['bad e-mail', { email: 'erlan@' }, 'emailInvalid'],
    ['no consent', { consent: false }, 'consentRequired'],
    ['bad phone', { phone: 'call me' }, 'phoneInvalid'],
  ] as const)('refuses %s in the request language and stores nothing', async (_label, change, code) => {
    const event = await openEvent(payload, `reg-invalid-${code}`)
    const message = await rejection(
      payload.create({ collection: 'registrations', locale: 'ru', data: { ...valid, ...change, event: event.id } as never, overrideAccess: false }),
    )
    expect(message).toContain(registrationMessages.ru[code])
    expect(await registrationsFor(event.id)).toHaveLength(0)
  })

  it('refuses an unknown or unpublished event', async () => {
    expect(await rejection(payload.create({ collection: 'registrations', locale: 'kk', data: { ...valid, event: 999_999 } as never, overrideAccess: false }))).toMatch(
      /./,
    )
    const draft = await payload.create({
      collection: 'events',
      locale: 'kk',
      draft: true,
      data: { title: 'Жоба', slug: 'reg-draft', kind: 'conference', format: 'online', startsAt: new Date(Date.now() + 9e8).toISOString(), registration: { enabled: true }, _status: 'draft' } as never,
      overrideAccess: true,
      context: quiet,
    })
    const message = await rejection(payload.create({ collection: 'registrations', locale: 'kk', data: { ...valid, event: draft.id } as never, overrideAccess: false }))
    expect(message).toContain(registrationMessages.kk.eventUnknown)
    expect(await registrationsFor(draft.id)).toHaveLength(0)
  })

  it('refuses when registration is closed or not enabled; a full event without a waiting list refuses too', async () => {
    const closed = await openEvent(payload, 'reg-closed')
    await payload.update({ collection: 'events', id: closed.id, data: { registration: { enabled: true, closesAt: new Date(Date.now() - 1000).toISOString() } } as never, overrideAccess: true, context: quiet })
    expect(await rejection(payload.create({ collection: 'registrations', locale: 'en', data: { ...valid, event: closed.id } as never, overrideAccess: false }))).toContain(
      registrationMessages.en.registrationClosed,
    )

    const disabled = await openEvent(payload, 'reg-disabled')
    await payload.update({ collection: 'events', id: disabled.id, data: { registration: { enabled: false } } as never, overrideAccess: true, context: quiet })
    expect(await rejection(payload.create({ collection: 'registrations', locale: 'en', data: { ...valid, event: disabled.id } as never, overrideAccess: false }))).toContain(
      registrationMessages.en.registrationNotEnabled,
    )

    const small = await openEvent(payload, 'reg-full', 1)
    await payload.update({ collection: 'events', id: small.id, data: { registration: { enabled: true, capacity: 1, waitingList: false } } as never, overrideAccess: true, context: quiet })
    await payload.create({ collection: 'registrations', data: { ...valid, event: small.id } as never, overrideAccess: false })
    expect(
      await rejection(payload.create({ collection: 'registrations', locale: 'en', data: { ...valid, email: 'second@example.kz', event: small.id } as never, overrideAccess: false })),
    ).toContain(registrationMessages.en.eventFull)
    expect(await registrationsFor(small.id)).toHaveLength(1)
  })

  it('refuses a second registration with the same e-mail for the same event', async () => {
    const event = await openEvent(payload, 'reg-duplicate')
    await payload.create({ collection: 'registrations', data: { ...valid, event: event.id } as never, overrideAccess: false })
    const message = await rejection(
      payload.create({ collection: 'registrations', locale: 'kk', data: { ...valid, email: 'ERLAN@example.kz', event: event.id } as never, overrideAccess: false }),
    )
    expect(message).toContain(registrationMessages.kk.alreadyRegistered)
    expect(await registrationsFor(event.id)).toHaveLength(1)
  })

  it('appear under their event in the admin (join field)', async () => {
    const event = await openEvent(payload, 'reg-join')
    await payload.create({ collection: 'registrations', data: { ...valid, event: event.id } as never, overrideAccess: false })
    const withJoin = await payload.findByID({ collection: 'events', id: event.id, overrideAccess: true, depth: 1 })
    const joined = (withJoin as unknown as { registrations: { docs: Array<{ email: string }> } }).registrations.docs
    expect(joined.map((r) => r.email)).toEqual(['erlan@example.kz'])
  })
})

describe('seats and the waiting list', () => {
  it('seats up to the capacity, then queues; a cancellation promotes the first in line', async () => {
    const event = await openEvent(payload, 'reg-queue', 2)
    const make = (email: string) =>
      payload.create({ collection: 'registrations', data: { ...valid, email, event: event.id } as never, overrideAccess: false })
    const [a, b, c, d] = [await make('a@example.kz'), await make('b@example.kz'), await make('c@example.kz'), await make('d@example.kz')]
    expect([a, b, c, d].map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waiting', 'waiting'])
    expect([a.seat, b.seat]).toEqual([1, 2])
    expect(c.reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)

    // Staff cancel in the admin: the seat goes to the first in line.
    await payload.update({ collection: 'registrations', id: a.id, data: { status: 'cancelled' } as never, overrideAccess: true })
    const after = await registrationsFor(event.id)
    const status = Object.fromEntries(after.map((r) => [r.email, [r.status, r.seat ?? null]]))
    expect(status).toEqual({
      'a@example.kz': ['cancelled', null],
      'b@example.kz': ['confirmed', 2],
      'c@example.kz': ['confirmed', 1],
      'd@example.kz': ['waiting', null],
    })
    // The cancelled e-mail may register again, and queues behind d.
    expect((await make('a@example.kz')).status).toBe('waiting')
  })

  it('more seats seat the waiting list at once', async () => {
    const event = await openEvent(payload, 'reg-grow', 1)
    for (const email of ['x1@example.kz', 'x2@example.kz', 'x3@example.kz']) {
      await payload.create({ collection: 'registrations', data: { ...valid, email, event: event.id } as never, overrideAccess: false })
    }
    await payload.update({ collection: 'events', id: event.id, data: { registration: { enabled: true, capacity: 2 } } as never, overrideAccess: true, context: quiet })
    expect((await registrationsFor(event.id)).map((r) => r.status).sort()).toEqual(['confirmed', 'confirmed', 'waiting'])
  })

  it('a waiting registration is not seated by hand', async () => {
    const event = await openEvent(payload, 'reg-by-hand', 1)
    await payload.create({ collection: 'registrations', data: { ...valid, email: 'h1@example.kz', event: event.id } as never, overrideAccess: false })
    const waiting = await payload.create({ collection: 'registrations', data: { ...valid, email: 'h2@example.kz', event: event.id } as never, overrideAccess: false })
    const message = await rejection(payload.update({ collection: 'registrations', id: waiting.id, locale: 'ru', data: { status: 'confirmed' } as never, overrideAccess: true }))
    // In the admin's language; a Local API call without one gets the default, Kazakh.
    expect(message).toContain(registrationMessages.kk.waitingPromotedOnlyBySeat)
  })
})

describe('what the public cannot set', () => {
  it('ignores status, seat, reference, keys, timestamps, ids and unknown fields', async () => {
    const event = await openEvent(payload, 'reg-strip', 1)
    await payload.create({ collection: 'registrations', data: { ...valid, email: 'first@example.kz', event: event.id } as never, overrideAccess: false })
    const forged = await payload.create({
      collection: 'registrations',
      data: {
        ...valid,
        event: event.id,
        id: 424242,
        status: 'confirmed',
        seat: 1,
        reference: 'AAAA-AAAA',
        seatKey: `${event.id}#2`,
        activeKey: 'forged',
        createdAt: '2001-01-01T00:00:00.000Z',
        updatedAt: '2001-01-01T00:00:00.000Z',
        junk: 'x'.repeat(10_000),
      } as never,
      overrideAccess: false,
    })
    const stored = (await payload.findByID({ collection: 'registrations', id: forged.id, overrideAccess: true })) as unknown as Record<string, unknown>
    expect(stored.id).not.toBe(424242)
    expect(stored.status).toBe('waiting')
    expect(stored.seat ?? null).toBeNull()
    expect(stored.reference).not.toBe('AAAA-AAAA')
    expect(stored.activeKey).toBe(`${event.id}|erlan@example.kz`)
    expect(new Date(stored.createdAt as string).getFullYear()).toBeGreaterThan(2020)
    expect(new Date(stored.updatedAt as string).getFullYear()).toBeGreaterThan(2020)
    expect(stored).not.toHaveProperty('junk')
  })
})

describe('deleting an event', () => {
  it('is refused with a message while it has registrations, and nothing is deleted', async () => {
    const event = await openEvent(payload, 'reg-delete', 5)
    await payload.update({ collection: 'events', id: event.id, locale: 'kk', data: { title: 'Екінші нұсқа' } as never, overrideAccess: true, context: quiet })
    const registration = await payload.create({ collection: 'registrations', data: { ...valid, event: event.id } as never, overrideAccess: false })
    const versionsBefore = (await payload.findVersions({ collection: 'events', where: { parent: { equals: event.id } }, overrideAccess: true })).totalDocs
    expect(versionsBefore).toBeGreaterThan(0)

    let status = 0
    let message = ''
    try {
      await payload.delete({ collection: 'events', id: event.id, locale: 'ru', overrideAccess: true, context: quiet })
    } catch (error) {
      status = (error as { status: number }).status
      message = (error as Error).message
    }
    expect(status).toBe(409)
    expect(message).toMatch(/^(Іс-шараны жою мүмкін емес|Мероприятие нельзя удалить|The event cannot be deleted)/)
    expect(await payload.findByID({ collection: 'events', id: event.id, overrideAccess: true, disableErrors: true })).not.toBeNull()
    expect((await payload.findVersions({ collection: 'events', where: { parent: { equals: event.id } }, overrideAccess: true })).totalDocs).toBe(versionsBefore)

    // Once its registrations are gone the event deletes cleanly.
    await payload.delete({ collection: 'registrations', id: registration.id, overrideAccess: true })
    await payload.delete({ collection: 'events', id: event.id, overrideAccess: true, context: quiet })
    expect(await payload.findByID({ collection: 'events', id: event.id, overrideAccess: true, disableErrors: true })).toBeNull()
  })

  it('is refused by the database too (ON DELETE RESTRICT), should anything bypass the hook', async () => {
    const event = await openEvent(payload, 'reg-delete-raw', 5)
    await payload.create({ collection: 'registrations', data: { ...valid, event: event.id } as never, overrideAccess: false })
    await expect(payload.db.deleteOne({ collection: 'events', where: { id: { equals: event.id } } })).rejects.toThrow()
    expect(await registrationsFor(event.id)).toHaveLength(1)
  })
})
