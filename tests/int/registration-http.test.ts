import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registrationMessages } from '../../cms/core/messages'
import { startApiServer, type ApiServer } from './apiServer'
import { makeUser, openEvent, seededPayload } from './helpers'

/** The public doors over real HTTP: the form endpoint, its limits, the cancel link, the events API. */

let payload: Payload
let api: ApiServer

beforeAll(async () => {
  payload = await seededPayload()
  api = await startApiServer()
})

afterAll(async () => {
  await api?.close()
})

async function countFor(eventId: number | string) {
  return (await payload.count({ collection: 'registrations', where: { event: { equals: eventId } }, overrideAccess: true })).totalDocs
}

function post(fields: Record<string, string>, accept = 'application/json') {
  return fetch(`${api.url}/api/register`, {
    method: 'POST',
    headers: { accept, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  })
}

const form = (slug: string, extra: Record<string, string> = {}) => ({ event: slug, lang: 'ru', name: 'Гульнара Касымова', email: 'gulnara@example.kz', consent: 'on', ...extra })

describe('the one e-mail rule', () => {
  it('accepts an internationalized address the form accepts (once a 503)', async () => {
    const event = await openEvent(payload, 'http-idn', 10)
    const response = await post(form('http-idn', { email: 'Иван@Пример.РФ' }))
    expect(response.status).toBe(201)
    const stored = await payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, overrideAccess: true })
    expect(stored.docs.map((r) => r.email)).toEqual(['иван@пример.рф'])
  })

  it.each([
    ['a doubled dot', { email: 'a..b@x.kz' }, 'email', 'emailInvalid'],
    ['a quoted local part', { email: '"a b"@x.kz' }, 'email', 'emailInvalid'],
    ['a zero-width space', { email: 'gul\u200Bnara@example.kz' }, 'email', 'hiddenCharacters'],
    ['a NUL in the name', { name: 'Гульнара\u0000 DROP' }, 'name', 'hiddenCharacters'],
    ['a bidi override in the organization', { organization: 'ТОО \u202Eабв' }, 'organization', 'hiddenCharacters'],
  ] as const)('refuses %s with a 422 in the form language, storing nothing', async (_label, change, field, code) => {
    const slug = `http-refuse-${code}-${field}-${Object.values(change)[0]!.length}`.toLowerCase()
    const event = await openEvent(payload, slug, 10)
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const response = await post(form(slug, { ...change, lang }))
      expect(response.status).toBe(422)
      const body = await response.json()
      expect(body.ok).toBe(false)
      expect(body.fieldErrors[field]).toBe(registrationMessages[lang][code])
    }
    expect(await countFor(event.id)).toBe(0)
  })
})

