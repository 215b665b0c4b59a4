import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { loginLimiter } from '../../cms/lib/loginGuard'
import { currentCode, readTwoFactorRow } from '../../cms/lib/twoFactor'
import { timeStep, totpPeriodSeconds } from '../../cms/core/twoFactor'
import { startApiServer, type ApiServer } from './apiServer'
import { makeUser, seededPayload } from './helpers'

/**
 * Two-factor sign-in over real HTTP: enrolling, confirming, signing in with and without a code,
 * uniform refusals and throttling, one use per code, recovery codes, the secret never leaving the
 * server, admins required to enroll, and an admin resetting a user's two-factor sign-in.
 */

let payload: Payload
let server: ApiServer
const password = 'correct-horse-battery-staple'

beforeAll(async () => {
  payload = await seededPayload()
  await makeUser(payload, ['admin'], 'tf-admin@kelisim.local')
  await makeUser(payload, ['organizer'], 'tf-organizer@kelisim.local')
  await makeUser(payload, ['press'], 'tf-press@kelisim.local')
  await makeUser(payload, ['admin'], 'tf-new-admin@kelisim.local')
  server = await startApiServer()
})
afterAll(() => server.close())

type Json = { token?: string; errors?: Array<{ message: string }>; [key: string]: unknown }

