import { afterAll, describe, expect, it } from 'vitest'

import { toAlmatyIso } from '../../cms/core/time'
import { startApiServer } from './apiServer'
import { makeUser, quiet, seededPayload } from './helpers'

/**
 * The admin's "repeat" action (POST /api/events/:id/repeat) on the real Payload and SQLite file:
 * weekly drafts at the same Almaty wall time in all three languages, idempotent, refused for an
 * organizer of another region, bad input refused in the admin's language with nothing created.
 */
describe('repeating an event weekly (admin action)', async () => {
  const payload = await seededPayload()
  const { repeatEventEndpoint } = await import('../../cms/endpoints/repeatEvent')
  const regions = (await payload.find({ collection: 'regions', limit: 2, sort: 'id', depth: 0, overrideAccess: true })).docs
  const [home, other] = regions.map((r) => r.id)

  // Thursday 22 February 2024, 10:00–12:00 in Almaty (UTC+6 then), registration opening a week before.
  const source = await payload.create({
    collection: 'events',
    locale: 'kk',
    data: {
      title: 'Апталық кеңес беру',
      slug: 'weekly-consultation',
      kind: 'seminar-training',
      format: 'offline',
      status: 'scheduled',
      region: home,
      startsAt: '2024-02-22T04:00:00.000Z',
      endsAt: '2024-02-22T06:00:00.000Z',
      summary: 'Медиатордың тегін кеңесі',
      registration: { enabled: true, capacity: 10, opensAt: '2024-02-15T04:00:00.000Z' },
      outcomes: { participants: 12 },
      _status: 'published',
    } as never,
    overrideAccess: true,
    context: quiet,
  })
  for (const [locale, title, summary] of [
    ['ru', 'Еженедельная консультация', 'Бесплатная консультация медиатора'],
    ['en', 'Weekly consultation', 'A free consultation with a mediator'],
  ] as const) {
    await payload.update({ collection: 'events', id: source.id, locale, data: { title, summary, _status: 'published' } as never, overrideAccess: true, context: quiet })
  }

  const call = (user: unknown, body: Record<string, unknown>, { language = 'kk', accept = 'application/json', id = source.id as unknown } = {}) =>
    repeatEventEndpoint.handler(
      Object.assign(new Request(`http://localhost/api/events/${id}/repeat`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) }), {
        payload,
        user,
        routeParams: { id },
        i18n: { language },
        context: { ...quiet },
      }) as never,
    ) as Promise<Response>

  const copies = async () =>
    (
      await payload.find({
        collection: 'events',
        where: { slug: { like: 'weekly-consultation-' } },
        locale: 'all',
        draft: true,
        sort: 'startsAt',
        depth: 0,
        overrideAccess: true,
      })
    ).docs as unknown as Array<Record<string, any>>

  const organizer = await makeUser(payload, ['organizer'], 'repeat-organizer@example.org', [home!])
  const stranger = await makeUser(payload, ['organizer'], 'repeat-stranger@example.org', [other!])

  it('refuses bad input with a 400 in the requested language, creating nothing', async () => {
    const early = await call(organizer, { every: 'week', until: '2024-02-01' }, { language: 'ru' })
    expect(early.status).toBe(400)
    expect((await early.json()).errors[0].message).toBe('Дата окончания повторов должна быть позже даты мероприятия.')
    const none = await call(organizer, { every: 'week' }, { language: 'en' })
    expect(none.status).toBe(400)
    expect((await none.json()).errors[0].message).toBe('Give the date to repeat until.')
    const many = await call(organizer, { every: 'week', until: '2026-01-01' })
    expect(many.status).toBe(400)
    expect((await many.json()).errors[0].message).toMatch(/52/)
    const html = await call(organizer, { every: 'week', until: 'tomorrow', lang: 'ru' }, { accept: 'text/html' })
    expect(html.status).toBe(400)
    expect(await html.text()).toContain('Неверная дата')
    expect(await copies()).toEqual([])
  })

  it('refuses an organizer of another region and anyone who is not staff, creating nothing', async () => {
    const refused = await call(stranger, { every: 'week', until: '2024-03-14' }, { language: 'en' })
    expect(refused.status).toBe(403)
    expect((await refused.json()).errors[0].message).toBe('You may not create events in this region.')
    expect((await call(null, { every: 'week', until: '2024-03-14' })).status).toBe(403)
    expect(await copies()).toEqual([])
  })

  it('creates weekly drafts keeping 10:00–12:00 in Almaty across 1 March 2024, in all three languages', async () => {
    const response = await call(organizer, { every: 'week', until: '2024-03-14' })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ created: 3, skipped: 0 })
    const list = await copies()
    expect(list.map((e) => e.slug)).toEqual(['weekly-consultation-2024-02-29', 'weekly-consultation-2024-03-07', 'weekly-consultation-2024-03-14'])
    expect(list.map((e) => toAlmatyIso(e.startsAt))).toEqual(['2024-02-29T10:00:00+06:00', '2024-03-07T10:00:00+05:00', '2024-03-14T10:00:00+05:00'])
    expect(list.map((e) => toAlmatyIso(e.endsAt).slice(11))).toEqual(['12:00:00+06:00', '12:00:00+05:00', '12:00:00+05:00'])
    for (const copy of list) {
      expect(copy.title).toEqual({ kk: 'Апталық кеңес беру', ru: 'Еженедельная консультация', en: 'Weekly consultation' })
      expect(copy.summary).toEqual({ kk: 'Медиатордың тегін кеңесі', ru: 'Бесплатная консультация медиатора', en: 'A free consultation with a mediator' })
      expect(copy._status).toBe('draft')
      expect(copy.reviewState).toBe('draft')
      expect(copy.sequence).toBe(0)
      expect(String(copy.region)).toBe(String(home))
      expect(copy.registration.enabled).toBe(true)
      expect(copy.registration.capacity).toBe(10)
      // Opening a week before, as the source's did.
      expect(Date.parse(copy.startsAt) - Date.parse(copy.registration.opensAt)).toBe(7 * 86_400_000)
      expect(copy.outcomes?.participants ?? null).toBeNull()
    }
    const registrations = await payload.count({ collection: 'registrations', where: { event: { in: list.map((e) => e.id) } }, overrideAccess: true })
    expect(registrations.totalDocs).toBe(0)
  })

  it('a second call creates nothing; a longer rule adds only the new dates', async () => {
    expect(await (await call(organizer, { every: 'week', until: '2024-03-14' })).json()).toEqual({ created: 0, skipped: 3 })
    expect(await (await call(organizer, { every: 'week', count: 4 })).json()).toEqual({ created: 1, skipped: 3 })
    expect((await copies()).map((e) => e.slug).at(-1)).toBe('weekly-consultation-2024-03-21')
  })

  it('from the admin form (HTML) it answers with a redirect to the events list', async () => {
    const moderator = await makeUser(payload, ['moderator'], 'repeat-moderator@example.org')
    const response = await call(moderator, { every: '2weeks', count: 3 }, { accept: 'text/html,application/xhtml+xml' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/\/collections\/events\?repeated=1&skipped=2$/)
  })

  const server = await startApiServer()
  afterAll(() => server.close())

  it('is routed at /api/events/:id/repeat over HTTP (refusing the anonymous)', async () => {
    const response = await fetch(`${server.url}/api/events/${source.id}/repeat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'ru' },
      body: JSON.stringify({ every: 'week', until: '2024-03-14' }),
    })
    expect(response.status).toBe(403)
    expect((await response.json()).errors[0].message).toBe('У вас нет права создавать мероприятия в этом регионе.')
  })
})