describe('body size', () => {
  it('answers 413 to a declared 10 MB body, before reading it', async () => {
    const event = await openEvent(payload, 'http-huge', 10)
    const body = new URLSearchParams({ ...form('http-huge'), junk: 'x'.repeat(10 * 1024 * 1024) }).toString()
    const response = await fetch(`${api.url}/api/register`, {
      method: 'POST',
      // The body is never read, so the language comes from the browser's preference.
      headers: { accept: 'application/json', 'accept-language': 'ru-RU,ru;q=0.9', 'content-type': 'application/x-www-form-urlencoded' },
      body,
    })
    expect(response.status).toBe(413)
    expect((await response.json()).messages).toEqual([registrationMessages.ru.bodyTooLarge])
    expect(await countFor(event.id)).toBe(0)
  })

  it('answers 413 to a streamed body without a length once it passes 64 KB', async () => {
    const event = await openEvent(payload, 'http-stream', 10)
    const payloadText = new URLSearchParams({ ...form('http-stream'), junk: 'y'.repeat(100 * 1024) }).toString()
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(payloadText)
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192))
        controller.close()
      },
    })
    const response = await fetch(`${api.url}/api/register`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: chunks,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(await countFor(event.id)).toBe(0)
  })

  it('REST creates by the public get the same limit', async () => {
    const event = await openEvent(payload, 'http-rest-huge', 10)
    const response = await fetch(`${api.url}/api/registrations?locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: event.id, name: 'A', email: 'a@example.kz', consent: true, junk: 'z'.repeat(100 * 1024) }),
    })
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toContain(registrationMessages.en.bodyTooLarge)
    expect(await countFor(event.id)).toBe(0)
  })
})

describe('answers', () => {
  it('a new registration learns its status, place in line and reference; a repeat gets 200 with its state', async () => {
    await openEvent(payload, 'http-answers', 1)
    const first = await (await post(form('http-answers', { email: 'one@example.kz' }))).json()
    expect(first).toMatchObject({ ok: true, status: 'confirmed', position: null })
    expect(first.reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    const second = await post(form('http-answers', { email: 'two@example.kz', lang: 'en' }))
    expect(second.status).toBe(201)
    const secondBody = await second.json()
    expect(secondBody).toMatchObject({ ok: true, status: 'waiting', position: 1 })
    expect(secondBody.messages[0]).toContain('number 1 on the waiting list')

    const again = await post(form('http-answers', { email: 'TWO@example.kz', lang: 'en' }))
    expect(again.status).toBe(200)
    const againBody = await again.json()
    expect(againBody).toMatchObject({ ok: true, status: 'waiting', position: 1 })
    expect(againBody.reference).toBeUndefined()
  })

  it('a plain HTML form gets a page in its language with the cancel link', async () => {
    await openEvent(payload, 'http-html', 5)
    const response = await post(form('http-html', { lang: 'kk', email: 'html@example.kz' }), 'text/html')
    expect(response.status).toBe(201)
    const html = await response.text()
    expect(html).toContain('<html lang="kk">')
    expect(html).toContain(registrationMessages.kk.successTitle)
    expect(html).toMatch(/href="\/api\/register\/cancel\?ref=[A-Z0-9-]+&amp;token=[\w-]+&amp;lang=kk"/)
  })
})

describe('the cancel link', () => {
  it('shows a confirmation in the registrant language, cancels on POST, promotes the next, and is harmless twice', async () => {
    const event = await openEvent(payload, 'http-cancel', 1)
    const seated = await (await post(form('http-cancel', { lang: 'en', email: 'seated@example.kz' }))).json()
    const waiting = await (await post(form('http-cancel', { lang: 'kk', email: 'next@example.kz' }))).json()
    expect([seated.status, waiting.status]).toEqual(['confirmed', 'waiting'])
    const link = new URL(seated.cancelUrl, api.url)

    // GET only asks; a link preview fetching the URL cancels nothing. Language: the registrant's.
    const page = await fetch(link)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain(registrationMessages.en.cancelButton)
    expect(html).toContain('method="post"')
    expect((await payload.find({ collection: 'registrations', where: { reference: { equals: seated.reference } }, overrideAccess: true })).docs[0]!.status).toBe('confirmed')

    const cancel = () =>
      fetch(`${api.url}/api/register/cancel`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ref: link.searchParams.get('ref')!, token: link.searchParams.get('token')! }).toString(),
      })
    const [one, two] = await Promise.all([cancel(), cancel()])
    expect([one.status, two.status]).toEqual([200, 200])
    const texts = [await one.text(), await two.text()]
    expect(texts.filter((t) => t.includes(registrationMessages.en.cancelledBody))).toHaveLength(1)
    expect(texts.filter((t) => t.includes(registrationMessages.en.cancelAlreadyDone))).toHaveLength(1)

    const stored = await payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, sort: 'id', overrideAccess: true })
    expect(stored.docs.map((r) => r.status)).toEqual(['cancelled', 'confirmed'])
  })

  it('refuses a forged or truncated token with a 404 page', async () => {
    await openEvent(payload, 'http-forged', 5)
    const { cancelUrl, reference } = await (await post(form('http-forged', { email: 'forged@example.kz' }))).json()
    const link = new URL(cancelUrl, api.url)
    link.searchParams.set('token', link.searchParams.get('token')!.slice(0, -1) + 'A')
    const page = await fetch(link, { headers: { 'accept-language': 'ru' } })
    expect(page.status).toBe(404)
    const forged = await fetch(`${api.url}/api/register/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ ref: reference, token: 'x'.repeat(32), lang: 'ru' }).toString(),
    })
    expect(forged.status).toBe(404)
    expect((await forged.json()).messages).toEqual([registrationMessages.ru.cancelLinkInvalid])
    const stored = await payload.find({ collection: 'registrations', where: { reference: { equals: reference } }, overrideAccess: true })
    expect(stored.docs[0]!.status).toBe('confirmed')
  })
})

describe('the events API and registrations', () => {
  it('the public can neither read nor filter events by their registrations', async () => {
    const event = await openEvent(payload, 'http-join', 5)
    const { reference } = await (await post(form('http-join', { email: 'join@example.kz' }))).json()
    const registration = (await payload.find({ collection: 'registrations', where: { reference: { equals: reference } }, overrideAccess: true })).docs[0]!

    const filtered = await fetch(`${api.url}/api/events?where[registrations][equals]=${registration.id}`)
    expect(filtered.status).toBe(400)
    expect(JSON.stringify(await filtered.json())).toContain('registrations')

    const read = await (await fetch(`${api.url}/api/events/${event.id}`)).json()
    expect(read.id).toBe(event.id)
    expect(read).not.toHaveProperty('registrations')
  })

  it('deleting an event with registrations over REST answers 409 in the request language', async () => {
    const event = await openEvent(payload, 'http-delete', 5)
    await post(form('http-delete', { email: 'keep@example.kz' }))
    await makeUser(payload, ['admin'], 'http-admin@example.kz')
    const login = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'http-admin@example.kz', password: 'correct-horse-battery-staple' }),
    })
    const { token } = (await login.json()) as { token: string }
    const response = await fetch(`${api.url}/api/events/${event.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}`, 'accept-language': 'en' },
    })
    expect(response.status).toBe(409)
    expect(JSON.stringify(await response.json())).toContain('The event cannot be deleted: it has 1 registration(s).')
    expect(await payload.findByID({ collection: 'events', id: event.id, overrideAccess: true, disableErrors: true })).not.toBeNull()
  })
})
