import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access'
import { localeFromAcceptLanguage, localeOr, type Locale } from '../core/locales'
import { adminTwoFactorRequired, twoFactorMessages, type TwoFactorMessage } from '../core/twoFactor'
import { recordAudit } from '../lib/audit'
import { loginLimiter, loginLimits } from '../lib/loginGuard'
import {
  checkCode,
  codeStep,
  forgetClaims,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  qrDataUrl,
  readTwoFactorRow,
  recoveryCodesLeft,
  useCode,
  writeTwoFactor,
} from '../lib/twoFactor'
import { readPublicBody } from './publicRequest'

/**
 * Two-factor sign-in endpoints on the users collection (JSON in, JSON out; the admin's two-factor
 * page and the account sidebar call them, API clients may too):
 *
 * - `GET  /api/users/2fa` — the signed-in user's state `{ enabled, pending, recoveryCodesLeft, required }`.
 * - `POST /api/users/2fa/setup` — a new secret for the signed-in user (not yet on):
 *   `{ secret, uri, qr }` (the `otpauth://` URI and its QR code as an SVG data URL).
 * - `POST /api/users/2fa/confirm` `{ code }` — a current code from the app turns it on; answers the
 *   ten one-time recovery codes, shown this once.
 * - `POST /api/users/2fa/disable` `{ code }` — a current code (or a recovery code) turns it off.
 * - `POST /api/users/:id/2fa/reset` — admins: turns another user's two-factor sign-in off (lost
 *   phone), written to the audit log.
 *
 * Refusals are JSON `{ errors: [{ message }] }` in the request's language (`lang` in the body, the
 * admin's language, or Accept-Language); wrong codes to `disable` count against the sign-in limits.
 */

type Fields = Record<string, unknown>
type SignedIn = { id: number | string; email?: string; collection?: string }

const noStore = { 'cache-control': 'no-store' }

async function readFields(req: PayloadRequest): Promise<Fields> {
  const body = await readPublicBody(req, 4096)
  return body.kind === 'ok' ? body.fields : {}
}

const languageOf = (req: PayloadRequest, fields: Fields): Locale =>
  localeOr(fields.lang, localeOr(req.i18n?.language, localeFromAcceptLanguage(req.headers.get('accept-language'))))

const refuse = (locale: Locale, status: number, key: TwoFactorMessage) =>
  Response.json({ errors: [{ message: twoFactorMessages[locale][key] }] }, { status, headers: noStore })

const signedIn = (req: PayloadRequest): SignedIn | null => {
  const user = req.user as SignedIn | null | undefined
  return user && user.collection === 'users' ? user : null
}

const required = () => adminTwoFactorRequired(process.env)

