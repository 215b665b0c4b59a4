import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { consentVersion } from '../../cms/core/consent'
import { abuseMessages, fillMessage, registrationMessages } from '../../cms/core/messages'
import { registerLimiter } from '../../cms/lib/abuseGuard'
import { createSiteServer } from '../../site/serve'
import { startApiServer, type ApiServer } from './apiServer'
import { openEvent, seededPayload } from './helpers'

/**
 * The registration door's abuse guards over real HTTP: the honeypot, the fill time, the rate
 * limits (direct and through the real site server, with and without a trusted proxy), cross-site
 * posts, and the consent proof stored with a registration. Every refusal must store nothing.
 */

let payload: Payload
let api: ApiServer
const servers: http.Server[] = []
const siteUrl = 'http://127.0.0.1:4999'
const saved = { ...process.env }

beforeAll(async () => {
  process.env.KELISIM_SITE_URL = siteUrl
  payload = await seededPayload()
  api = await startApiServer()
})

afterAll(async () => {
  await api?.close()
  for (const s of servers) s.closeAllConnections(), s.close()
})

beforeEach(() => registerLimiter.clear())
afterEach(() => {
  for (const key of ['KELISIM_REGISTER_LIMIT', 'KELISIM_REGISTER_EVENT_LIMIT', 'KELISIM_REGISTER_WINDOW_MS', 'KELISIM_TRUST_PROXY', 'KELISIM_REGISTER_MIN_FILL_MS']) {
    process.env[key] = saved[key]
  }
})

const countFor = async (eventId: number | string) =>
  (await payload.count({ collection: 'registrations', where: { event: { equals: eventId } }, overrideAccess: true })).totalDocs

