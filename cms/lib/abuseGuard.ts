import { APIError } from 'payload'

import type { Locale } from '../core/locales'
import { abuseMessages, fillMessage } from '../core/messages'
import { trustedOrigins } from './siteUrl'

/**
 * Guards of the public registration door against abuse: where a request comes from (its client
 * address, its origin) and how often that address and that event have been posted to. The limiter
 * keeps its state in this process, bounded; several CMS processes each keep their own.
 */

/** Settings read from the environment at each request, so a test or an operator can change them. */
export type GuardSettings = {
  perIp: { limit: number; windowMs: number }
  perEvent: { limit: number; windowMs: number }
  minFillMs: number
  trustProxy: boolean
}

const int = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 ? n : fallback
}

export function guardSettings(env: NodeJS.ProcessEnv = process.env): GuardSettings {
  return {
    // A family or an office registering a few people from one address stays well under 10 in 10 minutes.
    perIp: { limit: int(env.KELISIM_REGISTER_LIMIT, 10), windowMs: int(env.KELISIM_REGISTER_WINDOW_MS, 600_000) || 600_000 },
    // A burst on one event (its seats gone in seconds) is a script, not people reading a page.
    perEvent: { limit: int(env.KELISIM_REGISTER_EVENT_LIMIT, 30), windowMs: int(env.KELISIM_REGISTER_EVENT_WINDOW_MS, 60_000) || 60_000 },
    minFillMs: int(env.KELISIM_REGISTER_MIN_FILL_MS, 3_000),
    trustProxy: Boolean(env.KELISIM_TRUST_PROXY),
  }
}

/**
 * The client's address from X-Forwarded-For. Its last entry is always written by our own side
 * from a socket: site/serve.ts (or nginx's $proxy_add_x_forwarded_for) appends its peer, and Next
 * sets the header from the socket when nothing did. With KELISIM_TRUST_PROXY a TLS proxy stands in
 * front of the site server, so the last entry is that proxy and the one before it is the client it
 * saw. Entries further left come from the client and are never believed.
 */
export function clientIp(forwardedFor: string | null, trustProxy: boolean): string {
  const hops = (forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  const ip = hops[hops.length - (trustProxy && hops.length > 1 ? 2 : 1)]
  return ip ? ip.replace(/^::ffff:/, '') : 'unknown'
}

/**
 * Whether a POST comes from one of our own pages. Browsers send Origin with every form POST;
 * Referer stands in when a privacy setting drops Origin. A request with neither is not a
 * cross-site browser post (curl, a script) and is left to the rate limits.
 */
export function isSameSite(origin: string | null, referer: string | null, trusted: string[]): boolean {
  let claimed = origin
  if (!claimed && referer) {
    try {
      claimed = new URL(referer).origin
    } catch {
      return false
    }
  }
  if (!claimed) return true
  return trusted.includes(claimed)
}

/**
 * Sliding-window counters per key (an address, an event), in this process. Each key holds at most
 * `limit` timestamps and the map at most `maxKeys` keys: the least recently used key goes first,
 * so a flood of addresses cannot grow memory without bound.
 */
export class RateLimiter {
  private hits = new Map<string, number[]>()
  constructor(private readonly maxKeys = 10_000) {}

  /** Records a hit unless the key is over its limit; returns the seconds to wait when it is. */
  take(key: string, limit: number, windowMs: number, now = Date.now()): { ok: true } | { ok: false; retryAfterS: number } {
    if (limit <= 0) return { ok: true } // 0 switches the limit off
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs)
    this.hits.delete(key) // re-inserted below: Map order is the recency order
    if (recent.length >= limit) {
      this.hits.set(key, recent)
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)) }
    }
    recent.push(now)
    this.hits.set(key, recent)
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!)
    return { ok: true }
  }

  get size() {
    return this.hits.size
  }

  clear() {
    this.hits.clear()
  }

  /** Drops a key's hits (a success that should not count against the next attempts). */
  forget(key: string) {
    this.hits.delete(key)
  }

  /** Takes back the latest hit of a key (an attempt that turned out not to count). */
  untake(key: string) {
    this.hits.get(key)?.pop()
  }

  /** Drops every key that starts with `prefix`. */
  forgetPrefix(prefix: string) {
    for (const key of [...this.hits.keys()]) if (key.startsWith(prefix)) this.hits.delete(key)
  }
}

/** Counters of this process for every public way in; exported so tests can start clean. */
export const registerLimiter = new RateLimiter()

export type Refusal = { reason: string; httpStatus: number; message: string; retryAfterS?: number }

/** Printable and short: the event key comes from the request and goes into a log line. */
const forLog = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '').replace(/[^\w.:-]/g, '?').slice(0, 80) || '-'

/** One line per refusal, enough to see an attack in the log without a stack trace. */
export const refusalLogLine = (refusal: Pick<Refusal, 'reason'>, ip: string, event: unknown) =>
  `registration refused: reason=${refusal.reason} ip=${forLog(ip)} event=${forLog(event)}`

/**
 * The checks every public way of registering shares, cheapest first: a post from another site
 * (403), then too many posts from one address or for one event (429). Every attempt counts,
 * refused ones included, so retrying a refusal does not help a script.
 */
export function checkPublicRequest(headers: Headers, ip: string, eventKey: unknown, locale: Locale): Refusal | null {
  const t = abuseMessages[locale]
  const settings = guardSettings()
  if (!isSameSite(headers.get('origin'), headers.get('referer'), trustedOrigins())) {
    return { reason: 'cross-site', httpStatus: 403, message: t.crossSite }
  }
  const event = typeof eventKey === 'string' || typeof eventKey === 'number' ? String(eventKey).trim().slice(0, 200) : ''
  for (const [kind, { limit, windowMs }] of [
    ['ip', settings.perIp],
    ['event', settings.perEvent],
  ] as const) {
    const taken = registerLimiter.take(`${kind}:${kind === 'ip' ? ip : event}`, limit, windowMs)
    if (!taken.ok) {
      const minutes = Math.max(1, Math.ceil(taken.retryAfterS / 60))
      return { reason: `rate-limit-${kind}`, httpStatus: 429, message: fillMessage(t.tooManyRequests, { minutes }), retryAfterS: taken.retryAfterS }
    }
  }
  return null
}

/**
 * A refusal thrown from a collection hook (REST, GraphQL). Its name is set explicitly (bundlers
 * rename classes) so payload.config.ts's `loggingLevels` can silence Payload's own stack-trace
 * log of it: the hook already wrote the one line that matters.
 */
export const abuseRefusedName = 'AbuseRefused'
export class AbuseRefused extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    this.name = abuseRefusedName
  }
}
