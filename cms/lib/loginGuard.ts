import crypto from 'node:crypto'
import {
  AuthenticationError,
  ValidationError,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

import { localeOr } from '../core/locales'
import { passwordMessages, passwordProblem } from '../core/passwordPolicy'
import { clientIp, RateLimiter } from './abuseGuard'
import { markLogged } from './refusalLog'
import { checkCode, readTwoFactorRow, submittedCode, useCode, type AcceptedCode, type TwoFactorRow } from './twoFactor'

/**
 * Safe sign-in for staff accounts, replacing Payload's per-account lock (five wrong passwords
 * locked any account for everyone, so anyone could lock the admin out, and "locked" answered
 * differently and faster than "wrong password").
 *
 * - Failed attempts are counted per client address (30 in 15 minutes) and per (account, address)
 *   (5 in 15 minutes): a guesser is slowed down from where they guess, the real owner signing in
 *   from elsewhere is not. A success does not count and clears the (account, address) counter;
 *   only admins can clear an account's counters early (`unlock`).
 * - Unknown account, wrong password and throttled attempt get the same answer (Payload's
 *   AuthenticationError, 401) after the same work: one account lookup and one password hash with
 *   Payload's parameters, so timing does not reveal which accounts exist.
 * - Each refusal logs one line: `sign-in refused: reason=… ip=…` (never the e-mail or password).
 * - Accounts with two-factor sign-in (cms/lib/twoFactor.ts) also need a current code (`totp` in the
 *   body, or the `x-totp` header). A missing, wrong or reused code is checked before the password
 *   and answered like a wrong password after the same work (one lookup, one hash), and counts
 *   against the same limits, so a code cannot be guessed faster than a password and the answer
 *   never tells whether the password was right. The code is used up only once the password proved
 *   right too (`requireTwoFactor`, before Payload signs the token).
 */

export type LoginLimits = { perIp: { limit: number; windowMs: number }; perAccount: { limit: number; windowMs: number } }

const int = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 ? n : fallback
}

export function loginLimits(env: NodeJS.ProcessEnv = process.env): LoginLimits {
  const windowMs = int(env.KELISIM_LOGIN_WINDOW_MS, 15 * 60_000) || 15 * 60_000
  return {
    // An office behind one address with several staff stays well under this.
    perIp: { limit: int(env.KELISIM_LOGIN_IP_LIMIT, 30), windowMs },
    perAccount: { limit: int(env.KELISIM_LOGIN_ACCOUNT_LIMIT, 5), windowMs },
  }
}

/** Counters of this process; exported so tests can start clean. */
export const loginLimiter = new RateLimiter()

const accountKey = (email: string, ip: string) => `account:${email}|${ip}`
const normaliseEmail = (value: unknown) => (typeof value === 'string' ? value.toLowerCase().trim() : '')

function requestIp(req: PayloadRequest): string {
  return clientIp(req.headers?.get?.('x-forwarded-for') ?? null, Boolean(process.env.KELISIM_TRUST_PROXY))
}

// Payload's current hash parameters (pbkdf2-sha256, 600,000 iterations, 32 bytes).
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')
/** The work Payload does to check a password, done when there is no password to check. */
function dummyHash(password: unknown): Promise<void> {
  return new Promise((resolve) => {
    crypto.pbkdf2(String(password ?? ''), DUMMY_SALT, 600_000, 32, 'sha256', () => resolve())
  })
}

export const signInRefusedLine = (reason: string, ip: string) => `sign-in refused: reason=${reason} ip=${ip}`

