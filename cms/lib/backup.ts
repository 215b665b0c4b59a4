import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'

import { databaseKind, protectDatabaseFile, sqliteUrl } from './databaseFile'
import { dataDir, documentsDir, mediaDir } from './paths'

/**
 * Backups of everything Kelisim cannot rebuild: the database, the uploads (media, documents) and
 * the secret (sessions and the cancel links already e-mailed are signed with it). The public site
 * is rebuilt from the database, so it is not part of a backup.
 *
 * A backup is a folder `<data>/backups/<timestamp>/`: `kelisim.db` (SQLite's `VACUUM INTO`, a
 * consistent snapshot taken inside one read transaction while the CMS keeps writing) or
 * `mongo.archive.gz` (`mongodump`), then `media/` and `documents/` copied after the database, so
 * every file the snapshot refers to is there, and `manifest.json` (what it holds, how long it took).
 * Folders 0700, files 0600: they hold personal data and password hashes.
 */

const run = promisify(execFile)
export const backupsDir = () => path.join(dataDir, 'backups')
const uploadDirs = () => [
  { name: 'media', dir: mediaDir },
  { name: 'documents', dir: documentsDir },
]
const secretFile = () => path.join(dataDir, 'payload-secret')
const dbFileName = 'kelisim.db'

export type BackupManifest = {
  createdAt: string
  database: 'sqlite' | 'mongodb'
  /** Rows per table (SQLite), for a quick look at what the snapshot holds. */
  tables?: Record<string, number>
  files: Record<string, number>
  bytes: number
  ms: { database: number; uploads: number; total: number }
}

/** A sortable, file-system-safe name: 2026-11-23T06-40-00-123Z. */
export const backupName = (date = new Date()) => date.toISOString().replace(/[:.]/g, '-')

function copyTree(from: string, to: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  if (!fs.existsSync(from)) return { files, bytes }
  fs.mkdirSync(to, { recursive: true, mode: 0o700 })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      const sub = copyTree(source, target)
      files += sub.files
      bytes += sub.bytes
    } else if (entry.isFile()) {
      fs.copyFileSync(source, target)
      files++
      bytes += fs.statSync(target).size
    }
  }
  return { files, bytes }
}

function sqliteFile(): string {
  return sqliteUrl().slice('file:'.length)
}

async function tableCounts(file: string): Promise<Record<string, number>> {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const result = await client.execute(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`)
      counts[name] = Number(result.rows[0]!.n)
    }
    return counts
  } finally {
    client.close()
  }
}

/** Writes a backup folder and returns where, with its manifest. */
export async function createBackup(now = new Date()): Promise<{ dir: string; manifest: BackupManifest }> {
  const started = performance.now()
  fs.mkdirSync(backupsDir(), { recursive: true, mode: 0o700 })
  const dir = path.join(backupsDir(), backupName(now))
  const partial = `${dir}.partial`
  fs.rmSync(partial, { recursive: true, force: true })
  fs.mkdirSync(partial, { mode: 0o700 })
  const kind = databaseKind()
  let tables: Record<string, number> | undefined
  let bytes = 0
  if (kind === 'sqlite') {
    const target = path.join(partial, dbFileName)
    const client = createClient({ url: `file:${sqliteFile()}` })
    try {
      await client.execute('PRAGMA busy_timeout = 10000')
      await client.execute(`VACUUM INTO '${target.replace(/'/g, "''")}'`)
    } finally {
      client.close()
    }
    fs.chmodSync(target, 0o600)
    bytes += fs.statSync(target).size
    tables = await tableCounts(target)
  } else {
    const target = path.join(partial, 'mongo.archive.gz')
    await run('mongodump', [`--uri=${process.env.DATABASE_URI}`, `--archive=${target}`, '--gzip'], { maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: Error) => {
        throw new Error(`mongodump failed or is not installed (Debian: mongodb-database-tools): ${error.message}`)
      },
    )
    fs.chmodSync(target, 0o600)
    bytes += fs.statSync(target).size
  }
  const databaseMs = performance.now() - started
  const files: Record<string, number> = {}
  for (const { name, dir: from } of uploadDirs()) {
    const copied = copyTree(from, path.join(partial, name))
    files[name] = copied.files
    bytes += copied.bytes
  }
  if (fs.existsSync(secretFile())) fs.copyFileSync(secretFile(), path.join(partial, 'payload-secret'))
  const total = performance.now() - started
  const manifest: BackupManifest = {
    createdAt: now.toISOString(),
    database: kind,
    tables,
    files,
    bytes,
    ms: { database: Math.round(databaseMs), uploads: Math.round(total - databaseMs), total: Math.round(total) },
  }
  fs.writeFileSync(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 })
  // Complete or absent: a crash mid-backup leaves only a `.partial` folder, never a broken backup.
  fs.renameSync(partial, dir)
  return { dir, manifest }
}