function post(base: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/register`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })
}

const form = (slug: string, email: string, extra: Record<string, string> = {}) => ({ event: slug, lang: 'ru', name: 'Айгерим Серикова', email, consent: 'yes', ...extra })

/** The real public server in front of the API, as in production (it writes X-Forwarded-For). */
async function siteServer(trustProxy: boolean) {
  const live = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-abuse-live-'))
  const server = createSiteServer({ liveDir: live, cmsUrl: api.url, trustProxy })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('bot traps', () => {
  it('refuses a filled honeypot quietly: a vague 400 in the form language, one log line, nothing stored', async () => {
    const event = await openEvent(payload, 'abuse-honeypot', 10)
    const warn = vi.spyOn(payload.logger, 'warn')
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const response = await post(api.url, form('abuse-honeypot', `bot-${lang}@example.kz`, { lang, website: 'http://spam.example' }))
      expect(response.status).toBe(400)
      expect((await response.json()).messages).toEqual([abuseMessages[lang].notAccepted])
    }
    // Without JavaScript the answer is the result page in the form's language.
    const page = await post(api.url, form('abuse-honeypot', 'bot-html@example.kz', { lang: 'kk', website: 'x' }), { accept: 'text/html' })
    expect(page.status).toBe(400)
    const html = await page.text()
    expect(html).toContain('<html lang="kk">')
    expect(html).toContain(abuseMessages.kk.notAccepted)
    expect(await countFor(event.id)).toBe(0)
    const lines = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.startsWith('registration refused'))
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/^registration refused: reason=honeypot ip=127\.0\.0\.1 event=abuse-honeypot$/)
    warn.mockRestore()
  })

  it('refuses a form the script says was filled faster than the minimum, and takes a slower one', async () => {
    process.env.KELISIM_REGISTER_MIN_FILL_MS = '3000'
    const event = await openEvent(payload, 'abuse-fast', 10)
    for (const elapsed of ['200', '2999', '-5', 'soon']) {
      const response = await post(api.url, form('abuse-fast', `fast${elapsed}@example.kz`, { elapsed }))
      expect(response.status, elapsed).toBe(400)
      expect((await response.json()).messages).toEqual([abuseMessages.ru.notAccepted])
    }
    // An invalid form is explained whatever its speed (nothing would be stored anyway).
    const invalid = await post(api.url, form('abuse-fast', 'not-an-email', { elapsed: '200' }))
    expect(invalid.status).toBe(422)
    expect((await invalid.json()).fieldErrors.email).toBe(registrationMessages.ru.emailInvalid)
    expect(await countFor(event.id)).toBe(0)
    // A person who took their time, and a browser without JavaScript (no `elapsed`), get through.
    expect((await post(api.url, form('abuse-fast', 'slow@example.kz', { elapsed: '8000' }))).status).toBe(201)
    expect((await post(api.url, form('abuse-fast', 'nojs@example.kz'))).status).toBe(201)
    expect(await countFor(event.id)).toBe(2)
  })
})

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-address limit and stores nothing more', async () => {
    process.env.KELISIM_REGISTER_LIMIT = '3'
    process.env.KELISIM_REGISTER_WINDOW_MS = '60000'
    const event = await openEvent(payload, 'abuse-ip', 50)
    for (let i = 0; i < 3; i++) expect((await post(api.url, form('abuse-ip', `p${i}@example.kz`))).status).toBe(201)
    const refused = await post(api.url, form('abuse-ip', 'p3@example.kz', { lang: 'en' }))
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect((await refused.json()).messages).toEqual([fillMessage(abuseMessages.en.tooManyRequests, { minutes: 1 })])
    // The HTML answer carries the header too.
    const page = await post(api.url, form('abuse-ip', 'p4@example.kz', { lang: 'kk' }), { accept: 'text/html' })
    expect(page.status).toBe(429)
    expect(page.headers.get('retry-after')).toBeTruthy()
    expect(await page.text()).toContain(fillMessage(abuseMessages.kk.tooManyRequests, { minutes: 1 }))
    expect(await countFor(event.id)).toBe(3)
  })

  it('limits a burst on one event whoever sends it', async () => {
    process.env.KELISIM_REGISTER_EVENT_LIMIT = '2'
    process.env.KELISIM_TRUST_PROXY = '1'
    const event = await openEvent(payload, 'abuse-burst', 20)
    const site = await siteServer(true)
    // Three different clients behind the trusted proxy: the event's limit still holds.
    const from = (ip: string) => ({ 'x-forwarded-for': ip })
    expect((await post(site, form('abuse-burst', 'b1@example.kz'), from('198.51.100.1'))).status).toBe(201)
    expect((await post(site, form('abuse-burst', 'b2@example.kz'), from('198.51.100.2'))).status).toBe(201)
    expect((await post(site, form('abuse-burst', 'b3@example.kz'), from('198.51.100.3'))).status).toBe(429)
    expect(await countFor(event.id)).toBe(2)
  })

  it('behind a trusted proxy counts the address the proxy saw, not what the client wrote', async () => {
    process.env.KELISIM_REGISTER_LIMIT = '2'
    process.env.KELISIM_TRUST_PROXY = '1'
    const event = await openEvent(payload, 'abuse-proxy', 50)
    const site = await siteServer(true)
    // The TLS proxy appends the client's address; anything left of it is the client's own claim.
    const via = (claimed: string, seen: string) => ({ 'x-forwarded-for': `${claimed}, ${seen}` })
    expect((await post(site, form('abuse-proxy', 'x1@example.kz'), via('10.0.0.1', '203.0.113.7'))).status).toBe(201)
    expect((await post(site, form('abuse-proxy', 'x2@example.kz'), via('10.0.0.2', '203.0.113.7'))).status).toBe(201)
    // A new claimed address does not make a new client...
    expect((await post(site, form('abuse-proxy', 'x3@example.kz'), via('10.0.0.3', '203.0.113.7'))).status).toBe(429)
    // ...while another client behind the same proxy has its own count.
    expect((await post(site, form('abuse-proxy', 'y1@example.kz'), via('10.0.0.3', '203.0.113.8'))).status).toBe(201)
    expect(await countFor(event.id)).toBe(3)
  })

  it('without a trusted proxy ignores X-Forwarded-For from the client altogether', async () => {
    process.env.KELISIM_REGISTER_LIMIT = '2'
    const event = await openEvent(payload, 'abuse-noproxy', 50)
    const site = await siteServer(false)
    for (const [i, claimed] of ['203.0.113.1', '203.0.113.2'].entries()) {
      expect((await post(site, form('abuse-noproxy', `z${i}@example.kz`), { 'x-forwarded-for': claimed })).status).toBe(201)
    }
    expect((await post(site, form('abuse-noproxy', 'z9@example.kz'), { 'x-forwarded-for': '203.0.113.3' })).status).toBe(429)
    expect(await countFor(event.id)).toBe(2)
  })
})

describe('the REST door', () => {
  it('holds anonymous creates to the same origin check and limits as the form', async () => {
    process.env.KELISIM_REGISTER_LIMIT = '1'
    const event = await openEvent(payload, 'abuse-rest', 10)
    const create = (email: string, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/api/registrations?locale=en`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ event: event.id, name: 'Rest Client', email, consent: true }),
      })
    const crossSite = await create('r0@example.kz', { origin: 'https://evil.example' })
    expect(crossSite.status).toBe(403)
    expect(JSON.stringify(await crossSite.json())).toContain(abuseMessages.en.crossSite)
    expect((await create('r1@example.kz')).status).toBe(201)
    const limited = await create('r2@example.kz')
    expect(limited.status).toBe(429)
    expect(JSON.stringify(await limited.json())).toContain(abuseMessages.en.tooManyRequests.split('{{')[0]!)
    expect(await countFor(event.id)).toBe(1)
  })
})

