import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../access'
import { defaultLocale, localeFromAcceptLanguage, localeOr, type Locale } from '../core/locales'
import { maxRepeats, occurrenceSlug, repeatMessages, repeatOccurrences, type RepeatEvery } from '../core/repeat'
import { escapeHtml, readPublicBody } from './publicRequest'

type Source = {
  id: number | string
  slug?: string | null
  startsAt: string
  endsAt?: string | null
  region?: number | string | { id: number | string } | null
  registration?: { opensAt?: string | null; closesAt?: string | null } & Record<string, unknown>
}

const wantsHtml = (req: PayloadRequest) => (req.headers.get('accept') ?? '').includes('text/html')

function refuse(req: PayloadRequest, locale: Locale, status: number, key: keyof typeof repeatMessages, eventId?: string | number) {
  const message = repeatMessages[key][locale]
  if (!wantsHtml(req)) return Response.json({ errors: [{ message }] }, { status })
  // The no-script form's answer: the reason, and the way back to the event.
  const back = eventId === undefined ? `${req.payload.config.routes.admin}/collections/events` : `${req.payload.config.routes.admin}/collections/events/${eventId}`
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(message)}</title></head><body><p role="alert">${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">←</a></p></body></html>`
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
}

/** The same moment relative to the new start as it was to the old one (registration opening and closing). */
const shifted = (value: string | null | undefined, from: string, to: string) =>
  value ? new Date(Date.parse(value) + Date.parse(to) - Date.parse(from)).toISOString() : value

/**
 * POST /api/events/:id/repeat (JSON or a form: `every` week|2weeks, `until` 'YYYY-MM-DD' in
 * Kazakhstan and/or `count`, optional `lang`): copies the event to every date the rule gives
 * (cms/core/repeat.ts) at the same Kazakhstan wall time, as drafts that go through review. Each
 * copy carries every language of the source (Payload's duplicate reads all locales), the slug
 * `<slug>-YYYY-MM-DD`, SEQUENCE 0 and no registrations or outcomes; a date whose slug exists is
 * skipped, so a second call creates nothing. Whether the user may create events in the event's
 * region is for the collection's access rules (cms/access): organizers of that region (drafts)
 * and moderators. Answers `{ created, skipped }`, or from a form a 303 back to the events list;
 * bad input is a 400 in the admin's language and creates nothing.
 */
export const repeatEventEndpoint: Endpoint = {
  path: '/:id/repeat',
  method: 'post',
  handler: async (req) => {
    const body = await readPublicBody(req, 4096)
    const fields = body.kind === 'ok' ? body.fields : {}
    const locale = localeOr(fields.lang, localeOr(req.i18n?.language, localeFromAcceptLanguage(req.headers.get('accept-language'))))
    if (!isStaffUser(req.user as never)) return refuse(req, locale, 403, 'forbidden')
    const id = String(req.routeParams?.id ?? '')
    const source = (await req.payload
      .findByID({ collection: 'events', id, depth: 0, draft: true, locale: defaultLocale, overrideAccess: false, user: req.user, disableErrors: true })
      .catch(() => null)) as Source | null
    if (!source) return refuse(req, locale, 404, 'notFound')

    const count = fields.count === undefined || fields.count === null || fields.count === '' ? null : Number(fields.count)
    const rule = { every: (fields.every || 'week') as RepeatEvery, until: typeof fields.until === 'string' ? fields.until.trim() : null, count }
    const plan = repeatOccurrences(source, rule)
    if (!plan.ok) return refuse(req, locale, 400, plan.problem, source.id)

    const base = source.slug || 'event'
    const slugs = plan.occurrences.map((o) => occurrenceSlug(base, o.date))
    // Every existing slug counts, drafts and other regions' events included (slugs are unique).
    const taken = await req.payload.find({
      collection: 'events',
      where: { slug: { in: slugs } },
      select: { slug: true },
      depth: 0,
      limit: maxRepeats + 1,
      pagination: false,
      overrideAccess: true,
    })
    const exists = new Set(taken.docs.map((d) => d.slug))
    const region = source.region && typeof source.region === 'object' ? source.region.id : source.region
    let created = 0
    try {
      for (const [i, occurrence] of plan.occurrences.entries()) {
        if (exists.has(slugs[i]!)) continue
        await req.payload.duplicate({
          collection: 'events',
          id: source.id,
          draft: true,
          overrideAccess: false,
          user: req.user,
          req,
          locale: defaultLocale,
          depth: 0,
          data: {
            slug: slugs[i]!,
            startsAt: occurrence.startsAt,
            endsAt: occurrence.endsAt,
            region: region ?? null,
            sequence: 0,
            _status: 'draft',
            reviewState: 'draft',
            registration: {
              ...source.registration,
              opensAt: shifted(source.registration?.opensAt, source.startsAt, occurrence.startsAt),
              closesAt: shifted(source.registration?.closesAt, source.startsAt, occurrence.startsAt),
            },
          } as never,
        })
        created += 1
      }
    } catch (error) {
      // The collection's access rules refused (an organizer of another region): the first copy
      // fails, so nothing was created.
      if ((error as { status?: number }).status === 403) return refuse(req, locale, 403, 'forbidden', source.id)
      throw error
    }
    const skipped = plan.occurrences.length - created
    if (wantsHtml(req)) {
      const admin = req.payload.config.routes.admin
      return new Response(null, { status: 303, headers: { Location: `${admin}/collections/events?repeated=${created}&skipped=${skipped}` } })
    }
    return Response.json({ created, skipped })
  },
}