/** Before Payload's own login: count, throttle, and answer unknown accounts like wrong passwords. */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const email = normaliseEmail(data.email)
  if (!email || typeof data.password !== 'string' || !data.password) return args // Payload's own 400
  const ip = requestIp(req)
  const limits = loginLimits()
  // Server code signing in through the Local API (no client address) is not throttled.
  const fromClient = Boolean(req.headers?.get?.('x-forwarded-for'))
  const byIp = fromClient ? loginLimiter.take(`ip:${ip}`, limits.perIp.limit, limits.perIp.windowMs) : { ok: true }
  const byAccount = fromClient && byIp.ok ? loginLimiter.take(accountKey(email, ip), limits.perAccount.limit, limits.perAccount.windowMs) : byIp
  const user = (await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: email } } })) as TwoFactorRow | null
  let reason = !byIp.ok ? 'throttled-ip' : !byAccount.ok ? 'throttled-account' : !user ? 'unknown-account' : null
  if (!reason && user?.twoFactorEnabled) {
    const accepted = checkCode(user, submittedCode(req))
    if (accepted) req.context[acceptedCodeKey] = accepted
    else reason = submittedCode(req) ? 'wrong-code' : 'missing-code'
  }
  if (!reason) return args
  await dummyHash(data.password)
  req.payload.logger.info(signInRefusedLine(reason, ip))
  throw markLogged(new AuthenticationError(req.t))
}

const acceptedCodeKey = 'kelisim.twoFactor.accepted'
const resettingKey = 'kelisim.twoFactor.resetPassword'

/** Marks a password reset, whose sign-in comes without a code (see `revokeResetSession`). */
export const markPasswordReset: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'resetPassword') req.context[resettingKey] = true
  return args
}

/**
 * Payload's beforeLogin (the password was right): an account with two-factor sign-in uses up the
 * code `guardLogin` accepted, or the sign-in is refused like a wrong password. This also holds for
 * Local API logins, which carry no code. A password reset is let through here and its session
 * revoked afterwards (`revokeResetSession`): the new password is kept, the reset gives no session.
 */
export const requireTwoFactor: CollectionBeforeLoginHook = async ({ req, user }) => {
  const row = await readTwoFactorRow(req, (user as { id: number | string }).id)
  if (!row?.twoFactorEnabled || req.context[resettingKey]) return user
  const accepted = req.context[acceptedCodeKey] as AcceptedCode | undefined
  if (accepted && accepted.userId === String(row.id) && (await useCode(req, row, accepted))) return user
  req.payload.logger.info(signInRefusedLine(accepted ? 'reused-code' : 'missing-code', requestIp(req)))
  throw markLogged(new AuthenticationError(req.t))
}

/** After a password reset of an account with two-factor sign-in: its session is revoked and no token is returned; the user signs in with the new password and a code. */
export const revokeResetSession: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const answer = result as { token?: string; user?: { id?: number | string } }
  const id = answer.user?.id
  if (id === undefined || !answer.token) return result
  const row = await readTwoFactorRow(req, id)
  if (!row?.twoFactorEnabled) return result
  let sid: unknown
  try {
    sid = JSON.parse(Buffer.from(answer.token.split('.')[1] ?? '', 'base64url').toString('utf8')).sid
  } catch {
    sid = undefined
  }
  const sessions = ((row as { sessions?: Array<{ id: string }> }).sessions ?? []).filter((s) => s.id !== sid)
  await req.payload.db.updateOne({ collection: 'users', id, data: { sessions }, req, returning: false } as never)
  delete answer.token
  return result
}

/** A successful sign-in does not count: it clears this address's counter for the account and takes back its hit on the address. */
export const clearOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  if (!req.headers?.get?.('x-forwarded-for')) return
  const ip = requestIp(req)
  loginLimiter.forget(accountKey(normaliseEmail((user as { email?: string }).email), ip))
  loginLimiter.untake(`ip:${ip}`)
}

/** `unlock` (admins only, by the collection's access) clears the account's counters everywhere. */
export const clearOnUnlock: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if (operation !== 'unlock') return result
  const email = normaliseEmail((args as { data?: { email?: unknown } }).data?.email)
  if (email) loginLimiter.forgetPrefix(`account:${email}|`)
  return result
}

/** The password policy (cms/core/passwordPolicy.ts), in the language of the admin or request. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string' || password === '') return data
  const email = (data as { email?: string }).email ?? (originalDoc as { email?: string } | undefined)?.email
  const problem = passwordProblem(password, email)
  if (!problem) return data
  const lang = localeOr(req.i18n?.language ?? req.locale, 'ru')
  throw new ValidationError({ collection: 'users', errors: [{ message: passwordMessages[lang][problem], path: 'password' }] })
}
