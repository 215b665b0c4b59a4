import { Forbidden, type Endpoint } from 'payload'

import { toCsv } from '../core/csvExport'
import { localeOr } from '../core/locales'
import { registrationRows, type ExportedRegistration } from '../core/registrationExport'
import { questionsFor, type Question, type StoredQuestion } from '../core/registrationQuestions'
import { recordAudit } from '../lib/audit'

const pageSize = 500

/**
 * GET /api/registrations/export.csv[?event=<id>][&lang=kk]: the registrations the signed-in user may
 * read (the collection's own access rules apply, so a role that may not read registrations gets
 * 403), as a CSV that Excel opens with Kazakh and Russian letters intact. Each export is logged:
 * it carries personal data out of the system.
 */
export const exportRegistrationsEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 401 })
    const lang = localeOr(req.searchParams.get('lang'), localeOr(req.i18n?.language))
    const eventParam = (req.searchParams.get('event') ?? '').trim()
    const eventId = /^\d+$/.test(eventParam) ? Number(eventParam) : eventParam || null
    const rows: ExportedRegistration[] = []
    let questions: Question[] = []
    try {
      // One event's export gets a column per question of that event, headed in the export language.
      if (eventId !== null) {
        const event = await req.payload
          .findByID({ collection: 'events', id: eventId, locale: 'all', depth: 0, joins: false, draft: false, overrideAccess: true, disableErrors: true })
          .catch(() => null)
        const stored = (event as { registration?: { questions?: StoredQuestion[] | null } } | null)?.registration?.questions
        questions = questionsFor(stored, lang)
      }
      for (let page = 1; ; page++) {
        const result = await req.payload.find({
          collection: 'registrations',
          where: eventId === null ? {} : { event: { equals: eventId } },
          sort: ['event', 'createdAt'],
          depth: 0,
          limit: pageSize,
          page,
          overrideAccess: false,
          user: req.user,
          req,
        })
        rows.push(...(result.docs as ExportedRegistration[]))
        if (!result.hasNextPage) break
      }
    } catch (error) {
      if (error instanceof Forbidden) return Response.json({ errors: [{ message: error.message }] }, { status: 403 })
      throw error
    }
    await recordAudit(req, {
      action: 'export-personal-data',
      targetCollection: 'registrations',
      targetId: eventId ?? undefined,
      summary: `${rows.length} registrations as CSV`,
    })
    const filename = `registrations-${eventId ?? 'all'}-${new Date().toISOString().slice(0, 10)}.csv`
    return new Response(toCsv(registrationRows(rows, lang, questions)), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
