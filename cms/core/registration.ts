/**
 * Registration rules shared by the public form endpoint and the collection hook, so the REST
 * API, GraphQL and the form all refuse the same input. Pure functions: no Payload here.
 */

export type RegistrationField = 'event' | 'name' | 'email' | 'phone' | 'organization' | 'region' | 'consent'

export type RegistrationErrorCode =
  | 'nameRequired'
  | 'nameTooLong'
  | 'emailRequired'
  | 'emailInvalid'
  | 'phoneInvalid'
  | 'organizationTooLong'
  | 'regionInvalid'
  | 'consentRequired'
  | 'eventUnknown'
  | 'registrationNotEnabled'
  | 'registrationNotYetOpen'
  | 'registrationClosed'
  | 'eventCancelled'
  | 'eventFull'
  | 'alreadyRegistered'
  | 'hiddenCharacters'
  | 'answerRequired'
  | 'answerInvalid'
  | 'answerTooLong'

/** `q_<key>`: an answer to one of the event's own questions (cms/core/registrationQuestions.ts). */
export type RegistrationError = { field: RegistrationField | `q_${string}` | null; code: RegistrationErrorCode }

export type RegistrationInput = {
  name: string
  email: string
  phone: string
  organization: string
  region: string
  consent: boolean
}

/** Lifecycle of a registration. Only `confirmed` and `attended` hold a seat. */
export const registrationStatuses = ['confirmed', 'waiting', 'cancelled', 'attended'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]
export const seatHoldingStatuses: readonly RegistrationStatus[] = ['confirmed', 'attended']

/** Largest request body the public registration doors accept (the form sends well under 2 KB). */
export const publicBodyLimit = 64 * 1024

// C0/C1 control characters other than the whitespace that `text()` collapses (tab, CR, LF), and
// invisible format characters (zero-width, soft hyphen, bidi overrides, BOM). A NUL cuts a C string
// short and bidi controls spoof what staff read; a person typing their name never produces them.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const invisibleCharacters = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/

/** Whether a raw value carries control or invisible characters (refused, never silently stripped). */
export function hasHiddenCharacters(value: unknown): boolean {
  return typeof value === 'string' && (controlCharacters.test(value) || invisibleCharacters.test(value))
}

// Local part: dot-atom (RFC 5322 atext, plus letters and digits of any script for internationalized
// mailboxes, RFC 6531); no quoted strings, no leading, trailing or doubled dots. Domain: labels of
// letters, digits and inner hyphens (IDN domains such as пример.қаз are typed in Unicode), a
// top-level label of letters (or punycode).
const localAtom = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+"
const localPart = new RegExp(`^${localAtom}(?:\\.${localAtom})*$`, 'u')
const domainLabel = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u
const topLevelLabel = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u

/**
 * The one e-mail rule for every way in (the form, REST, GraphQL, the admin): the collection's
 * `email` field is validated by this, not by Payload's ASCII-only pattern, so what the form
 * accepts is exactly what can be stored. Expects a trimmed, lowercased value.
 */
export function isValidEmail(email: string): boolean {
  if (email.length > 254 || hasHiddenCharacters(email)) return false
  const at = email.lastIndexOf('@')
  if (at <= 0 || email.indexOf('@') !== at) return false
  const local = email.slice(0, at)
  const labels = email.slice(at + 1).split('.')
  if (local.length > 64 || !localPart.test(local)) return false
  if (labels.length < 2 || !labels.every((label) => domainLabel.test(label))) return false
  return topLevelLabel.test(labels[labels.length - 1]!)
}

/** Trimmed, NFC-composed, lowercased: the form of an address that duplicates are compared in. */
export function normalizeEmail(value: unknown): string {
  return typeof value === 'string' ? value.trim().normalize('NFC').toLowerCase() : ''
}

// Kazakhstan numbers and international ones: digits with optional +, spaces, dashes, brackets.
const phonePattern = /^\+?[0-9][0-9\s()-]{5,20}$/

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').normalize('NFC') : ''
}

function truthy(value: unknown): boolean {
  return value === true || value === 'true' || value === 'on' || value === 'yes' || value === '1'
}

