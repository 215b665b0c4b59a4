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

export type RegistrationError = { field: RegistrationField | null; code: RegistrationErrorCode }

export type RegistrationInput = {
  name: string
  email: string
  phone: string
  organization: string
  region: string
  consent: boolean
}

const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
// Kazakhstan numbers and international ones: digits with optional +, spaces, dashes, brackets.
const phonePattern = /^\+?[0-9][0-9\s()-]{5,20}$/

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : ''
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
    email: text(raw.email).toLowerCase(),
    phone: text(raw.phone),
    organization: text(raw.organization),
    region: text(raw.region),
    consent: truthy(raw.consent),
  }
  const errors: RegistrationError[] = []
  if (!input.name) errors.push({ field: 'name', code: 'nameRequired' })
  else if (input.name.length > 200) errors.push({ field: 'name', code: 'nameTooLong' })
  if (!input.email) errors.push({ field: 'email', code: 'emailRequired' })
  else if (!emailPattern.test(input.email) || input.email.length > 254) errors.push({ field: 'email', code: 'emailInvalid' })
  if (input.phone && !phonePattern.test(input.phone)) errors.push({ field: 'phone', code: 'phoneInvalid' })
  if (input.organization.length > 300) errors.push({ field: 'organization', code: 'organizationTooLong' })
  if (input.region && !/^[a-z0-9-]{2,40}$/.test(input.region)) errors.push({ field: 'region', code: 'regionInvalid' })
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
])

/** HTTP status for a refusal: unknown event 404, bad input 422, anything else (closed, full, duplicate) 409. */
export function refusalStatus(errors: RegistrationError[]): number {
  if (errors.some((e) => e.code === 'eventUnknown')) return 404
  if (errors.some((e) => inputCodes.has(e.code))) return 422
  return 409
}
