import { expect, test } from '@playwright/test'

import { adminToken, bearer, publishOpenEvent, registrationsFor, waitForStatus } from './support'

let token: string
let eventId: number
const slug = `e2e-api-${Date.now().toString(36)}`

test.beforeAll(async ({ request }) => {
  token = await adminToken(request)
  eventId = await publishOpenEvent(request, token, slug, { kk: 'API сынағы', ru: 'Проверка API' })
})

test.describe('anonymous REST and GraphQL', () => {
  test('may create a registration but never list, read, update or delete one', async ({ request }) => {
    const created = await request.post('/api/registrations', {
      data: { event: eventId, name: 'Тимур Ахметов', email: 'timur@example.kz', consent: true },
    })
    expect(created.status(), await created.text()).toBe(201)
    const id = (await created.json()).doc.id

    expect((await request.get('/api/registrations')).status()).toBe(403)
    expect((await request.get(`/api/registrations/${id}`)).status()).toBe(403)
    expect((await request.patch(`/api/registrations/${id}`, { data: { name: 'Changed' } })).status()).toBe(403)
    expect((await request.delete(`/api/registrations/${id}`)).status()).toBe(403)

    const stored = await registrationsFor(request, token, eventId)
    expect(stored.map((r) => r.name)).toEqual(['Тимур Ахметов'])
  })

  test('GraphQL refuses to list registrations or users', async ({ request }) => {
    const list = await request.post('/api/graphql', { data: { query: '{ Registrations { docs { id email } } }' } })
    const listBody = await list.json()
    expect(listBody.errors?.[0]?.message).toBeTruthy()
    expect(listBody.data?.Registrations ?? null).toBeNull()

    const users = await request.post('/api/graphql', { data: { query: '{ Users { docs { email } } }' } })
    expect((await users.json()).errors?.length).toBeGreaterThan(0)

    const update = await request.post('/api/graphql', { data: { query: 'mutation { deleteRegistration(id: 1) { id } }' } })
    expect((await update.json()).errors?.length).toBeGreaterThan(0)
  })

  test('cannot publish or change content', async ({ request }) => {
    expect((await request.post('/api/events', { data: { title: 'x', startsAt: new Date().toISOString() } })).status()).toBe(403)
    expect((await request.patch(`/api/events/${eventId}`, { data: { title: 'hijacked' } })).status()).toBe(403)
    expect((await request.delete(`/api/events/${eventId}`)).status()).toBe(403)
    expect((await request.get('/api/users')).status()).toBe(403)
    expect((await request.get('/api/globals/site-build')).status()).toBe(403)
  })
})

test.describe('the registration endpoint', () => {
  const post = (request: import('@playwright/test').APIRequestContext, form: Record<string, string>) =>
    request.post('/api/register', { form, headers: { Accept: 'application/json' } })

  const valid = { event: '', lang: 'ru', name: 'Гульнара Касымова', email: 'gulnara@example.kz', consent: 'yes' }

  test.beforeAll(() => {
    valid.event = slug
  })

  test('explains every problem in the form language and stores nothing', async ({ request }) => {
    const before = (await registrationsFor(request, token, eventId)).length
    const cases: Array<[Record<string, string>, number, string]> = [
      [{ ...valid, name: '' }, 422, 'Укажите имя и фамилию.'],
      [{ ...valid, lang: 'kk', email: 'not-an-email' }, 422, 'Электрондық пошта мекенжайы дұрыс емес'],
      [{ ...valid, lang: 'en', consent: '' }, 422, 'agree to the processing of your personal data'],
      [{ ...valid, event: 'no-such-event' }, 404, 'Такое мероприятие не найдено.'],
      [{ ...valid, lang: 'en', event: 'training-invitation-to-mediation-2021-09-13' }, 409, 'does not take registrations'],
    ]
    for (const [form, status, message] of cases) {
      const response = await post(request, form)
      expect(response.status(), JSON.stringify(form)).toBe(status)
      const body = await response.json()
      expect(body.ok).toBe(false)
      expect(body.messages.join(' ')).toContain(message)
    }
    expect((await registrationsFor(request, token, eventId)).length).toBe(before)
  })

  test('answers a malformed body with a clear 400, not a crash', async ({ request }) => {
    const response = await request.post('/api/register', { data: 'not json{', headers: { 'Content-Type': 'application/json', Accept: 'application/json' } })
    expect(response.status()).toBe(400)
    expect((await response.json()).messages[0]).toContain('Форма')
  })

  test('a closed registration says so', async ({ request }) => {
    await request.patch(`/api/events/${eventId}`, {
      headers: bearer(token),
      data: { registration: { enabled: true, closesAt: new Date(Date.now() - 60_000).toISOString() }, _status: 'published' },
    })
    const response = await post(request, { ...valid, email: 'late@example.kz' })
    expect(response.status()).toBe(409)
    expect((await response.json()).messages).toEqual(['Регистрация закрыта.'])
    // Reopen so the page rebuild that follows leaves the event as it was.
    await request.patch(`/api/events/${eventId}`, { headers: bearer(token), data: { registration: { enabled: true, closesAt: null }, _status: 'published' } })
    await waitForStatus(request, `/ru/events/${slug}/`, 200)
  })
})
