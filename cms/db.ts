import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from './migrations'
import { defaultSqliteFile, repoRoot } from './lib/paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

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
    logger: {
      logQuery(query, params) {
        for (const listener of sqlListeners) listener(query, params)
      },
    },
  })
}