/** Finished backups, oldest first (pre-restore safety copies not included). */
export function listBackups(): string[] {
  if (!fs.existsSync(backupsDir())) return []
  return fs
    .readdirSync(backupsDir(), { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}-\d{2}-\d{2}T[\d-]+Z$/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => path.join(backupsDir(), name))
}

/** How many backups the daily job keeps (KELISIM_BACKUP_KEEP, default 7). */
export function backupsToKeep(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.KELISIM_BACKUP_KEEP)
  return Number.isInteger(n) && n >= 1 ? n : 7
}

/** Removes all but the newest `keep` backups (and `.partial` leftovers); returns what it removed. */
export function pruneBackups(keep = backupsToKeep()): string[] {
  const all = listBackups()
  const removed = all.slice(0, Math.max(0, all.length - keep))
  if (fs.existsSync(backupsDir())) {
    for (const e of fs.readdirSync(backupsDir())) if (e.endsWith('.partial')) removed.push(path.join(backupsDir(), e))
  }
  for (const dir of removed) fs.rmSync(dir, { recursive: true, force: true })
  return removed
}

/** Whether a CMS answers on the configured port (restore must not swap files under it). */
export async function cmsIsRunning(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const url = `http://${env.HOST ?? '127.0.0.1'}:${Number(env.CMS_PORT ?? 3000)}/api/regions?limit=0`
  try {
    await fetch(url, { signal: AbortSignal.timeout(1500) })
    return url
  } catch {
    return null
  }
}

/**
 * Brings a backup back: the database and the uploads (and the secret, if the backup has one).
 * What is replaced is first moved to `<data>/backups/pre-restore-<timestamp>/`, so a restore can
 * itself be undone. The CMS must be stopped (the caller checks).
 */
export async function restoreBackup(dir: string): Promise<{ ms: number; savedCurrentTo: string }> {
  const started = performance.now()
  const source = path.resolve(dir)
  if (!fs.existsSync(path.join(source, 'manifest.json'))) throw new Error(`${source} is not a Kelisim backup (no manifest.json).`)
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'manifest.json'), 'utf8')) as BackupManifest
  if (manifest.database !== databaseKind()) throw new Error(`The backup holds a ${manifest.database} database; this portal is configured for ${databaseKind()}.`)
  const saved = path.join(backupsDir(), `pre-restore-${backupName()}`)
  fs.mkdirSync(saved, { recursive: true, mode: 0o700 })

  if (manifest.database === 'sqlite') {
    const file = sqliteFile()
    const incoming = `${file}.restoring`
    fs.copyFileSync(path.join(source, dbFileName), incoming)
    const fd = fs.openSync(incoming, 'r')
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, path.join(saved, dbFileName + suffix))
    }
    fs.renameSync(incoming, file)
    protectDatabaseFile(file)
  } else {
    await run('mongorestore', [`--uri=${process.env.DATABASE_URI}`, `--archive=${path.join(source, 'mongo.archive.gz')}`, '--gzip', '--drop'], {
      maxBuffer: 64 * 1024 * 1024,
    })
  }
  for (const { name, dir: target } of uploadDirs()) {
    if (fs.existsSync(target)) fs.renameSync(target, path.join(saved, name))
    copyTree(path.join(source, name), target)
  }
  if (fs.existsSync(path.join(source, 'payload-secret'))) {
    if (fs.existsSync(secretFile())) fs.copyFileSync(secretFile(), path.join(saved, 'payload-secret'))
    fs.copyFileSync(path.join(source, 'payload-secret'), secretFile())
    fs.chmodSync(secretFile(), 0o600)
  }
  return { ms: Math.round(performance.now() - started), savedCurrentTo: saved }
}