describe('cross-site posts', () => {
  it.each([
    ['an Origin of another site', { origin: 'https://evil.example' }],
    ['a null Origin', { origin: 'null' }],
    ['a Referer of another site and no Origin', { referer: 'https://evil.example/form.html' }],
  ])('refuses %s with a 403 in the form language, storing nothing', async (_label, headers) => {
    const slug = `abuse-xsite-${Object.keys(headers)[0]}-${Object.values(headers)[0]!.length}`
    const event = await openEvent(payload, slug, 10)
    const json = await post(api.url, form(slug, 'victim@example.kz', { lang: 'kk' }), headers)
    expect(json.status).toBe(403)
    expect((await json.json()).messages).toEqual([abuseMessages.kk.crossSite])
    const page = await post(api.url, form(slug, 'victim@example.kz', { lang: 'en' }), { ...headers, accept: 'text/html' })
    expect(page.status).toBe(403)
    expect(await page.text()).toContain(abuseMessages.en.crossSite)
    expect(await countFor(event.id)).toBe(0)
  })

  it('accepts the site’s own pages, under localhost or 127.0.0.1, by Origin or by Referer', async () => {
    const event = await openEvent(payload, 'abuse-samesite', 10)
    expect((await post(api.url, form('abuse-samesite', 's1@example.kz'), { origin: siteUrl })).status).toBe(201)
    expect((await post(api.url, form('abuse-samesite', 's2@example.kz'), { origin: siteUrl.replace('127.0.0.1', 'localhost') })).status).toBe(201)
    expect((await post(api.url, form('abuse-samesite', 's3@example.kz'), { referer: `${siteUrl}/ru/events/abuse-samesite/` })).status).toBe(201)
    expect(await countFor(event.id)).toBe(3)
  })
})

describe('consent proof', () => {
  it('stores the version of the consent text and the time with each registration', async () => {
    const event = await openEvent(payload, 'abuse-consent', 10)
    const before = Date.now()
    const response = await post(api.url, form('abuse-consent', 'c1@example.kz'))
    expect(response.status).toBe(201)
    const { docs } = await payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, overrideAccess: true })
    expect(docs[0]!.consentVersion).toBe(consentVersion(12))
    const at = Date.parse(docs[0]!.consentedAt as string)
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now() + 1000)
  })

  it('ignores a version or time the public sends, over the form and over REST', async () => {
    const event = await openEvent(payload, 'abuse-consent-forged', 10)
    const forged = { consentVersion: 'c0-forged', consentedAt: '2001-01-01T00:00:00.000Z' }
    expect((await post(api.url, form('abuse-consent-forged', 'f1@example.kz', forged))).status).toBe(201)
    const rest = await fetch(`${api.url}/api/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: event.id, name: 'Rest Client', email: 'f2@example.kz', consent: true, ...forged }),
    })
    expect(rest.status).toBe(201)
    const { docs } = await payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, overrideAccess: true })
    expect(docs).toHaveLength(2)
    for (const doc of docs) {
      expect(doc.consentVersion).toBe(consentVersion(12))
      expect(doc.consentedAt).not.toBe(forged.consentedAt)
    }
  })
})

describe('messages', () => {
  it('has every abuse message in every language, distinct from the registration messages', () => {
    const keys = Object.keys(abuseMessages.kk).sort()
    for (const lang of ['ru', 'en'] as const) expect(Object.keys(abuseMessages[lang]).sort()).toEqual(keys)
    for (const lang of ['kk', 'ru', 'en'] as const) {
      for (const message of Object.values(abuseMessages[lang])) expect(Object.values(registrationMessages[lang])).not.toContain(message)
    }
  })
})
