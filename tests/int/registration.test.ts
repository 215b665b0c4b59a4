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

  it('refuses when registration is closed, not enabled or the event is full', async () => {
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
