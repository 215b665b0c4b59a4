import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { localeFromAcceptLanguage, localeOr, type Locale } from '../core/locales'
import { pickAny, type LocalizedValue } from '../core/localize'
import { abuseMessages, fillMessage, registrationMessages } from '../core/messages'
import { refusalStatus, validateRegistrationInput, type RegistrationError, type RegistrationStatus } from '../core/registration'
import { answersFromForm, questionsFor, validateAnswers, type StoredQuestion } from '../core/registrationQuestions'
import { localizedUrl } from '../core/urls'
import { checkPublicRequest, clientIp, guardSettings, refusalLogLine, type Refusal } from '../lib/abuseGuard'
import { cancelPath } from '../lib/cancelToken'
import { AlreadyRegistered, RegistrationRefused, type ExistingRegistration } from '../lib/registrationRefused'
import { activeKeyFor, waitingPosition } from '../lib/seats'
import { escapeHtml, htmlResponse, publishedEventBySlug, readPublicBody, resultPage, wantsJson } from './publicRequest'

type Outcome = {
  httpStatus: number
  ok: boolean
  locale: Locale
  messages: string[]
  fieldErrors: Record<string, string>
  event?: { slug: string; title: string }
  /** The stored registration's state: confirmed, waiting (with its place in line) or attended. */
  status?: RegistrationStatus
  position?: number | null
  /** Only for the request that created the registration: its code and the link that cancels it. */
  reference?: string
  cancelUrl?: string
  /** An abuse guard's refusal, for the log line only (never sent). */
  refusedAs?: string
}

type EventRef = NonNullable<Outcome['event']>

function failure(locale: Locale, httpStatus: number, errors: RegistrationError[], event?: EventRef): Outcome {
  const t = registrationMessages[locale]
  return {
    httpStatus,
    ok: false,
    locale,
    messages: errors.map((e) => t[e.code]),
    fieldErrors: Object.fromEntries(errors.filter((e) => e.field).map((e) => [e.field!, t[e.code]])),
    event,
  }
}

/** The answer for an e-mail that is already registered: that registration's state, nothing new. */
async function existingState(req: PayloadRequest, existing: ExistingRegistration, locale: Locale, event: EventRef): Promise<Outcome> {
  const t = registrationMessages[locale]
  const status = existing.status as RegistrationStatus
  const position = await waitingPosition(req.payload, existing)
  const message =
    status === 'waiting'
      ? fillMessage(t.alreadyWaitingBody, { position: position ?? '' })
      : status === 'attended'
        ? t.alreadyAttendedBody
        : t.alreadyConfirmedBody
  return { httpStatus: 200, ok: true, locale, messages: [message], fieldErrors: {}, event, status, position }
}

/** Whether a create failed on the unique e-mail key: a concurrent twin of this request won. */
const lostDuplicateRace = (error: unknown) =>
  error instanceof ValidationError && (error.data?.errors ?? []).some((e) => e.path === 'activeKey')

