import crypto from 'node:crypto'

import { formatReference } from '../core/registration'

/**
 * The cancel link's token: an HMAC of the registration's reference under the server secret
 * (Payload's key, derived from PAYLOAD_SECRET). Whoever holds the link may cancel, nobody can make
 * one for another reference, and no token is stored. Changing PAYLOAD_SECRET invalidates old links.
 */
export function cancelToken(secret: string, reference: string): string {
  return crypto.createHmac('sha256', secret).update(`kelisim-cancel:${reference}`).digest('base64url').slice(0, 32)
}

export function isValidCancelToken(secret: string, reference: string, token: unknown): boolean {
  if (typeof token !== 'string' || token.length !== 32) return false
  const expected = Buffer.from(cancelToken(secret, reference))
  const given = Buffer.from(token)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/** The public cancel page, relative to the API root (the site proxies /api/ to the CMS). */
export function cancelPath(secret: string, reference: string): string {
  const query = new URLSearchParams({ ref: reference, token: cancelToken(secret, reference) })
  return `/api/register/cancel?${query}`
}

/** A new reference code from the system's cryptographic random source. */
export function newReference(): string {
  return formatReference((max) => crypto.randomInt(max))
}
