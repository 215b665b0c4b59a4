import type { Endpoint, PayloadRequest } from 'payload'

import { localeFromAcceptLanguage, localeOr, type Locale } from '../core/locales'
import { pickAny, type LocalizedValue } from '../core/localize'
import { fillMessage, registrationMessages } from '../core/messages'
import { parseReference } from '../core/registration'
import { localizedUrl } from '../core/urls'
import { isValidCancelToken } from '../lib/cancelToken'
import { cancelRegistration } from '../lib/seats'
import { escapeHtml, htmlResponse, readPublicBody, resultPage, wantsJson } from './publicRequest'

type Found = {
  registration: { id: string | number; event: string | number; status: string; reference: string; locale?: string | null }
  eventTitle: string
  eventSlug: string
  locale: Locale
}

/** The registration a cancel link names, if its token is genuine; in the registrant's language. */
async function findByLink(req: PayloadRequest, refValue: unknown, token: unknown): Promise<Found | null> {
  const reference = parseReference(refValue)
  if (!reference || !isValidCancelToken(req.payload.secret, reference, token)) return null
  const { docs } = await req.payload.find({
    collection: 'registrations',
    where: { reference: { equals: reference } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const registration = docs[0]
  if (!registration) return null
  const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
  const event = await req.payload.findByID({ collection: 'events', id: eventId, depth: 0, joins: false, locale: 'all', overrideAccess: true, disableErrors: true })
  const locale = localeOr(registration.locale)
  return {
    registration: { id: registration.id, event: eventId, status: registration.status, reference, locale: registration.locale },
    eventTitle: event ? (pickAny(event.title as unknown as LocalizedValue, locale) ?? '') : '',
    eventSlug: (event?.slug as string) ?? '',
    locale,
  }
}

function answer(req: PayloadRequest, locale: Locale, httpStatus: number, ok: boolean, title: string, messages: string[], bodyHtml = '', extra: Record<string, unknown> = {}) {
  if (wantsJson(req)) return Response.json({ ok, messages, fieldErrors: {}, ...extra }, { status: httpStatus, headers: { 'cache-control': 'no-store' } })
  const home = `<p><a href="${localizedUrl(locale, 'home')}">${escapeHtml(registrationMessages[locale].backHome)}</a></p>`
  return htmlResponse(resultPage({ locale, title, ok, messages, bodyHtml: bodyHtml + home }), httpStatus)
}

/** A link that is not genuine (or no longer names a registration) says so in the visitor's language. */
function invalidLink(req: PayloadRequest, lang: unknown) {
  const locale = localeOr(lang, localeFromAcceptLanguage(req.headers.get('accept-language')))
  const t = registrationMessages[locale]
  return answer(req, locale, 404, false, t.cancelTitle, [t.cancelLinkInvalid])
}

/**
 * GET /api/register/cancel?ref=…&token=… — the link a participant gets: a confirmation page in
 * their language with a plain form (works without JavaScript; a link preview that fetches the URL
 * cancels nothing).
 */
export const cancelPageEndpoint: Endpoint = {
  path: '/register/cancel',
  method: 'get',
  handler: async (req) => {
    const query = req.searchParams
    const found = await findByLink(req, query.get('ref'), query.get('token'))
    if (!found) return invalidLink(req, query.get('lang'))
    const { registration, locale, eventTitle } = found
    const t = registrationMessages[locale]
    if (registration.status === 'cancelled') {
      return answer(req, locale, 200, true, t.cancelledTitle, [t.cancelAlreadyDone], '', { status: 'cancelled' })
    }
    const question = fillMessage(t.cancelQuestion, { event: eventTitle, reference: registration.reference })
    const form = `<form method="post" action="/api/register/cancel">
<input type="hidden" name="ref" value="${escapeHtml(registration.reference)}">
<input type="hidden" name="token" value="${escapeHtml(String(query.get('token')))}">
<button type="submit" class="button">${escapeHtml(t.cancelButton)}</button>
</form>
<p><a href="${localizedUrl(locale, 'events', found.eventSlug)}">${escapeHtml(t.backToEvent)}: ${escapeHtml(eventTitle)}</a></p>`
    return answer(req, locale, 200, true, t.cancelTitle, [question], form, { status: registration.status })
  },
}

/** POST /api/register/cancel (ref, token) — cancels; a second cancel changes nothing and says so. */
export const cancelEndpoint: Endpoint = {
  path: '/register/cancel',
  method: 'post',
  handler: async (req) => {
    const body = await readPublicBody(req)
    if (body.kind !== 'ok') return invalidLink(req, undefined)
    const found = await findByLink(req, body.fields.ref, body.fields.token)
    if (!found) return invalidLink(req, body.fields.lang)
    const { registration, locale } = found
    const t = registrationMessages[locale]
    let changed: boolean
    try {
      changed = await cancelRegistration(req.payload, registration, req)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Cancelling a registration failed' })
      return answer(req, locale, 503, false, t.errorTitle, [t.serverError])
    }
    if (!changed && registration.status !== 'cancelled' && registration.status !== 'waiting' && registration.status !== 'confirmed') {
      // Attended: the event took place; there is nothing left to cancel.
      return answer(req, locale, 409, false, t.cancelTitle, [t.alreadyAttendedBody], '', { status: registration.status })
    }
    return answer(req, locale, 200, true, t.cancelledTitle, [changed ? t.cancelledBody : t.cancelAlreadyDone], '', { status: 'cancelled' })
  },
}
