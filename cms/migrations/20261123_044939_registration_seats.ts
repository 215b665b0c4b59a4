import crypto from 'node:crypto'
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { formatReference } from '../core/registration'

/**
 * Existing registrations get what the seat mechanism needs before its unique indexes exist: a
 * reference, a seat number for the confirmed ones of events with a capacity (in order of arrival),
 * and the keys (see cms/lib/seats.ts). Registrations the old count-then-insert let through twice
 * keep their status; only the first of them holds the e-mail's key.
 */
async function backfillSeatsAndKeys(db: MigrateUpArgs['db']): Promise<void> {
  const rows = (await db.all(sql`SELECT r.id, r.event_id, r.email, r.status, e.registration_capacity AS capacity FROM registrations r LEFT JOIN events e ON e.id = r.event_id ORDER BY r.id`)) as Array<{
    id: number
    event_id: number
    email: string
    status: string
    capacity: number | null
  }>
  const seatsGiven = new Map<number, number>()
  const activeKeys = new Set<string>()
  const references = new Set<string>()
  for (const row of rows) {
    let reference = formatReference((max) => crypto.randomInt(max))
    while (references.has(reference)) reference = formatReference((max) => crypto.randomInt(max))
    references.add(reference)
    const noSeat = `~${reference}`
    const active = row.status !== 'cancelled'
    let seat: number | null = null
    if (active && row.capacity && row.capacity > 0) {
      seat = (seatsGiven.get(row.event_id) ?? 0) + 1
      seatsGiven.set(row.event_id, seat)
    }
    const emailKey = `${row.event_id}|${String(row.email).trim().normalize('NFC').toLowerCase()}`
    const activeKey = active && !activeKeys.has(emailKey) ? emailKey : noSeat
    if (active) activeKeys.add(emailKey)
    await db.run(
      sql`UPDATE registrations SET reference = ${reference}, seat = ${seat}, seat_key = ${seat === null ? noSeat : `${row.event_id}#${seat}`}, active_key = ${activeKey} WHERE id = ${row.id}`,
    )
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`organization\` text,
  	\`region\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`locale\` text,
  	\`status\` text DEFAULT 'waiting' NOT NULL,
  	\`seat\` numeric,
  	\`reference\` text,
  	\`seat_key\` text,
  	\`active_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE restrict
  );
  `)
  // The old table has no seat, reference or keys yet (they are filled below); a missing status was
  // the old default, confirmed.
  await db.run(sql`INSERT INTO \`__new_registrations\`("id", "event_id", "name", "email", "phone", "organization", "region", "consent", "locale", "status", "updated_at", "created_at") SELECT "id", "event_id", "name", "email", "phone", "organization", "region", "consent", "locale", coalesce("status", 'confirmed'), "updated_at", "created_at" FROM \`registrations\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await backfillSeatsAndKeys(db)
  await db.run(sql`CREATE INDEX \`registrations_event_idx\` ON \`registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_reference_idx\` ON \`registrations\` (\`reference\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_seat_key_idx\` ON \`registrations\` (\`seat_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_active_key_idx\` ON \`registrations\` (\`active_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_waiting_list\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_waiting_list\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`organization\` text,
  	\`region\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`locale\` text,
  	\`status\` text DEFAULT 'confirmed',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_registrations\`("id", "event_id", "name", "email", "phone", "organization", "region", "consent", "locale", "status", "updated_at", "created_at") SELECT "id", "event_id", "name", "email", "phone", "organization", "region", "consent", "locale", "status", "updated_at", "created_at" FROM \`registrations\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_event_idx\` ON \`registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`registration_waiting_list\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_registration_waiting_list\`;`)
}
