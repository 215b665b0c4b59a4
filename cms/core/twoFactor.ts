import type { Locale } from './locales'

/**
 * Two-factor sign-in for staff (TOTP, RFC 6238: 30-second steps, 6 digits, SHA-1, one step of
 * clock drift either way). The pure rules; the secret, the hashing and the database live in
 * cms/lib/twoFactor.ts.
 *
 * - Optional for every account; with `KELISIM_REQUIRE_ADMIN_2FA` on, an administrator without it
 *   has no role until they turn it on (every access rule sees no role), so they can only enroll.
 * - A code is good once: a step at or before the last one used is refused (replay).
 * - Ten one-time recovery codes are shown once when it is turned on; each works once instead of a
 *   code from the app.
 */
export const totpPeriodSeconds = 30
export const totpDigits = 6
export const totpWindow = 1
export const totpIssuer = 'Kelisim'
export const recoveryCodeCount = 10

const onValues = new Set(['1', 'true', 'on', 'yes'])

/** `KELISIM_REQUIRE_ADMIN_2FA`: administrators must have two-factor sign-in. */
export function adminTwoFactorRequired(env: Record<string, string | undefined>): boolean {
  return onValues.has(String(env.KELISIM_REQUIRE_ADMIN_2FA ?? '').trim().toLowerCase())
}

type Account = { roles?: readonly string[] | null; twoFactorEnabled?: boolean | null } | null | undefined

/** An administrator who must enroll before doing anything else. */
export function mustEnrollTwoFactor(user: Account, required: boolean): boolean {
  return required && Boolean(user?.roles?.includes('admin')) && !user?.twoFactorEnabled
}

/** The time step a timestamp (ms) falls in. */
export const timeStep = (ms: number) => Math.floor(ms / 1000 / totpPeriodSeconds)

/** A code's step is accepted only after the last step used (a code is good once). */
export function isFreshStep(step: number, lastUsed: number | null | undefined): boolean {
  return typeof lastUsed !== 'number' || !Number.isFinite(lastUsed) || step > lastUsed
}

// No 0/O, 1/l/i: easy to read off paper and type.
const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789'

export type SubmittedCode = { kind: 'totp'; code: string } | { kind: 'recovery'; code: string }

/** What a user typed: six digits from the app, or a recovery code (`xxxxx-xxxxx`); spaces and dashes ignored. */
export function parseSubmittedCode(value: unknown): SubmittedCode | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const compact = String(value).replace(/[\s-]/g, '').toLowerCase()
  if (new RegExp(`^\\d{${totpDigits}}$`).test(compact)) return { kind: 'totp', code: compact }
  if (compact.length === 10 && [...compact].every((c) => recoveryAlphabet.includes(c))) return { kind: 'recovery', code: compact }
  return null
}

/** A recovery code from 10 random bytes, shown as `xxxxx-xxxxx`. */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 10) throw new Error('recovery codes need 10 random bytes')
  const chars = [...bytes.slice(0, 10)].map((b) => recoveryAlphabet[b % recoveryAlphabet.length]!)
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
}

export type TwoFactorMessage =
  | 'wrongCode'
  | 'alreadyOn'
  | 'notStarted'
  | 'notOn'
  | 'signInFirst'
  | 'forbidden'
  | 'notFound'
  | 'tooManyTries'
  | 'turnedOn'
  | 'turnedOff'
  | 'reset'

export const twoFactorMessages: Record<Locale, Record<TwoFactorMessage, string>> = {
  kk: {
    wrongCode: 'Код дұрыс емес. Қолданбадағы қазіргі 6 таңбалы кодты енгізіңіз.',
    alreadyOn: 'Екі факторлы кіру қосулы тұр.',
    notStarted: 'Алдымен баптауды бастаңыз.',
    notOn: 'Екі факторлы кіру өшірулі.',
    signInFirst: 'Алдымен жүйеге кіріңіз.',
    forbidden: 'Бұл әрекетті тек әкімші жасай алады.',
    notFound: 'Пайдаланушы табылмады.',
    tooManyTries: 'Әрекет тым көп. Кейінірек қайталаңыз.',
    turnedOn: 'Екі факторлы кіру қосылды.',
    turnedOff: 'Екі факторлы кіру өшірілді.',
    reset: 'Екі факторлы кіру тасталды: пайдаланушы оны қайта қоса алады.',
  },
  ru: {
    wrongCode: 'Неверный код. Введите текущий 6-значный код из приложения.',
    alreadyOn: 'Двухфакторный вход уже включён.',
    notStarted: 'Сначала начните настройку.',
    notOn: 'Двухфакторный вход выключен.',
    signInFirst: 'Сначала войдите в систему.',
    forbidden: 'Это может сделать только администратор.',
    notFound: 'Пользователь не найден.',
    tooManyTries: 'Слишком много попыток. Повторите позже.',
    turnedOn: 'Двухфакторный вход включён.',
    turnedOff: 'Двухфакторный вход выключен.',
    reset: 'Двухфакторный вход сброшен: пользователь может включить его заново.',
  },
  en: {
    wrongCode: 'Wrong code. Enter the current 6-digit code from the app.',
    alreadyOn: 'Two-factor sign-in is already on.',
    notStarted: 'Start the setup first.',
    notOn: 'Two-factor sign-in is off.',
    signInFirst: 'Sign in first.',
    forbidden: 'Only an administrator can do this.',
    notFound: 'User not found.',
    tooManyTries: 'Too many tries. Try again later.',
    turnedOn: 'Two-factor sign-in is on.',
    turnedOff: 'Two-factor sign-in is off.',
    reset: 'Two-factor sign-in was reset: the user can turn it on again.',
  },
}