async function register(req: PayloadRequest, raw: Record<string, unknown>, locale: Locale): Promise<Outcome> {
  const t = registrationMessages[locale]
  const eventKey = typeof raw.event === 'string' || typeof raw.event === 'number' ? String(raw.event).trim() : ''
  const event = await publishedEventBySlug(req, eventKey, { locale: 'all' })
  const { input, errors } = validateRegistrationInput(raw)
  if (!event) {
    const refusals: RegistrationError[] = [{ field: 'event', code: 'eventUnknown' }, ...errors]
    return failure(locale, refusalStatus(refusals), refusals)
  }
  const eventRef = { slug: event.slug as string, title: pickAny(event.title as LocalizedValue, locale) ?? '' }
  const given = answersFromForm(raw)
  const stored = (event as { registration?: { questions?: StoredQuestion[] | null } }).registration?.questions
  const answerErrors = validateAnswers(questionsFor(stored, locale), given).errors
  if (errors.length || answerErrors.length) {
    const refusals = [...errors, ...answerErrors]
    return failure(locale, refusalStatus(refusals), refusals, eventRef)
  }
  if (filledTooFast(raw)) {
    return { httpStatus: 400, ok: false, locale, messages: [abuseMessages[locale].notAccepted], fieldErrors: {}, event: eventRef, refusedAs: 'too-fast' }
  }

  // Only the registrant's fields go on; the collection hook applies every rule and places the
  // registration (seat or waiting list) with conditional writes.
  let created
  try {
    created = await req.payload.create({
      collection: 'registrations',
      data: { ...input, answers: given, event: event.id, locale } as never,
      locale,
      overrideAccess: false,
    })
  } catch (error) {
    if (error instanceof AlreadyRegistered) return existingState(req, error.existing, locale, eventRef)
    if (error instanceof RegistrationRefused) return failure(locale, error.status, error.refusals, eventRef)
    if (lostDuplicateRace(error)) {
      const { docs: twins } = await req.payload.find({
        collection: 'registrations',
        where: { activeKey: { equals: activeKeyFor(event.id, input.email) } },
        select: { status: true },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const twin = twins[0]
      if (twin) return existingState(req, { id: twin.id, event: event.id, status: twin.status }, locale, eventRef)
    }
    // Any other field rule Payload applies is still a refusal of this input, never a 5xx.
    if (error instanceof ValidationError) {
      const messages = (error.data?.errors ?? []).map((e) => e.message)
      return { httpStatus: 422, ok: false, locale, messages: messages.length ? messages : [t.badRequest], fieldErrors: {}, event: eventRef }
    }
    throw error
  }
  const status = created.status as RegistrationStatus
  const position = await waitingPosition(req.payload, created)
  const reference = created.reference as string
  const messages =
    status === 'waiting' ? [fillMessage(t.waitingBody, { position: position ?? '' })] : [t.successBody]
  messages.push(fillMessage(t.referenceLine, { reference }))
  return {
    httpStatus: 201,
    ok: true,
    locale,
    messages,
    fieldErrors: {},
    event: eventRef,
    status,
    position,
    reference,
    cancelUrl: `${cancelPath(req.payload.secret, reference)}&lang=${locale}`,
  }
}

function renderHtml(outcome: Outcome): string {
  const t = registrationMessages[outcome.locale]
  const title = !outcome.ok ? t.errorTitle : outcome.status === 'waiting' ? t.waitingTitle : t.successTitle
  const links = [
    outcome.cancelUrl ? `<p><a href="${escapeHtml(outcome.cancelUrl)}">${escapeHtml(t.cancelLinkLabel)}</a></p>` : '',
    outcome.event
      ? `<p><a href="${localizedUrl(outcome.locale, 'events', outcome.event.slug)}">${escapeHtml(t.backToEvent)}: ${escapeHtml(outcome.event.title)}</a></p>`
      : '',
    `<p><a href="${localizedUrl(outcome.locale, 'home')}">${escapeHtml(t.backHome)}</a></p>`,
  ]
  return resultPage({ locale: outcome.locale, title, ok: outcome.ok, messages: outcome.messages, bodyHtml: links.join('\n') })
}

/**
 * The abuse guards of the form: those every public way in shares (another site's post: 403; too
 * many posts from one address or for one event: 429), then the bot traps only the form has,
 * refused with a vague message that does not say which trap closed (400). Nothing is stored.
 */
function guard(req: PayloadRequest, raw: Record<string, unknown>, locale: Locale, ip: string): Refusal | null {
  const shared = checkPublicRequest(req.headers, ip, raw.event, locale)
  if (shared) return shared
  const t = abuseMessages[locale]
  if (typeof raw.website === 'string' && raw.website.trim() !== '') return { reason: 'honeypot', httpStatus: 400, message: t.notAccepted }
  return null
}

/**
 * Whether the form's script reports it was filled faster than a person can. Only the script sends
 * `elapsed` (the page is static, so the server cannot time it); without JavaScript the honeypot
 * and the limits stand alone. Judged only once the input is valid: a person quick to send an
 * empty form should see what to fill in, and nothing is stored either way.
 */
function filledTooFast(raw: Record<string, unknown>): boolean {
  const elapsed = Number(raw.elapsed)
  return raw.elapsed !== undefined && !(Number.isFinite(elapsed) && elapsed >= guardSettings().minFillMs)
}

/**
 * POST /api/register — the public registration form. Answers JSON to scripts (Accept:
 * application/json) and a result page in the form's language to plain HTML forms: 201 for a new
 * registration (confirmed or waiting, with its reference), 200 for an e-mail already registered
 * (its current state), 4xx with messages for a refusal, 413 for an oversized body; 403 for a post
 * from another site, 429 (with Retry-After) over a rate limit, 400 for a bot trap.
 */
export const registerEndpoint: Endpoint = {
  path: '/register',
  method: 'post',
  handler: async (req) => {
    const body = await readPublicBody(req)
    const raw = body.kind === 'ok' ? body.fields : null
    // A body too large or unreadable has no `lang`: the browser's preference stands in.
    const locale = localeOr(raw?.lang, localeFromAcceptLanguage(req.headers.get('accept-language')))
    const t = registrationMessages[locale]
    let outcome: Outcome
    let retryAfterS: number | undefined
    const ip = clientIp(req.headers.get('x-forwarded-for'), guardSettings().trustProxy)
    const refusal = raw ? guard(req, raw, locale, ip) : null
    if (refusal) {
      // One line per refusal, enough to see an attack in the log without a stack trace.
      req.payload.logger.warn(refusalLogLine(refusal, ip, raw?.event))
      outcome = { httpStatus: refusal.httpStatus, ok: false, locale, messages: [refusal.message], fieldErrors: {} }
      retryAfterS = refusal.retryAfterS
    } else if (body.kind === 'tooLarge') {
      outcome = { httpStatus: 413, ok: false, locale, messages: [t.bodyTooLarge], fieldErrors: {} }
    } else if (!raw) {
      outcome = { httpStatus: 400, ok: false, locale, messages: [t.badRequest], fieldErrors: {} }
    } else {
      try {
        outcome = await register(req, raw, locale)
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'Registration failed' })
        outcome = { httpStatus: 503, ok: false, locale, messages: [t.serverError], fieldErrors: {} }
      }
    }
    if (outcome.refusedAs) req.payload.logger.warn(refusalLogLine({ reason: outcome.refusedAs }, ip, raw?.event))
    const { httpStatus, refusedAs: _refusedAs, ...answer } = outcome
    const response = wantsJson(req)
      ? Response.json(answer, { status: httpStatus, headers: { 'cache-control': 'no-store' } })
      : htmlResponse(renderHtml(outcome), httpStatus)
    if (retryAfterS !== undefined) response.headers.set('retry-after', String(retryAfterS))
    return response
  },
}
