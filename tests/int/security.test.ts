import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { servedOverHttps } from '../../cms/lib/siteUrl'
import { dataDir } from '../../cms/lib/paths'
import { startApiServer, type ApiServer } from './apiServer'
import { seededPayload } from './helpers'

let payload: Payload
let server: ApiServer
beforeAll(async () => {
  payload = await seededPayload()
  server = await startApiServer()
})
afterAll(() => server.close())

describe('data files', () => {
  it('the database and its WAL are readable by their owner only', () => {
    const db = path.join(dataDir, 'kelisim.db')
    for (const file of [db, `${db}-wal`]) {
      if (fs.existsSync(file)) expect((fs.statSync(file).mode & 0o777).toString(8), file).toBe('600')
    }
  })
})

describe('refused requests', () => {
  it('log one line each, never a stack trace', async () => {
    const info = vi.spyOn(payload.logger, 'info')
    const error = vi.spyOn(payload.logger, 'error')
    try {
      const requests = [
        fetch(`${server.url}/api/users`), // not signed in: 403
        fetch(`${server.url}/api/events/999999`), // not found: 404
        fetch(`${server.url}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
          body: JSON.stringify({ email: 'nobody@kelisim.local', password: 'not-a-password' }),
        }), // unknown account: 401
      ]
      const statuses = (await Promise.all(requests)).map((r) => r.status)
      expect(statuses).toEqual([403, 404, 401])
      expect(error).not.toHaveBeenCalled()
      const lines = info.mock.calls.map((call) => String(call[0]))
      expect(lines.filter((l) => l.startsWith('request refused: status=403 error=Forbidden method=GET path=/api/users '))).toHaveLength(1)
      expect(lines.filter((l) => l.startsWith('request refused: status=404 error=NotFound method=GET path=/api/events/999999 '))).toHaveLength(1)
      expect(lines.filter((l) => l === 'sign-in refused: reason=unknown-account ip=10.9.9.9')).toHaveLength(1)
      expect(lines.filter((l) => l.includes('path=/api/users/login'))).toHaveLength(0)
    } finally {
      info.mockRestore()
      error.mockRestore()
    }
  })
})

describe('HTTPS', () => {
  it('session cookies are Secure when the portal is served over HTTPS', () => {
    expect(servedOverHttps({ KELISIM_SITE_URL: 'https://kelisim.kz' })).toBe(true)
    expect(servedOverHttps({ KELISIM_SITE_URL: 'http://localhost:4321', KELISIM_CMS_URL: 'https://cms.kelisim.kz' })).toBe(true)
    expect(servedOverHttps({ KELISIM_SITE_URL: 'http://localhost:4321' })).toBe(false)
    const users = payload.collections.users.config.auth
    expect(users.cookies.secure).toBe(servedOverHttps())
  })

  it('the CMS sends its security headers, HSTS only on HTTPS requests', async () => {
    const { default: nextConfig } = await import('../../cms/next.config.mjs')
    const rules = (await nextConfig.headers!()) as Array<{ source: string; has?: unknown[]; headers: Array<{ key: string; value: string }> }>
    const always = Object.fromEntries(rules.find((r) => !r.has)!.headers.map((h) => [h.key, h.value]))
    expect(always['Content-Security-Policy']).toContain("frame-ancestors 'self'")
    expect(always['Content-Security-Policy']).toContain("object-src 'none'")
    expect(always['X-Content-Type-Options']).toBe('nosniff')
    expect(always['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    const https = rules.find((r) => r.has)!
    expect(https.has).toEqual([{ type: 'header', key: 'x-forwarded-proto', value: 'https' }])
    expect(https.headers[0]!.key).toBe('Strict-Transport-Security')
  })
})
