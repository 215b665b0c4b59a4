import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginLimiter } from '../../cms/lib/loginGuard'
import { startApiServer, type ApiServer } from './apiServer'
import { makeUser, seededPayload } from './helpers'

/**
 * Sign-in over real HTTP: throttled per address and per (account, address), one answer for
 * unknown, wrong and throttled, only admins unlock, and the password policy.
 */

let payload: Payload
let server: ApiServer
const password = 'correct-horse-battery-staple'

beforeAll(async () => {
  payload = await seededPayload()
  await makeUser(payload, ['admin'], 'signin-admin@kelisim.local')
  await makeUser(payload, ['organizer'], 'signin-organizer@kelisim.local')
  await makeUser(payload, ['organizer'], 'signin-victim@kelisim.local')
  server = await startApiServer()
})
afterAll(() => server.close())

async function login(email: string, pass: string, ip: string) {
  const started = performance.now()
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, 'accept-language': 'en' },
    body: JSON.stringify({ email, password: pass }),
  })
  const body = (await response.json()) as { token?: string; errors?: Array<{ message: string }> }
  return { status: response.status, body, ms: performance.now() - started }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('sign-in', () => {
  it('answers unknown, wrong and throttled the same way, and only throttles the guesser’s address', async () => {
    loginLimiter.clear()
    const unknown = await login('nobody@kelisim.local', 'whatever-password', '10.0.0.1')
    const wrong = await login('signin-victim@kelisim.local', 'wrong-password-1', '10.0.0.2')
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)

    // Five guesses from one address, then that address is throttled for that account…
    for (let i = 0; i < 5; i++) expect((await login('signin-victim@kelisim.local', `guess-${i}`, '10.0.0.3')).status).toBe(401)
    const throttled = await login('signin-victim@kelisim.local', password, '10.0.0.3')
    expect(throttled.status).toBe(401)
    expect(throttled.body).toEqual(wrong.body)
    // …while the owner signs in from their own address: nobody locks an account out for others.
    const owner = await login('signin-victim@kelisim.local', password, '10.0.0.4')
    expect(owner.status).toBe(200)
    expect(owner.body.token).toBeTruthy()

    // Timing: printed, not asserted (shared machine). Each path does one lookup and one password hash.
    const runs = { unknown: [] as number[], wrong: [] as number[], throttled: [] as number[] }
    for (let i = 0; i < 3; i++) {
      runs.unknown.push((await login(`nobody-${i}@kelisim.local`, 'whatever-password', `10.0.1.${i}`)).ms)
      runs.wrong.push((await login('signin-organizer@kelisim.local', `wrong-${i}`, `10.0.2.${i}`)).ms)
      runs.throttled.push((await login('signin-victim@kelisim.local', password, '10.0.0.3')).ms)
    }
    console.log(`sign-in answer time, median of 3 (ms): unknown ${median(runs.unknown).toFixed(0)}, wrong ${median(runs.wrong).toFixed(0)}, throttled ${median(runs.throttled).toFixed(0)}`)
  })

  it('throttles one address guessing many accounts', async () => {
    loginLimiter.clear()
    process.env.KELISIM_LOGIN_IP_LIMIT = '3'
    try {
      for (let i = 0; i < 3; i++) expect((await login(`spray-${i}@kelisim.local`, 'spray-password', '10.0.3.1')).status).toBe(401)
      const blocked = await login('signin-organizer@kelisim.local', password, '10.0.3.1')
      expect(blocked.status).toBe(401)
      expect((await login('signin-organizer@kelisim.local', password, '10.0.3.2')).status).toBe(200)
    } finally {
      delete process.env.KELISIM_LOGIN_IP_LIMIT
    }
  })

  it('only admins unlock an account', async () => {
    loginLimiter.clear()
    for (let i = 0; i < 5; i++) await login('signin-victim@kelisim.local', `guess-${i}`, '10.0.4.1')
    expect((await login('signin-victim@kelisim.local', password, '10.0.4.1')).status).toBe(401)
    const unlock = async (token: string) =>
      fetch(`${server.url}/api/users/unlock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, 'x-forwarded-for': '10.0.4.9' },
        body: JSON.stringify({ email: 'signin-victim@kelisim.local' }),
      })
    const organizer = await login('signin-organizer@kelisim.local', password, '10.0.4.2')
    expect((await unlock(organizer.body.token!)).status).toBe(403)
    expect((await login('signin-victim@kelisim.local', password, '10.0.4.1')).status).toBe(401)
    const admin = await login('signin-admin@kelisim.local', password, '10.0.4.3')
    expect((await unlock(admin.body.token!)).status).toBe(200)
    expect((await login('signin-victim@kelisim.local', password, '10.0.4.1')).status).toBe(200)
  })
})

describe('password policy', () => {
  it.each([
    ['123456', 'en', 'at least 12 characters'],
    ['password2024!', 'en', 'too common'],
    ['qwertyuiop12', 'ru', 'слишком распространён'],
    ['signin-new-user@kelisim.local', 'en', 'e-mail'],
  ])('refuses %s with a message (%s)', async (weak, lang, message) => {
    const admin = await login('signin-admin@kelisim.local', password, '10.0.5.1')
    const response = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.body.token}`, 'accept-language': lang, 'x-forwarded-for': '10.0.5.1' },
      body: JSON.stringify({ email: 'signin-new-user@kelisim.local', password: weak, roles: ['organizer'] }),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(message)
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'signin-new-user@kelisim.local' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('accepts a long uncommon passphrase, also when a user changes their own password', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'signin-strong@kelisim.local', password: 'river stone kettle 42', roles: ['organizer'] } as never,
      overrideAccess: true,
    })
    await expect(
      payload.update({ collection: 'users', id: user.id, data: { password: 'short' } as never, overrideAccess: false, user: { ...user, collection: 'users' } }),
    ).rejects.toThrow()
  })
})