async function call(path: string, init: { method?: string; token?: string; body?: unknown; ip?: string; lang?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      'accept-language': init.lang ?? 'en',
      'x-forwarded-for': init.ip ?? '10.7.0.1',
      ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  let body: Json = {}
  try {
    body = JSON.parse(text) as Json
  } catch {
    body = { text }
  }
  return { status: response.status, body, text }
}

const login = (email: string, extra: Record<string, unknown> = {}, ip = '10.7.0.1') =>
  call('/api/users/login', { body: { email, password, ...extra }, ip })

const stepMs = totpPeriodSeconds * 1000
const usedSteps = new Map<string, number>()
/**
 * A code the server has not seen yet: the step after the last one used, which the ±1 step window
 * accepts up to one step ahead; waits for the clock only when that is used up too.
 */
async function freshCode(secret: string) {
  const step = Math.max((usedSteps.get(secret) ?? -1) + 1, timeStep(Date.now()))
  while (step > timeStep(Date.now()) + 1) await new Promise((resolve) => setTimeout(resolve, (timeStep(Date.now()) + 1) * stepMs - Date.now() + 50))
  usedSteps.set(secret, step)
  return currentCode(secret, step * stepMs + stepMs / 2)
}
/** A valid code that will be refused for another reason (so it stays unused). */
const unusedCode = (secret: string) => currentCode(secret, Math.max((usedSteps.get(secret) ?? -1) + 1, timeStep(Date.now())) * stepMs + stepMs / 2)

async function enroll(email: string, ip = '10.7.0.2') {
  const token = (await login(email, {}, ip)).body.token!
  const setup = await call('/api/users/2fa/setup', { token, body: {} })
  expect(setup.status).toBe(200)
  const secret = setup.body.secret as string
  const confirm = await call('/api/users/2fa/confirm', { token, body: { code: await freshCode(secret) } })
  expect(confirm.status, confirm.text).toBe(200)
  return { token, secret, setup: setup.body, recoveryCodes: confirm.body.recoveryCodes as string[] }
}

describe('two-factor sign-in', () => {
  let secret = ''
  let recoveryCodes: string[] = []
  let wrongPasswordBody: Json

  it('enrolls: a secret as an otpauth URI and a QR image, switched on only by a current code', async () => {
    loginLimiter.clear()
    const token = (await login('tf-organizer@kelisim.local')).body.token!
    const setup = await call('/api/users/2fa/setup', { token, body: {} })
    expect(setup.status).toBe(200)
    secret = setup.body.secret as string
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Kelisim:tf-organizer%40kelisim\.local\?/)
    expect(setup.body.uri).toContain(`secret=${secret}`)
    expect(setup.body.uri).toContain('period=30')
    expect(setup.body.uri).toContain('digits=6')
    expect(setup.body.uri).toContain('algorithm=SHA1')
    expect(setup.body.qr).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(Buffer.from(String(setup.body.qr).split(',')[1]!, 'base64').toString()).toContain('<svg')

    // Not on yet: signing in needs no code, and a wrong code does not switch it on.
    expect((await call('/api/users/2fa', { token })).body).toMatchObject({ enabled: false, pending: true })
    expect((await login('tf-organizer@kelisim.local')).status).toBe(200)
    const wrong = await call('/api/users/2fa/confirm', { token, body: { code: '000000' }, lang: 'ru' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors?.[0]?.message).toBe('Неверный код. Введите текущий 6-значный код из приложения.')
    expect((await readTwoFactorRow({ payload } as never, (await findUser('tf-organizer@kelisim.local')).id))?.twoFactorEnabled).toBe(false)

    const confirm = await call('/api/users/2fa/confirm', { token, body: { code: await freshCode(secret) } })
    expect(confirm.status).toBe(200)
    recoveryCodes = confirm.body.recoveryCodes as string[]
    expect(recoveryCodes).toHaveLength(10)
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
    expect((await call('/api/users/2fa', { token })).body).toMatchObject({ enabled: true, pending: false, recoveryCodesLeft: 10 })
    // A second setup while it is on is refused (turn it off first).
    expect((await call('/api/users/2fa/setup', { token, body: {} })).status).toBe(409)
  })

  it('refuses a sign-in without a code or with a wrong one exactly like a wrong password', async () => {
    loginLimiter.clear()
    const info = vi.spyOn(payload.logger, 'info')
    try {
      const wrongPassword = await call('/api/users/login', { body: { email: 'tf-organizer@kelisim.local', password: 'wrong-password-here' }, ip: '10.7.1.1' })
      const noCode = await login('tf-organizer@kelisim.local', {}, '10.7.1.2')
      const wrongCode = await login('tf-organizer@kelisim.local', { totp: '123456' }, '10.7.1.3')
      const garbage = await login('tf-organizer@kelisim.local', { totp: 'not a code' }, '10.7.1.4')
      const wrongPasswordRightCode = await call('/api/users/login', {
        body: { email: 'tf-organizer@kelisim.local', password: 'wrong-password-here', totp: unusedCode(secret) },
        ip: '10.7.1.5',
      })
      wrongPasswordBody = wrongPassword.body
      for (const answer of [wrongPassword, noCode, wrongCode, garbage, wrongPasswordRightCode]) {
        expect(answer.status).toBe(401)
        expect(answer.body).toEqual(wrongPassword.body)
        expect(answer.body.token).toBeUndefined()
      }
      const lines = info.mock.calls.map((c) => String(c[0]))
      expect(lines).toContain('sign-in refused: reason=missing-code ip=10.7.1.2')
      expect(lines).toContain('sign-in refused: reason=wrong-code ip=10.7.1.3')
      expect(lines.join('\n')).not.toContain('123456')

      // Timing: printed, not asserted (shared machine). Each refusal does one lookup and one password hash.
      const timed = async (body: Record<string, unknown>, ip: string) => {
        const started = performance.now()
        await call('/api/users/login', { body: { email: 'tf-organizer@kelisim.local', ...body }, ip })
        return performance.now() - started
      }
      const runs = { wrongPassword: [] as number[], wrongCode: [] as number[], noCode: [] as number[] }
      for (let i = 0; i < 5; i++) {
        runs.wrongPassword.push(await timed({ password: `wrong-${i}-password` }, `10.7.12.${i}`))
        runs.wrongCode.push(await timed({ password, totp: '999999' }, `10.7.13.${i}`))
        runs.noCode.push(await timed({ password }, `10.7.14.${i}`))
      }
      const median = (v: number[]) => [...v].sort((a, b) => a - b)[2]!.toFixed(0)
      console.log(`two-factor refusal time, median of 5 (ms): wrong password ${median(runs.wrongPassword)}, wrong code ${median(runs.wrongCode)}, no code ${median(runs.noCode)}`)
    } finally {
      info.mockRestore()
    }
  })

  it('throttles wrong codes with the same limits as wrong passwords', async () => {
    loginLimiter.clear()
    for (let i = 0; i < 5; i++) expect((await login('tf-organizer@kelisim.local', { totp: String(100000 + i) }, '10.7.2.1')).status).toBe(401)
    // Now even the right code from that address is refused, the same way.
    const throttled = await login('tf-organizer@kelisim.local', { totp: unusedCode(secret) }, '10.7.2.1')
    expect(throttled.status).toBe(401)
    expect(throttled.body).toEqual(wrongPasswordBody)
  })

  it('signs in with a current code, once: the same code again is refused', async () => {
    loginLimiter.clear()
    const code = await freshCode(secret)
    const ok = await login('tf-organizer@kelisim.local', { totp: code }, '10.7.3.1')
    expect(ok.status).toBe(200)
    expect(ok.body.token).toBeTruthy()
    expect((await call('/api/users/me', { token: ok.body.token })).body).toMatchObject({ user: { email: 'tf-organizer@kelisim.local' } })
    const replay = await login('tf-organizer@kelisim.local', { totp: code }, '10.7.3.2')
    expect(replay.status).toBe(401)
    expect(replay.body).toEqual(wrongPasswordBody)
  })

  it('lets only one of two simultaneous sign-ins with the same code through', async () => {
    loginLimiter.clear()
    const code = await freshCode(secret)
    const answers = await Promise.all([0, 1, 2].map((i) => login('tf-organizer@kelisim.local', { totp: code }, `10.7.4.${i}`)))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401])
  })

  it('accepts the code in the x-totp header too (GraphQL clients)', async () => {
    loginLimiter.clear()
    const ok = await call('/api/users/login', {
      body: { email: 'tf-organizer@kelisim.local', password },
      headers: { 'x-totp': await freshCode(secret) },
      ip: '10.7.5.1',
    })
    expect(ok.status).toBe(200)
  })

  it('takes each recovery code once instead of a code from the app', async () => {
    loginLimiter.clear()
    const first = recoveryCodes[0]!
    expect((await login('tf-organizer@kelisim.local', { totp: first.toUpperCase() }, '10.7.6.1')).status).toBe(200)
    expect((await login('tf-organizer@kelisim.local', { totp: first }, '10.7.6.2')).status).toBe(401)
    const token = (await login('tf-organizer@kelisim.local', { totp: recoveryCodes[1] }, '10.7.6.3')).body.token!
    expect((await call('/api/users/2fa', { token })).body).toMatchObject({ recoveryCodesLeft: 8 })
  })

  it('never returns the secret, the recovery codes or the last step through REST or GraphQL', async () => {
    loginLimiter.clear()
    const self = (await login('tf-organizer@kelisim.local', { totp: recoveryCodes[2] }, '10.7.7.1')).body
    const admin = (await login('tf-admin@kelisim.local', {}, '10.7.7.2')).body.token!
    const row = await readTwoFactorRow({ payload } as never, (await findUser('tf-organizer@kelisim.local')).id)
    expect(row?.twoFactorSecret).toBe(secret)
    const texts = [
      JSON.stringify(self),
      (await call('/api/users/me', { token: self.token })).text,
      (await call('/api/users?limit=100', { token: admin })).text,
      (await call(`/api/users/${row!.id}`, { token: admin })).text,
      (await call(`/api/users/${row!.id}?depth=2&showHiddenFields=true`, { token: admin })).text,
      (await call('/api/graphql', { token: admin, body: { query: '{ Users(limit: 100) { docs { id email twoFactorEnabled } } }' } })).text,
    ]
    for (const text of texts) {
      expect(text).not.toContain(secret)
      expect(text).not.toMatch(/twoFactorSecret|twoFactorRecovery|twoFactorLastStep/)
    }
    expect(texts[3]).toContain('"twoFactorEnabled":true')
    // Asking GraphQL for the hidden field is an error, not the secret.
    const asked = await call('/api/graphql', { token: admin, body: { query: '{ Users { docs { twoFactorSecret } } }' } })
    expect(asked.text).not.toContain(secret)
    // Nobody writes the fields through the API, not even an admin, nor the user themselves.
    await call(`/api/users/${row!.id}`, { method: 'PATCH', token: admin, body: { twoFactorEnabled: false, twoFactorSecret: 'AAAA' } })
    await call(`/api/users/${row!.id}`, { method: 'PATCH', token: self.token, body: { twoFactorEnabled: false } })
    const after = await readTwoFactorRow({ payload } as never, row!.id)
    expect(after).toMatchObject({ twoFactorEnabled: true, twoFactorSecret: secret })
  })

  it('only an admin resets another user’s two-factor sign-in, and it is in the audit log', async () => {
    loginLimiter.clear()
    const organizer = await findUser('tf-organizer@kelisim.local')
    const press = (await login('tf-press@kelisim.local', {}, '10.7.8.1')).body.token!
    expect((await call(`/api/users/${organizer.id}/2fa/reset`, { token: press, body: {} })).status).toBe(403)
    expect((await call(`/api/users/${organizer.id}/2fa/reset`, { body: {} })).status).toBe(401)
    const admin = (await login('tf-admin@kelisim.local', {}, '10.7.8.2')).body.token!
    const reset = await call(`/api/users/${organizer.id}/2fa/reset`, { token: admin, body: {}, lang: 'kk' })
    expect(reset.status).toBe(200)
    expect(reset.body.message).toBe('Екі факторлы кіру тасталды: пайдаланушы оны қайта қоса алады.')
    expect((await login('tf-organizer@kelisim.local', {}, '10.7.8.3')).status).toBe(200)
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'two-factor-reset' } }, overrideAccess: true })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({ actorEmail: 'tf-admin@kelisim.local', targetId: String(organizer.id), summary: 'tf-organizer@kelisim.local' })
    expect((await payload.count({ collection: 'audit-log', where: { action: { equals: 'two-factor-on' } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('turns off with a current code only', async () => {
    loginLimiter.clear()
    const { token, secret: own } = await enroll('tf-press@kelisim.local')
    expect((await call('/api/users/2fa/disable', { token, body: { code: '000000' } })).status).toBe(400)
    const off = await call('/api/users/2fa/disable', { token, body: { code: await freshCode(own) } })
    expect(off.status).toBe(200)
    expect((await login('tf-press@kelisim.local', {}, '10.7.9.1')).status).toBe(200)
  })

  it('a password reset of an account with two-factor sign-in gives no session', async () => {
    loginLimiter.clear()
    const { secret: own } = await enroll('tf-press@kelisim.local', '10.7.10.1')
    const user = await findUser('tf-press@kelisim.local')
    const resetToken = await payload.forgotPassword({ collection: 'users', data: { email: 'tf-press@kelisim.local' }, disableEmail: true })
    const reset = await call('/api/users/reset-password', { body: { token: resetToken, password: 'a brand new passphrase 7' } })
    expect(reset.status).toBe(200)
    expect(reset.body.token).toBeUndefined()
    const row = (await payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as { sessions?: unknown[] }
    expect(row.sessions ?? []).toHaveLength(0)
    const ok = await call('/api/users/login', { body: { email: 'tf-press@kelisim.local', password: 'a brand new passphrase 7', totp: await freshCode(own) }, ip: '10.7.10.2' })
    expect(ok.status).toBe(200)
  })

  describe('with KELISIM_REQUIRE_ADMIN_2FA=1', () => {
    beforeAll(() => {
      process.env.KELISIM_REQUIRE_ADMIN_2FA = '1'
    })
    afterAll(() => {
      delete process.env.KELISIM_REQUIRE_ADMIN_2FA
    })

    it('an admin without it can do nothing but enroll; once enrolled, everything again', async () => {
      loginLimiter.clear()
      const token = (await login('tf-new-admin@kelisim.local', {}, '10.7.11.1')).body.token!
      // No role: the users list holds only themselves, admin-only collections are closed.
      const list = await call('/api/users?limit=100', { token })
      expect((list.body.docs as Array<{ email: string }>).map((d) => d.email)).toEqual(['tf-new-admin@kelisim.local'])
      expect((await call('/api/audit-log', { token })).status).toBe(403)
      const organizer = await findUser('tf-organizer@kelisim.local')
      expect((await call(`/api/users/${organizer.id}/2fa/reset`, { token, body: {} })).status).toBe(403)
      const create = await call('/api/events', { token, body: { title: 'x', slug: 'tf-x', _status: 'draft' } })
      expect(create.status).toBe(403)
      expect((await call('/api/users/2fa', { token })).body).toMatchObject({ enabled: false, required: true })
      // Their own account stays readable (the admin shows the enrollment page from it).
      expect((await call('/api/users/me', { token })).body).toMatchObject({ user: { email: 'tf-new-admin@kelisim.local' } })

      const setup = await call('/api/users/2fa/setup', { token, body: {} })
      expect(setup.status).toBe(200)
      expect((await call('/api/users/2fa/confirm', { token, body: { code: await freshCode(setup.body.secret as string) } })).status).toBe(200)
      expect(((await call('/api/users?limit=100', { token })).body.docs as unknown[]).length).toBeGreaterThan(3)
      expect((await call('/api/audit-log', { token })).status).toBe(200)
      // Organizers are not affected by the admin rule.
      const orgToken = (await login('tf-organizer@kelisim.local', {}, '10.7.11.2')).body.token!
      expect((await call('/api/users/me', { token: orgToken })).status).toBe(200)
    })
  })
})

async function findUser(email: string) {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, limit: 1 })
  return found.docs[0]!
}