export const twoFactorEndpoints: Endpoint[] = [
  {
    path: '/2fa',
    method: 'get',
    handler: async (req) => {
      const locale = languageOf(req, {})
      const user = signedIn(req)
      if (!user) return refuse(locale, 401, 'signInFirst')
      const row = await readTwoFactorRow(req, user.id)
      return Response.json(
        {
          enabled: Boolean(row?.twoFactorEnabled),
          pending: Boolean(!row?.twoFactorEnabled && row?.twoFactorSecret),
          recoveryCodesLeft: row?.twoFactorEnabled ? recoveryCodesLeft(row) : 0,
          required: required() && Boolean(row?.roles?.includes('admin')),
        },
        { headers: noStore },
      )
    },
  },
  {
    path: '/2fa/setup',
    method: 'post',
    handler: async (req) => {
      const fields = await readFields(req)
      const locale = languageOf(req, fields)
      const user = signedIn(req)
      if (!user) return refuse(locale, 401, 'signInFirst')
      const row = await readTwoFactorRow(req, user.id)
      if (!row) return refuse(locale, 401, 'signInFirst')
      if (row.twoFactorEnabled) return refuse(locale, 409, 'alreadyOn')
      // A new secret each time: a QR code shown earlier (and perhaps seen by someone) stops working.
      const secret = newTotpSecret()
      await writeTwoFactor(req, row.id, { twoFactorSecret: secret, twoFactorEnabled: false, twoFactorLastStep: null, twoFactorRecovery: null })
      const uri = otpauthUri(secret, row.email ?? String(row.id))
      return Response.json({ secret, uri, qr: await qrDataUrl(uri) }, { headers: noStore })
    },
  },
  {
    path: '/2fa/confirm',
    method: 'post',
    handler: async (req) => {
      const fields = await readFields(req)
      const locale = languageOf(req, fields)
      const user = signedIn(req)
      if (!user) return refuse(locale, 401, 'signInFirst')
      const row = await readTwoFactorRow(req, user.id)
      if (!row) return refuse(locale, 401, 'signInFirst')
      if (row.twoFactorEnabled) return refuse(locale, 409, 'alreadyOn')
      if (!row.twoFactorSecret) return refuse(locale, 400, 'notStarted')
      const step = codeStep(row.twoFactorSecret, String(fields.code ?? '').replace(/\s/g, ''))
      if (step === null) return refuse(locale, 400, 'wrongCode')
      const recovery = newRecoveryCodes()
      forgetClaims(row.id)
      // The confirming code counts as used: it cannot sign in a second time.
      await writeTwoFactor(req, row.id, { twoFactorEnabled: true, twoFactorLastStep: step, twoFactorRecovery: recovery.stored })
      await recordAudit(req, { action: 'two-factor-on', targetCollection: 'users', targetId: row.id, summary: row.email })
      return Response.json({ enabled: true, message: twoFactorMessages[locale].turnedOn, recoveryCodes: recovery.codes }, { headers: noStore })
    },
  },
  {
    path: '/2fa/disable',
    method: 'post',
    handler: async (req) => {
      const fields = await readFields(req)
      const locale = languageOf(req, fields)
      const user = signedIn(req)
      if (!user) return refuse(locale, 401, 'signInFirst')
      const row = await readTwoFactorRow(req, user.id)
      if (!row?.twoFactorEnabled) return refuse(locale, 409, 'notOn')
      // A stolen session must not try a million codes here: the same limits as sign-in.
      const limits = loginLimits()
      if (!loginLimiter.take(`2fa-disable:${row.id}`, limits.perAccount.limit, limits.perAccount.windowMs).ok) return refuse(locale, 429, 'tooManyTries')
      const accepted = checkCode(row, fields.code)
      if (!accepted || !(await useCode(req, row, accepted))) return refuse(locale, 400, 'wrongCode')
      loginLimiter.forget(`2fa-disable:${row.id}`)
      forgetClaims(row.id)
      await writeTwoFactor(req, row.id, { twoFactorEnabled: false, twoFactorSecret: null, twoFactorLastStep: null, twoFactorRecovery: null })
      await recordAudit(req, { action: 'two-factor-off', targetCollection: 'users', targetId: row.id, summary: row.email })
      return Response.json({ enabled: false, message: twoFactorMessages[locale].turnedOff }, { headers: noStore })
    },
  },
  {
    path: '/:id/2fa/reset',
    method: 'post',
    handler: async (req) => {
      const fields = await readFields(req)
      const locale = languageOf(req, fields)
      if (!signedIn(req)) return refuse(locale, 401, 'signInFirst')
      if (!hasRole(req.user as never, 'admin')) return refuse(locale, 403, 'forbidden')
      const id = String(req.routeParams?.id ?? '')
      const row = id ? await readTwoFactorRow(req, id) : null
      if (!row) return refuse(locale, 404, 'notFound')
      forgetClaims(row.id)
      await writeTwoFactor(req, row.id, { twoFactorEnabled: false, twoFactorSecret: null, twoFactorLastStep: null, twoFactorRecovery: null })
      await recordAudit(req, { action: 'two-factor-reset', targetCollection: 'users', targetId: row.id, summary: row.email })
      return Response.json({ enabled: false, message: twoFactorMessages[locale].reset }, { headers: noStore })
    },
  },
]
