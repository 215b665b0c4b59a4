import type { Endpoint, PayloadRequest } from 'payload'

import { localeOr, type Locale } from '../core/locales'
import { pickAny, type LocalizedValue } from '../core/localize'
import { registrationMessages } from '../core/messages'
import { refusalStatus, validateRegistrationInput, type RegistrationError } from '../core/registration'
import { localizedUrl } from '../core/urls'
import { RegistrationRefused } from '../lib/registrationRefused'

type Outcome = {
  status: number
  ok: boolean
  locale: Locale
  messages: string[]
  fieldErrors: Record<string, string>
  event?: { slug: string; title: string }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

async function readBody(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  const contentType = req.headers.get('content-type') ?? ''
  try {
    const body = await req.text!()
    if (contentType.includes('application/json')) {
      const parsed = JSON.parse(body)
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null
    }
    if (contentType.includes('application/x-www-form-urlencoded')) {
      return Object.fromEntries(new URLSearchParams(body))
    }
    return null
  } catch {
    return null
  }
}

async function register(req: PayloadRequest, raw: Record<string, unknown>, locale: Locale): Promise<Outcome> {
  const t = registrationMessages[locale]
  const fail = (status: number, errors: RegistrationError[], event?: Outcome['event']): Outcome => ({
    status,
    ok: false,
    locale,
    messages: errors.map((e) => t[e.code]),
    fieldErrors: Object.fromEntries(errors.filter((e) => e.field).map((e) => [e.field!, t[e.code]])),
    event,
  })

  const eventKey = typeof raw.event === 'string' || typeof raw.event === 'number' ? String(raw.event).trim() : ''
  const { docs } = eventKey
    ? await req.payload.find({
        collection: 'events',
        where: { and: [{ slug: { equals: eventKey } }, { _status: { equals: 'published' } }] },
        locale: 'all',
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    : { docs: [] }
  const event = docs[0]
  const { input, errors } = validateRegistrationInput(raw)
  if (!event) {
    const refusals: RegistrationError[] = [{ field: 'event', code: 'eventUnknown' }, ...errors]
    return fail(refusalStatus(refusals), refusals)
  }
  const eventRef = { slug: event.slug as string, title: pickAny(event.title as LocalizedValue, locale) ?? '' }

  // The collection hook applies every rule; its refusal says which ones failed.
  try {
    await req.payload.create({
      collection: 'registrations',
      data: { ...input, event: event.id, locale },
      locale,
      overrideAccess: false,
    })
  } catch (error) {
    if (error instanceof RegistrationRefused) return fail(error.status, error.refusals, eventRef)
    throw error
  }
  return { status: 201, ok: true, locale, messages: [t.successBody], fieldErrors: {}, event: eventRef }
}

function renderHtml(outcome: Outcome): string {
  const t = registrationMessages[outcome.locale]
  const title = outcome.ok ? t.successTitle : t.errorTitle
  const eventLink = outcome.event
    ? `<p><a href="${localizedUrl(outcome.locale, 'events', outcome.event.slug)}">${escapeHtml(t.backToEvent)}: ${escapeHtml(outcome.event.title)}</a></p>`
    : ''
  return `<!doctype html>
<html lang="${outcome.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — Kelisim</title>
<link rel="stylesheet" href="/styles/site.css">
</head>
<body>
<main class="container registration-result" id="main">
<h1>${escapeHtml(title)}</h1>
<div class="${outcome.ok ? 'notice notice--success' : 'notice notice--error'}" role="${outcome.ok ? 'status' : 'alert'}">
<ul>${outcome.messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>
</div>
${eventLink}
<p><a href="${localizedUrl(outcome.locale, 'home')}">${escapeHtml(t.backHome)}</a></p>
</main>
</body>
</html>`
}

/**
 * POST /api/register — the public registration form. Answers JSON to scripts (Accept:
 * application/json) and a result page in the form's language to plain HTML forms.
 */
export const registerEndpoint: Endpoint = {
  path: '/register',
  method: 'post',
  handler: async (req) => {
    const wantsJson = (req.headers.get('accept') ?? '').includes('application/json')
    const raw = await readBody(req)
    const locale = localeOr(raw?.lang)
    let outcome: Outcome
    if (!raw) {
      outcome = { status: 400, ok: false, locale, messages: [registrationMessages[locale].badRequest], fieldErrors: {} }
    } else {
      try {
        outcome = await register(req, raw, locale)
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'Registration failed' })
        outcome = { status: 503, ok: false, locale, messages: [registrationMessages[locale].serverError], fieldErrors: {} }
      }
    }
    if (wantsJson) {
      const { status, ...body } = outcome
      return Response.json(body, { status })
    }
    return new Response(renderHtml(outcome), {
      status: outcome.status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    })
  },
}
