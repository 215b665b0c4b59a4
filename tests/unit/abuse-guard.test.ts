import { describe, expect, it } from 'vitest'

import { clientIp, isSameSite, RateLimiter } from '../../cms/lib/abuseGuard'
import { trustedOrigins } from '../../cms/lib/siteUrl'

describe('RateLimiter', () => {
  it('allows `limit` hits per window, then tells how long to wait, then allows again', () => {
    const limiter = new RateLimiter()
    const t0 = 1_000_000
    for (let i = 0; i < 3; i++) expect(limiter.take('a', 3, 60_000, t0 + i * 1000).ok).toBe(true)
    expect(limiter.take('a', 3, 60_000, t0 + 5000)).toEqual({ ok: false, retryAfterS: 55 })
    expect(limiter.take('b', 3, 60_000, t0 + 5000).ok).toBe(true) // keys are separate
    expect(limiter.take('a', 3, 60_000, t0 + 60_001).ok).toBe(true) // the first hit left the window
  })

  it('keeps at most maxKeys keys, dropping the least recently used', () => {
    const limiter = new RateLimiter(3)
    for (const key of ['a', 'b', 'c']) limiter.take(key, 1, 60_000, 0)
    limiter.take('a', 1, 60_000, 1) // refused, but touches 'a'
    for (let i = 0; i < 1000; i++) limiter.take(`flood-${i}`, 1, 60_000, 2)
    expect(limiter.size).toBe(3)
    // A refused key touched recently survived a smaller flood:
    const small = new RateLimiter(3)
    for (const key of ['a', 'b', 'c']) small.take(key, 1, 60_000, 0)
    small.take('a', 1, 60_000, 1)
    small.take('d', 1, 60_000, 2) // evicts 'b', the least recently used
    expect(small.take('a', 1, 60_000, 3).ok).toBe(false)
    expect(small.take('b', 1, 60_000, 3).ok).toBe(true)
  })

  it('treats a limit of 0 as off', () => {
    const limiter = new RateLimiter()
    for (let i = 0; i < 100; i++) expect(limiter.take('a', 0, 60_000).ok).toBe(true)
    expect(limiter.size).toBe(0)
  })
})

describe('clientIp', () => {
  it('believes only the entry our own side wrote, or the trusted proxy’s', () => {
    expect(clientIp('203.0.113.9', false)).toBe('203.0.113.9')
    expect(clientIp('6.6.6.6, 203.0.113.9', false)).toBe('203.0.113.9')
    expect(clientIp('6.6.6.6, 203.0.113.9, 10.0.0.2', true)).toBe('203.0.113.9')
    expect(clientIp('::ffff:127.0.0.1', false)).toBe('127.0.0.1')
    expect(clientIp(null, true)).toBe('unknown')
  })
})

describe('same-site check', () => {
  const trusted = trustedOrigins({ KELISIM_SITE_URL: 'https://kelisim.kz/', KELISIM_CMS_URL: 'http://127.0.0.1:3000' } as never)
  it('lists the configured origins with their localhost twins', () => {
    expect(trusted).toEqual(['https://kelisim.kz', 'http://127.0.0.1:3000', 'http://localhost:3000'])
    expect(trustedOrigins({} as never)).toContain('http://127.0.0.1:4321')
  })
  it('judges Origin first, Referer when Origin is absent, and lets header-less clients to the limits', () => {
    expect(isSameSite('https://kelisim.kz', null, trusted)).toBe(true)
    expect(isSameSite('https://kelisim.kz.evil.example', null, trusted)).toBe(false)
    expect(isSameSite('null', null, trusted)).toBe(false)
    expect(isSameSite(null, 'https://kelisim.kz/ru/events/x/', trusted)).toBe(true)
    expect(isSameSite(null, 'https://evil.example/kelisim.kz', trusted)).toBe(false)
    expect(isSameSite(null, 'not a url', trusted)).toBe(false)
    expect(isSameSite(null, null, trusted)).toBe(true)
  })
})
