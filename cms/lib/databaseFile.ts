import fs from 'node:fs'
import path from 'node:path'

import { defaultSqliteFile, repoRoot } from './paths'

/**
 * Which database and which SQLite file, without loading Payload or a database driver: for the
 * adapter (cms/db.ts) and for scripts that must start fast (backup, restore).
 */

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
 * The database holds personal data (registrations) and password hashes: readable by its owner
 * only (0600), whatever the umask. SQLite creates the -wal and -shm files with the database's
 * mode; they are set too when they exist. A missing database is created empty with that mode.
 */
export function protectDatabaseFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600))
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.chmodSync(f, 0o600)
    } catch {
      // not there (yet), or not ours to change: SQLite reports real problems when it opens
    }
  }
}
