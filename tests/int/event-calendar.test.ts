import { describe, expect, it } from 'vitest'

import { endBeforeStartMessage } from '../../cms/core/calendar'
import { openEvent, quiet, seededPayload } from './helpers'

/** The calendar's rules on a real Payload: SEQUENCE follows changes, an end before the start is refused, the series is seeded. */
describe('events in the calendar', async () => {
  const payload = await seededPayload()

  it('a new event has SEQUENCE 0; a new time or status counts one up, a new title does not', async () => {
    const event = await openEvent(payload, 'calendar-sequence')
    expect(event.sequence).toBe(0)
    const update = (data: Record<string, unknown>) =>
      payload.update({ collection: 'events', id: event.id, data: data as never, overrideAccess: true, context: quiet })
    expect((await update({ title: 'Жаңа атау' })).sequence).toBe(0)
    const later = new Date(new Date(event.startsAt).getTime() + 3_600_000).toISOString()
    expect((await update({ startsAt: later })).sequence).toBe(1)
    expect((await update({ status: 'cancelled' })).sequence).toBe(2)
    // A client cannot set it: the hook recomputes it from the stored value.
    expect((await update({ sequence: 40, title: 'Тағы' })).sequence).toBe(2)
  })

  it('refuses an end before the start with a message in the admin language and Kazakh, and stores nothing', async () => {
    const event = await openEvent(payload, 'calendar-end-before-start')
    const attempt = payload.update({
      collection: 'events',
      id: event.id,
      data: { endsAt: new Date(new Date(event.startsAt).getTime() - 3_600_000).toISOString() } as never,
      overrideAccess: true,
      context: quiet,
    })
    await expect(attempt).rejects.toThrow()
    const error = (await attempt.catch((e: unknown) => e)) as { data?: unknown; message?: string }
    expect(JSON.stringify(error.data ?? error.message)).toContain(endBeforeStartMessage.kk)
    const stored = await payload.findByID({ collection: 'events', id: event.id, overrideAccess: true })
    expect(stored.endsAt ?? null).toBeNull()
  })

  it('the seed holds the open-door series from Q3 2023 on, with the 2023 results', async () => {
    const days = await payload.find({ collection: 'open-door-days', sort: 'date', limit: 0, pagination: false, overrideAccess: true })
    const slugs = days.docs.map((d) => d.slug)
    expect(slugs[0]).toBe('open-door-day-2023-q3')
    expect(slugs).toContain('open-door-day-2026-q4')
    expect(days.docs[0]!.results?.appeals).toBe(1937)
    expect(days.docs.find((d) => d.slug === 'open-door-day-2024-q1')!.results?.appeals ?? null).toBeNull()
  })
})

describe('generating open-door days from the rule (admin action)', async () => {
  const payload = await seededPayload()
  const { generateOpenDoorDays } = await import('../../cms/endpoints/generateOpenDoorDays')
  const { makeUser } = await import('./helpers')
  const call = (user: unknown, accept = 'application/json') =>
    generateOpenDoorDays.handler({ payload, user, headers: new Headers({ accept }), context: quiet } as never) as Promise<Response>

  it('refuses anyone who is not staff', async () => {
    expect((await call(null)).status).toBe(403)
  })

  it('creates the missing days of the series and only those; from the admin form it goes back to the list', async () => {
    // Open-door days are nationwide: moderators create them.
    const organizer = await makeUser(payload, ['moderator'], 'calendar-generate@example.org')
    const gone = await payload.find({ collection: 'open-door-days', where: { slug: { equals: 'open-door-day-2025-q2' } }, overrideAccess: true })
    await payload.delete({ collection: 'open-door-days', id: gone.docs[0]!.id, overrideAccess: true, context: quiet })
    const first = await call(organizer)
    expect(await first.json()).toEqual({ created: 1 })
    const again = await call(organizer, 'text/html,application/xhtml+xml')
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toMatch(/\/collections\/open-door-days\?generated=0$/)
    const back = await payload.find({ collection: 'open-door-days', where: { slug: { equals: 'open-door-day-2025-q2' } }, overrideAccess: true })
    expect(new Date(back.docs[0]!.date).toISOString()).toBe('2025-05-02T05:00:00.000Z')
  })
})
