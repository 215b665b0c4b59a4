import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createBackup, listBackups, pruneBackups, restoreBackup } from '../../cms/lib/backup'
import { dataDir } from '../../cms/lib/paths'
import { makeUser, openEvent, quiet, seededPayload } from './helpers'

/**
 * The backup/restore round trip on a real SQLite file: every document (all languages, drafts,
 * versions) and every uploaded file comes back exactly as it was when the backup was taken.
 */

let payload: Payload
const collections: CollectionSlug[] = ['events', 'open-door-days', 'publications', 'offices', 'mediators', 'regions', 'registrations', 'media', 'documents', 'users']

beforeAll(async () => {
  payload = await seededPayload()
})

async function snapshot() {
  const docs: Record<string, unknown[]> = {}
  for (const collection of collections) {
    const result = await payload.find({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, sort: 'id', overrideAccess: true, draft: true, showHiddenFields: true })
    docs[collection] = result.docs
  }
  const versions = await payload.findVersions({ collection: 'events', limit: 0, pagination: false, sort: 'id', overrideAccess: true, depth: 0 })
  return { docs, versions: versions.docs.map((v) => v.id) }
}

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!fs.existsSync(dir)) return out
  for (const name of fs.readdirSync(dir)) out[name] = fs.readFileSync(path.join(dir, name)).toString('base64')
  return out
}

async function upload(collection: 'media' | 'documents', name: string) {
  const sharp = (await import('sharp')).default
  const png = await sharp({ create: { width: 12, height: 8, channels: 3, background: '#336699' } }).png().toBuffer()
  return payload.create({
    collection,
    data: { alt: name, title: name } as never,
    file: { data: png, mimetype: 'image/png', name: `${name}.png`, size: png.length },
    overrideAccess: true,
    context: quiet,
  })
}

describe('backup and restore', () => {
  it('a restore brings back every document and upload as they were at the backup', async () => {
    await makeUser(payload, ['organizer'], 'backup-organizer@kelisim.local')
    const event = await openEvent(payload, 'backup-event')
    await payload.create({ collection: 'registrations', data: { event: event.id, name: 'Дәулет Әбенов', email: 'daulet@example.kz', consent: true } as never, overrideAccess: false })
    await upload('media', 'backup-photo')
    await upload('documents', 'backup-report')
    const before = await snapshot()
    const filesBefore = { media: filesUnder(path.join(dataDir, 'media')), documents: filesUnder(path.join(dataDir, 'documents')) }
    expect(Object.keys(filesBefore.media).length).toBeGreaterThan(0)

    const { dir, manifest } = await createBackup()
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
    expect(fs.statSync(path.join(dir, 'kelisim.db')).mode & 0o777).toBe(0o600)
    expect(manifest.tables?.registrations).toBe(before.docs.registrations!.length)
    expect(manifest.files.media).toBe(Object.keys(filesBefore.media).length)

    // Life goes on after the backup: edits, deletions, new uploads, a lost file.
    await payload.update({ collection: 'events', id: event.id, locale: 'kk', data: { title: 'Changed after the backup' } as never, overrideAccess: true, context: quiet })
    const office = (before.docs.offices as Array<{ id: number }>)[0]!
    await payload.delete({ collection: 'offices', id: office.id, overrideAccess: true, context: quiet })
    await upload('media', 'after-backup')
    fs.rmSync(path.join(dataDir, 'documents'), { recursive: true, force: true })
    expect(await snapshot()).not.toEqual(before)

    // Restore with the database closed, as `npm run restore` requires the CMS stopped.
    // (Closes only the connection: Payload's adapter keeps its schema and reconnects to the file.)
    const db = payload.db as unknown as { client?: { close(): void }; connect(): Promise<void> }
    db.client?.close()
    db.client = undefined
    const { savedCurrentTo } = await restoreBackup(dir)
    await db.connect()

    expect(await snapshot()).toEqual(before)
    expect(filesUnder(path.join(dataDir, 'media'))).toEqual(filesBefore.media)
    expect(filesUnder(path.join(dataDir, 'documents'))).toEqual(filesBefore.documents)
    expect(fs.existsSync(path.join(savedCurrentTo, 'kelisim.db'))).toBe(true)
    expect(fs.statSync(path.join(dataDir, 'kelisim.db')).mode & 0o777).toBe(0o600)
  })

  it('the daily job runs on the jobs queue and keeps the newest KELISIM_BACKUP_KEEP', async () => {
    process.env.KELISIM_BACKUP_KEEP = '2'
    try {
      for (let i = 0; i < 3; i++) {
        await payload.jobs.queue({ task: 'backupData', queue: 'maintenance', input: {} })
        await payload.jobs.run({ queue: 'maintenance', limit: 10, silent: true })
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      const kept = listBackups()
      expect(kept).toHaveLength(2)
      for (const dir of kept) expect(fs.existsSync(path.join(dir, 'manifest.json'))).toBe(true)
      expect(pruneBackups(1)).toHaveLength(1)
    } finally {
      delete process.env.KELISIM_BACKUP_KEEP
    }
  })

  it('refuses a folder that is not a backup, changing nothing', async () => {
    await expect(restoreBackup(path.join(dataDir, 'media'))).rejects.toThrow(/not a Kelisim backup/)
    expect((await payload.count({ collection: 'regions', overrideAccess: true })).totalDocs).toBeGreaterThan(0)
  })
})
