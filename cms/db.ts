import { createRequire } from 'node:module'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { migrations } from './migrations'
import { databaseKind, protectDatabaseFile, sqliteUrl } from './lib/databaseFile'
import { repoRoot } from './lib/paths'

export { databaseKind, protectDatabaseFile, sqliteUrl, type DatabaseKind } from './lib/databaseFile'

type SqlListener = (sql: string, params: unknown[]) => void
// One set per process even when Next or Vite load this module twice.
const sqlListeners: Set<SqlListener> = ((globalThis as Record<symbol, unknown>)[Symbol.for('kelisim.sqlListeners')] ??=
  new Set<SqlListener>()) as Set<SqlListener>

/**
 * Watches every SQL statement Payload sends to SQLite, for tests that count statements per write
 * and for profiling imports. Returns the function that stops watching.
 */
export function watchSqlStatements(listener: SqlListener): () => void {
  sqlListeners.add(listener)
  return () => sqlListeners.delete(listener)
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

/**
 * Payload gives every `*_locales` table (localized fields of documents, versions and array rows)
 * one unique index on (_locale, _parent_id), which cannot serve a lookup by `_parent_id` alone.
 * Every read assembles a document's languages with `WHERE _parent_id = ?`, every update deletes
 * them the same way, and deleting array rows cascades to their locales by `_parent_id`: without
 * this index each of those scanned the whole table, so reads and writes slowed down as the
 * collection grew.
 */
export const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales')) continue
    extendTable({ table, extraConfig: (columns) => ({ parentIdx: index(`${name}_parent_id_idx`).on(columns._parentID) }) })
  }
  return schema
}

/** Fewer rows sampled per index than a full ANALYZE; plenty for the planner's choices here. */
const ANALYSIS_LIMIT = 1000

/**
 * Gives SQLite's planner current statistics (sqlite_stat1). Without them it picked low-selectivity
 * indexes (`latest`, `_status`) or skip-scans over `_locale` and read far more rows than needed.
 * Run after migrations and after imports, when table sizes change most. MongoDB keeps its own
 * statistics, so there is nothing to do there.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (databaseKind() !== 'sqlite') return
  const client = (payload.db as unknown as { client?: { execute(sql: string): Promise<unknown> } }).client
  if (!client) return
  await client.execute(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
  await client.execute('ANALYZE')
}

/** Statements kept prepared per connection: Payload's schema gives a few hundred distinct texts. */
const PREPARED_STATEMENTS_KEPT = 500
type PreparedStatement = { columns(): unknown[] }
type LibsqlDatabase = { prototype: { prepare(this: object, sql: string): PreparedStatement } }

/**
 * Reuses prepared statements. @libsql/client prepares every statement anew on each execution and
 * asks SQLite for its result columns twice: profiling an import showed that as an eighth of the
 * CPU per document, for the same few hundred statement texts Payload sends again and again. The
 * libsql connection keeps a bounded map of them (least recently used leaves first); a schema
 * change (migrations) empties it, since a statement's result columns may change with the table.
 * Statements run to completion synchronously, so one is never in use twice at once.
 */
export function reusePreparedStatements(): void {
  const flag = Symbol.for('kelisim.reusePreparedStatements')
  const g = globalThis as Record<symbol, unknown>
  if (g[flag]) return
  let Database: LibsqlDatabase
  try {
    Database = createRequire(path.join(repoRoot, 'package.json'))('libsql') as LibsqlDatabase
  } catch {
    return
  }
  g[flag] = true
  const prepare = Database.prototype.prepare
  const caches = new WeakMap<object, Map<string, PreparedStatement>>()
  Database.prototype.prepare = function (this: object, sql: string) {
    let cache = caches.get(this)
    if (!cache || /^\s*(create|alter|drop)\b/i.test(sql)) caches.set(this, (cache = new Map()))
    const kept = cache.get(sql)
    if (kept) {
      cache.delete(sql)
      cache.set(sql, kept)
      return kept
    }
    const statement = prepare.call(this, sql)
    const columnsOf = statement.columns.bind(statement)
    let columns: unknown[] | undefined
    statement.columns = () => (columns ??= columnsOf())
    cache.set(sql, statement)
    if (cache.size > PREPARED_STATEMENTS_KEPT) cache.delete(cache.keys().next().value!)
    return statement
  }
}

export function databaseAdapter(): DatabaseAdapterObj {
  const uri = process.env.DATABASE_URI
  if (databaseKind(uri) === 'mongodb') {
    // Wait for the declared indexes (unique slugs, `index: true` fields, the collections' compound
    // `indexes`) at connect instead of letting Mongoose build them in the background while the
    // seed is already importing: without them every lookup and the build's read scan collections.
    // No transactions, as on SQLite: on a replica set Payload would wrap each create in one, and
    // the registration hooks' own reads and conditional updates (cms/lib/seats.ts) run outside
    // that session, so they could not see the row being created. Correctness rests on unique
    // indexes and single conditional updates instead.
    return mongooseAdapter({ url: uri!, ensureIndexes: true, transactionOptions: false })
  }
  const url = sqliteUrl(uri)
  reusePreparedStatements()
  protectDatabaseFile(url.slice('file:'.length))
  return sqliteAdapter({
    client: { url },
    // The schema comes from cms/migrations in every environment, never from a dev-time push,
    // so development, tests and production run the same tables.
    push: false,
    migrationDir: path.join(repoRoot, 'cms', 'migrations'),
    prodMigrations: migrations,
    // One writer at a time: WAL lets the site build read while the CMS writes, and the busy
    // timeout makes a concurrent writer wait instead of failing.
    // NORMAL is safe with WAL (a power cut can lose the last commits, never corrupt the file) and
    // spares an fsync per statement: Payload writes without transactions, so a document with
    // three languages, arrays and versions is dozens of commits.
    wal: { synchronous: 'NORMAL' },
    busyTimeout: 10_000,
    // No `transactionOptions`: libsql hands its connection to a transaction and opens a fresh one
    // (without the busy timeout) for everything else, so concurrent creates fail with
    // "cannot begin transaction: SQLITE_BUSY" (tried with the 300-registration burst). Nothing
    // here needs a multi-statement transaction: seats change by single conditional statements
    // (cms/lib/seats.ts) and an event with registrations is refused before anything is deleted.
    beforeSchemaInit: [refuseDeletingEventsWithRegistrations],
    afterSchemaInit: [indexLocalesByParent],
    logger: {
      logQuery(query, params) {
        for (const listener of sqlListeners) listener(query, params)
      },
    },
  })
}
