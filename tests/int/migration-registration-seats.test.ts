import { sql } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

import { migrations } from '../../cms/migrations'
import config from '../../cms/payload.config'

/**
 * The registration-seats migration on a database that already has registrations in the old shape,
 * including what the old count-then-insert let through: a duplicate e-mail and an oversold event.
 */
describe('migration 20261123_044939_registration_seats', () => {
  it('gives existing registrations references, seats and keys, so the unique indexes can be built', async () => {
    const payload = await getPayload({ config })
    const earlier = migrations.filter((m) => m.name < '20261123_044939_registration_seats')
    await payload.db.migrate({ migrations: earlier as never })
    const db = (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown>; all: (q: unknown) => Promise<unknown[]> } }).drizzle
    await db.run(sql`INSERT INTO events (id, slug, kind, format, status, starts_at, registration_enabled, registration_capacity, _status) VALUES (1, 'old-event', 'seminar-training', 'offline', 'scheduled', '2030-01-01T05:00:00.000Z', 1, 2, 'published'), (2, 'open-event', 'conference', 'online', 'scheduled', '2030-01-01T05:00:00.000Z', 1, NULL, 'published')`)
    await db.run(sql`INSERT INTO registrations (id, event_id, name, email, consent, status) VALUES
      (1, 1, 'A', 'a@example.kz', 1, 'confirmed'),
      (2, 1, 'B', 'b@example.kz', 1, 'confirmed'),
      (3, 1, 'A again', 'A@example.kz', 1, 'confirmed'),
      (4, 1, 'C', 'c@example.kz', 1, 'cancelled'),
      (5, 2, 'D', 'd@example.kz', 1, NULL)`)

    await payload.db.migrate({ migrations: migrations as never })

    const rows = (await db.all(sql`SELECT id, status, seat, seat_key, active_key, reference FROM registrations ORDER BY id`)) as Array<Record<string, unknown>>
    expect(rows.map((r) => [r.id, r.status, r.seat])).toEqual([
      [1, 'confirmed', 1],
      [2, 'confirmed', 2],
      [3, 'confirmed', 3], // oversold before: keeps its seat, above the capacity
      [4, 'cancelled', null],
      [5, 'confirmed', null], // no capacity: no seat numbers
    ])
    expect(rows.map((r) => r.active_key)).toEqual(['1|a@example.kz', '1|b@example.kz', `~${rows[2]!.reference}`, `~${rows[3]!.reference}`, '2|d@example.kz'])
    expect(new Set(rows.map((r) => r.reference)).size).toBe(5)
    expect(rows[0]!.seat_key).toBe('1#1')

    // The database now refuses to delete an event that has registrations.
    const refusal = await db.run(sql`DELETE FROM events WHERE id = 1`).then(
      () => null,
      (error: Error) => `${error.message} ${String(error.cause)}`,
    )
    expect(refusal).toContain('FOREIGN KEY')
  })
})