/** Normalizes raw form or JSON values and lists every problem at once. */
export function validateRegistrationInput(raw: Record<string, unknown>): {
  input: RegistrationInput
  errors: RegistrationError[]
} {
  const input: RegistrationInput = {
    name: text(raw.name),
    email: normalizeEmail(raw.email),
    phone: text(raw.phone),
    organization: text(raw.organization),
    region: text(raw.region),
    consent: truthy(raw.consent),
  }
  const errors: RegistrationError[] = []
  const hidden = (field: RegistrationField) => hasHiddenCharacters(raw[field])
  if (hidden('name')) errors.push({ field: 'name', code: 'hiddenCharacters' })
  else if (!input.name) errors.push({ field: 'name', code: 'nameRequired' })
  else if (input.name.length > 200) errors.push({ field: 'name', code: 'nameTooLong' })
  if (hidden('email')) errors.push({ field: 'email', code: 'hiddenCharacters' })
  else if (!input.email) errors.push({ field: 'email', code: 'emailRequired' })
  else if (!isValidEmail(input.email)) errors.push({ field: 'email', code: 'emailInvalid' })
  if (hidden('phone')) errors.push({ field: 'phone', code: 'hiddenCharacters' })
  else if (input.phone && !phonePattern.test(input.phone)) errors.push({ field: 'phone', code: 'phoneInvalid' })
  if (hidden('organization')) errors.push({ field: 'organization', code: 'hiddenCharacters' })
  else if (input.organization.length > 300) errors.push({ field: 'organization', code: 'organizationTooLong' })
  if (hidden('region') || (input.region && !/^[a-z0-9-]{2,40}$/.test(input.region))) {
    errors.push({ field: 'region', code: 'regionInvalid' })
  }
  if (!input.consent) errors.push({ field: 'consent', code: 'consentRequired' })
  return { input, errors }
}

export type RegistrationWindow = {
  status?: string | null
  startsAt?: string | null
  registration?: {
    enabled?: boolean | null
    capacity?: number | null
    opensAt?: string | null
    closesAt?: string | null
  } | null
}

export type RegistrationState =
  | 'open'
  | 'registrationNotEnabled'
  | 'registrationNotYetOpen'
  | 'registrationClosed'
  | 'eventCancelled'
  | 'eventFull'

/** Whether an event takes registrations at `now`, given how many seats are already taken. */
export function registrationState(event: RegistrationWindow, now: Date, seatsTaken: number): RegistrationState {
  const reg = event.registration
  if (!reg?.enabled) return 'registrationNotEnabled'
  if (event.status === 'cancelled') return 'eventCancelled'
  if (reg.opensAt && now < new Date(reg.opensAt)) return 'registrationNotYetOpen'
  const closesAt = reg.closesAt ?? event.startsAt
  if (closesAt && now >= new Date(closesAt)) return 'registrationClosed'
  if (reg.capacity && seatsTaken >= reg.capacity) return 'eventFull'
  return 'open'
}

const inputCodes = new Set<RegistrationErrorCode>([
  'nameRequired',
  'nameTooLong',
  'emailRequired',
  'emailInvalid',
  'phoneInvalid',
  'organizationTooLong',
  'regionInvalid',
  'consentRequired',
  'hiddenCharacters',
  'answerRequired',
  'answerInvalid',
  'answerTooLong',
])

/** HTTP status for a refusal: unknown event 404, bad input 422, anything else (closed, full, duplicate) 409. */
export function refusalStatus(errors: RegistrationError[]): number {
  if (errors.some((e) => e.code === 'eventUnknown')) return 404
  if (errors.some((e) => inputCodes.has(e.code))) return 422
  return 409
}

/**
 * Reference codes: short, read over the phone, typed from paper. No 0/O, 1/I/L, 5/S, 2/Z, 8/B,
 * so no two characters look or sound alike; 8 symbols of 25 give 1.5e11 codes.
 */
export const referenceAlphabet = 'ACDEFGHJKMNPQRTUVWXY34679'
export const referenceLength = 8

/** A reference such as `KM7T-4XQA` from random integers (the caller supplies the randomness). */
export function formatReference(randomIndex: (max: number) => number): string {
  let code = ''
  for (let i = 0; i < referenceLength; i++) code += referenceAlphabet[randomIndex(referenceAlphabet.length)]
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/** Accepts a reference typed loosely (lowercase, spaces, without the dash); null when malformed. */
export function parseReference(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const compact = value.toUpperCase().replace(/[\s-]/g, '')
  if (compact.length !== referenceLength || [...compact].some((c) => !referenceAlphabet.includes(c))) return null
  return `${compact.slice(0, 4)}-${compact.slice(4)}`
}
