import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from './migrations'
import { defaultSqliteFile, repoRoot } from './lib/paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** The one place that decides which database Kelisim talks to. */
export function databaseKind(uri = process.env.DATABASE_URI): DatabaseKind {
  return uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
}

/**
 * An absolute `file:` URL for SQLite: `DATABASE_URI=file:relative.db` is resolved against the
 * repository root, because Astro and Next run code from other working folders.
 */
export function sqliteUrl(uri = process.env.DATABASE_URI): string {
  if (!uri) return `file:${defaultSqliteFile}`
  const file = uri.replace(/^file:(\/\/)?/, '')
  return `file:${path.isAbsolute(file) ? file : path.resolve(repoRoot, file)}`
}

/**
 * Payload gives every single relationship `ON DELETE set null`, which contradicts the NOT NULL of a
 * required one: deleting an event with registrations failed with a 500 after its versions were
 * already gone. A registration must keep its event, so the database refuses the delete (RESTRICT);
 * the Events beforeDelete hook refuses it first, with a message. Changed in the raw schema, before
 * Payload builds its tables, so generated migrations and their snapshots say the same.
 */
const refuseDeletingEventsWithRegistrations: SQLiteSchemaHook = (args) => {
  // The hook also receives the adapter (not in the published type), whose raw tables it edits.
  const { adapter, schema } = args as typeof args & { adapter: RawTables }
  const reference = adapter.rawTables.registrations?.columns.event?.reference
  if (reference) reference.onDelete = 'restrict'
  return schema
}
type RawTables = { rawTables: Record<string, { columns: Record<string, { reference?: { onDelete: string } }> }> }

export function databaseAdapter(): DatabaseAdapterObj {
  const uri = process.env.DATABASE_URI
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri! })
  }
  const url = sqliteUrl(uri)
  fs.mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true })
  return sqliteAdapter({
    client: { url },
    // The schema comes from cms/migrations in every environment, never from a dev-time push,
    // so development, tests and production run the same tables.
    push: false,
    migrationDir: path.join(repoRoot, 'cms', 'migrations'),
    prodMigrations: migrations,
    // One writer at a time: WAL lets the site build read while the CMS writes, and the busy
    // timeout makes a concurrent writer wait instead of failing.
    wal: true,
    busyTimeout: 10_000,
    // No `transactionOptions`: libsql hands its connection to a transaction and opens a fresh one
    // (without the busy timeout) for everything else, so concurrent creates fail with
    // "cannot begin transaction: SQLITE_BUSY" (tried with the 300-registration burst). Nothing
    // here needs a multi-statement transaction: seats change by single conditional statements
    // (cms/lib/seats.ts) and an event with registrations is refused before anything is deleted.
    beforeSchemaInit: [refuseDeletingEventsWithRegistrations],
  })
}
