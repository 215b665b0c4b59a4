import crypto from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import type { PayloadRequest } from 'payload'
import QRCode from 'qrcode'

import {
  isFreshStep,
  parseSubmittedCode,
  recoveryCodeCount,
  recoveryCodeFromBytes,
  timeStep,
  totpDigits,
  totpIssuer,
  totpPeriodSeconds,
  totpWindow,
} from '../core/twoFactor'

/**
 * TOTP two-factor sign-in (rules in cms/core/twoFactor.ts): secrets, codes, recovery codes and the
 * account's stored state. The secret and the recovery hashes are hidden fields of `users`: never in
 * REST, GraphQL or the admin; only this module reads them, straight from the database.
 */

/** The account's two-factor state as stored (database row). */
export type TwoFactorRow = {
  id: number | string
  email?: string
  roles?: string[] | null
  twoFactorEnabled?: boolean | null
  twoFactorSecret?: string | null
  twoFactorLastStep?: number | null
  twoFactorRecovery?: string | null
}

export async function readTwoFactorRow(req: PayloadRequest, id: number | string): Promise<TwoFactorRow | null> {
  return (await req.payload.db.findOne({ collection: 'users', req, where: { id: { equals: id } } })) as TwoFactorRow | null
}

export async function writeTwoFactor(req: PayloadRequest, id: number | string, data: Partial<Omit<TwoFactorRow, 'id'>>): Promise<void> {
  await req.payload.db.updateOne({ collection: 'users', id, data, req, returning: false } as never)
}

const totpFor = (secret: string, label = '') =>
  new TOTP({ issuer: totpIssuer, label, algorithm: 'SHA1', digits: totpDigits, period: totpPeriodSeconds, secret: Secret.fromBase32(secret) })

export const newTotpSecret = () => new Secret({ size: 20 }).base32

/** The `otpauth://` URI authenticator apps read (from the QR code or typed in). */
export const otpauthUri = (secret: string, email: string) => totpFor(secret, email).toString()

/** The QR code of the URI as an SVG data URL, for an <img> (nothing inline the admin's CSP must allow). */
export async function qrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}

/** The current code (tests, and nothing else, need it). */
export const currentCode = (secret: string, ms = Date.now()) => totpFor(secret).generate({ timestamp: ms })

/** The step a code belongs to, if it is valid now (±1 step), else null. */
export function codeStep(secret: string, code: string, ms = Date.now()): number | null {
  const delta = totpFor(secret).validate({ token: code, timestamp: ms, window: totpWindow })
  return delta === null ? null : timeStep(ms) + delta
}

const hashRecovery = (code: string) => crypto.createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex')

/** Fresh recovery codes, and what is stored of them (hashes only). */
export function newRecoveryCodes(): { codes: string[]; stored: string } {
  const codes = Array.from({ length: recoveryCodeCount }, () => recoveryCodeFromBytes(crypto.randomBytes(10)))
  return { codes, stored: JSON.stringify(codes.map(hashRecovery)) }
}

const storedHashes = (row: TwoFactorRow): string[] => {
  try {
    const parsed = JSON.parse(row.twoFactorRecovery ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((h): h is string => typeof h === 'string') : []
  } catch {
    return []
  }
}

export const recoveryCodesLeft = (row: TwoFactorRow) => storedHashes(row).length

/** A code that passed the check, to be used up once the rest of the sign-in succeeds. */
export type AcceptedCode = { userId: string; step?: number; recoveryHash?: string }

/** Checks a submitted code against the account (valid now, not used before); uses nothing up. */
export function checkCode(row: TwoFactorRow, submitted: unknown, ms = Date.now()): AcceptedCode | null {
  if (!row.twoFactorEnabled || !row.twoFactorSecret) return null
  const parsed = parseSubmittedCode(submitted)
  if (!parsed) return null
  if (parsed.kind === 'recovery') {
    const hash = hashRecovery(parsed.code)
    return storedHashes(row).includes(hash) ? { userId: String(row.id), recoveryHash: hash } : null
  }
  const step = codeStep(row.twoFactorSecret, parsed.code, ms)
  if (step === null || !isFreshStep(step, row.twoFactorLastStep)) return null
  return { userId: String(row.id), step }
}

// The last step used per account in this process: the check and the claim happen without an
// `await` between them, so two requests racing with one code cannot both have it.
const claimedSteps = new Map<string, number>()
const claimedRecovery = new Set<string>()

/** Uses the code up (the step, or the recovery code). False when another request got it first. */
export async function useCode(req: PayloadRequest, row: TwoFactorRow, accepted: AcceptedCode): Promise<boolean> {
  const id = String(row.id)
  if (accepted.step !== undefined) {
    const last = Math.max(row.twoFactorLastStep ?? -1, claimedSteps.get(id) ?? -1)
    if (!isFreshStep(accepted.step, last)) return false
    claimedSteps.set(id, accepted.step)
    await writeTwoFactor(req, row.id, { twoFactorLastStep: accepted.step })
    return true
  }
  const hash = accepted.recoveryHash!
  const key = `${id}:${hash}`
  if (claimedRecovery.has(key) || !storedHashes(row).includes(hash)) return false
  claimedRecovery.add(key)
  await writeTwoFactor(req, row.id, { twoFactorRecovery: JSON.stringify(storedHashes(row).filter((h) => h !== hash)) })
  return true
}

/** Forgets this process's claims for an account whose two-factor sign-in was turned off or reset. */
export function forgetClaims(id: number | string) {
  claimedSteps.delete(String(id))
  for (const key of claimedRecovery) if (key.startsWith(`${id}:`)) claimedRecovery.delete(key)
}

/** The code a sign-in carries: `totp` in the body (REST, the admin's form) or the `x-totp` header (GraphQL). */
export function submittedCode(req: PayloadRequest): unknown {
  const body = (req.data ?? {}) as Record<string, unknown>
  return body.totp ?? req.headers?.get?.('x-totp') ?? undefined
}
