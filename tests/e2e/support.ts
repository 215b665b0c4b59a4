import { expect, type APIRequestContext } from '@playwright/test'

export const admin = {
  email: process.env.E2E_ADMIN_EMAIL!,
  password: process.env.E2E_ADMIN_PASSWORD!,
}

/** A JWT for the seeded admin, through the real REST login. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: admin })
  expect(response.ok(), await response.text()).toBeTruthy()
  return (await response.json()).token as string
}

export function bearer(token: string) {
  return { Authorization: `JWT ${token}` }
}

/** Waits until a public URL answers with the expected status (the site rebuilds asynchronously). */
export async function waitForStatus(request: APIRequestContext, url: string, status: number, timeoutMs = 120_000) {
  await expect
    .poll(async () => (await request.get(url, { maxRedirects: 0 })).status(), { timeout: timeoutMs, intervals: [1000, 2000] })
    .toBe(status)
}

const day = 24 * 3600_000

/** Publishes an upcoming event open for registration, in kk and ru, through the REST API. */
export async function publishOpenEvent(request: APIRequestContext, token: string, slug: string, titles: { kk: string; ru: string }) {
  const create = await request.post('/api/events?locale=kk', {
    headers: bearer(token),
    data: {
      title: titles.kk,
      slug,
      kind: 'seminar-training',
      format: 'offline',
      status: 'scheduled',
      startsAt: new Date(Date.now() + 30 * day).toISOString(),
      endsAt: new Date(Date.now() + 30 * day + 4 * 3600_000).toISOString(),
      registration: { enabled: true, capacity: 50, opensAt: new Date(Date.now() - day).toISOString() },
      _status: 'published',
    },
  })
  expect(create.ok(), await create.text()).toBeTruthy()
  const id = (await create.json()).doc.id
  const translate = await request.patch(`/api/events/${id}?locale=ru`, {
    headers: bearer(token),
    data: { title: titles.ru, _status: 'published' },
  })
  expect(translate.ok(), await translate.text()).toBeTruthy()
  return id as number
}

export async function registrationsFor(request: APIRequestContext, token: string, eventId: number) {
  const response = await request.get(`/api/registrations?where[event][equals]=${eventId}&limit=100`, { headers: bearer(token) })
  expect(response.ok()).toBeTruthy()
  return (await response.json()).docs as Array<{ name: string; email: string; locale: string; status: string }>
}
