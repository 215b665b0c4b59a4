import type { AfterErrorHook, Config } from 'payload'

import { clientIp } from './abuseGuard'

/**
 * One log line per refused request (4xx: not signed in, forbidden, not found, invalid input)
 * instead of Payload's stack trace at `error` level, which buried real failures and grew the
 * log with every bot. Server errors (5xx) keep Payload's full log.
 */
export const refusedErrorNames = [
  'AuthenticationError',
  'UnauthorizedError',
  'Forbidden',
  'LockedAuth',
  'Locked',
  'NotFound',
  'MissingFile',
  'ValidationError',
  'QueryError',
  'UnverifiedEmail',
] as const

export const quietRefusals: Config['loggingLevels'] = Object.fromEntries(refusedErrorNames.map((name) => [name, false]))

export function refusalLine(fields: { status: number; name: string; method: string; path: string; ip: string }): string {
  return `request refused: status=${fields.status} error=${fields.name} method=${fields.method} path=${fields.path} ip=${fields.ip}`
}

const logged = Symbol.for('kelisim.refusalLogged')

/** Marks an error whose refusal its thrower already logged in one line (with its reason). */
export function markLogged<E extends Error>(error: E): E {
  ;(error as unknown as Record<symbol, boolean>)[logged] = true
  return error
}

export const logRefusedRequest: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status >= 500 || !(refusedErrorNames as readonly string[]).includes(error.name)) return
  if ((error as unknown as Record<symbol, boolean>)[logged]) return
  let path = ''
  try {
    path = new URL(req.url ?? '', 'http://cms').pathname
  } catch {
    // no URL: a Local API call
  }
  const ip = clientIp(req.headers?.get?.('x-forwarded-for') ?? null, Boolean(process.env.KELISIM_TRUST_PROXY))
  req.payload.logger.info(refusalLine({ status, name: error.name, method: req.method ?? '-', path, ip }))
}
