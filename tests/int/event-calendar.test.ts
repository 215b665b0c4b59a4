import { afterAll, describe, expect, it } from 'vitest'

import { endBeforeStartMessage } from '../../cms/core/calendar'
import { openEvent, quiet, seededPayload } from './helpers'

/** The calendar's rules on a real Payload: SEQUENCE follows changes, an end before the start is refused, the series is seeded. */
describe('events in the calendar', async () => {
  const payload = await seededPayload()
  afterAll(async () => payload.db.destroy?.())

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
