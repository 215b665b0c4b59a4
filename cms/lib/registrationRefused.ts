import { APIError } from 'payload'

import type { Locale } from '../core/locales'
import { registrationMessages } from '../core/messages'
import { refusalStatus, type RegistrationError } from '../core/registration'

/**
 * A registration the rules refuse. Carries the rule codes (for the form endpoint) and, like a
 * validation error, field paths with messages in the request's language (for REST and GraphQL).
 */
export class RegistrationRefused extends APIError<{ errors: Array<{ path: string; message: string }> }> {
  readonly refusals: RegistrationError[]

  constructor(refusals: RegistrationError[], locale: Locale) {
    const t = registrationMessages[locale]
    const errors = refusals.map((e) => ({ path: e.field ?? 'event', message: t[e.code] }))
    super(errors.map((e) => e.message).join(' '), refusalStatus(refusals), { errors }, true)
    this.refusals = refusals
  }
}
