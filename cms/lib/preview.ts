import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig, Field, Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '../access'
import {
  isPreviewCollection,
  previewIdPattern,
  previewKeepCount,
  previewKeepMs,
  previewStaleAfterMs,
  type PreviewCollection,
  type PreviewState,
} from '../core/preview'
import { previewsDir } from './paths'

/**
 * Draft previews on the CMS side: who may preview (whoever may read the document's newest draft),
 * where a preview lives (`<data>/previews/<previewId>/`: `preview.json` with its state, `site/`
 * with the built pages) and when it goes (after previewKeepMs, at most previewKeepCount kept).
 * The build is a job (cms/jobs/previewSite.ts), the doors are cms/endpoints/preview.ts.
 */

export type PreviewRecord = {
  previewId: string
  collection: PreviewCollection
  id: string
  slug: string
  /** The draft's updatedAt the preview shows. */
  draftUpdatedAt: string
  paths: string[]
  state: PreviewState
  error?: string
  createdAt: string
  finishedAt?: string
}

type DraftDoc = { id: string | number; slug?: string | null; updatedAt?: string | null }

/** One preview per draft version: the same saved draft is built once, a new save builds anew. */
export function previewIdFor(collection: string, id: string | number, updatedAt: string): string {
  return createHash('sha256').update(`${collection}\n${id}\n${updatedAt}`).digest('hex').slice(0, 32)
}

export const previewFolder = (previewId: string) => path.join(previewsDir, previewId)
const recordFile = (previewId: string) => path.join(previewFolder(previewId), 'preview.json')
export const previewSiteFolder = (previewId: string) => path.join(previewFolder(previewId), 'site')

export async function readPreviewRecord(previewId: string): Promise<PreviewRecord | undefined> {
  if (!previewIdPattern.test(previewId)) return undefined
  try {
    const record = JSON.parse(await fs.readFile(recordFile(previewId), 'utf8')) as PreviewRecord
    if (!isPreviewCollection(record.collection)) return undefined
    // A build that never finished (the CMS was restarted) is a failed one; asking again rebuilds it.
    if (record.state === 'preparing' && Date.now() - Date.parse(record.createdAt) > previewStaleAfterMs) {
      return { ...record, state: 'failed', error: 'The preview build did not finish.' }
    }
    return record
  } catch {
    return undefined
  }
}

/** Written to a temporary file and renamed, so a reader never sees half a record. */
export async function writePreviewRecord(record: PreviewRecord): Promise<void> {
  await fs.mkdir(previewFolder(record.previewId), { recursive: true, mode: 0o700 })
  const tmp = `${recordFile(record.previewId)}.${process.pid}.tmp`
  await fs.writeFile(tmp, JSON.stringify(record, null, 2), { mode: 0o600 })
  await fs.rename(tmp, recordFile(record.previewId))
}

export async function updatePreviewRecord(previewId: string, change: Partial<PreviewRecord>): Promise<void> {
  const record = await readPreviewRecord(previewId)
  if (record) await writePreviewRecord({ ...record, ...change })
}

/**
 * The document's newest draft when this user may read it, else undefined. "May read the draft"
 * is the collection's own read access (cms/access): the user's read with drafts must return the
 * same version as the newest one, so an organizer who sees only the published version of another
 * region's document cannot preview that region's unpublished changes.
 */
export async function readableDraft(payload: Payload, user: PayloadRequest['user'], collection: PreviewCollection, id: string): Promise<DraftDoc | undefined> {
  if (!isStaffUser(user as never)) return undefined
  const read = (asUser: boolean) =>
    payload
      .findByID({
        collection,
        id,
        draft: true,
        depth: 0,
        locale: 'kk',
        ...(asUser ? { overrideAccess: false, user } : { overrideAccess: true }),
        disableErrors: true,
        ...((collection === 'events' ? { joins: false } : {}) as object),
      })
      .catch(() => null) as Promise<DraftDoc | null>
  const [theirs, newest] = await Promise.all([read(true), read(false)])
  if (!theirs || !newest || theirs.updatedAt !== newest.updatedAt) return undefined
  return newest
}

/** Removes previews older than previewKeepMs, and the oldest beyond previewKeepCount. */
export async function prunePreviews(now = Date.now()): Promise<number> {
  const names = await fs.readdir(previewsDir).catch(() => [] as string[])
  const aged = await Promise.all(
    names.map(async (name) => {
      const record = await readPreviewRecord(name)
      const stat = await fs.stat(path.join(previewsDir, name)).catch(() => null)
      return { name, at: record ? Date.parse(record.createdAt) : (stat?.mtimeMs ?? 0), preparing: record?.state === 'preparing' }
    }),
  )
  aged.sort((a, b) => b.at - a.at)
  const stale = aged.filter((p, index) => !p.preparing && (now - p.at > previewKeepMs || index >= previewKeepCount))
  await Promise.all(stale.map((p) => fs.rm(path.join(previewsDir, p.name), { recursive: true, force: true })))
  return stale.length
}

/** The sidebar's "Preview" (cms/components/PreviewButton.tsx) on every collection with a page to preview. */
export function withPreview(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((config) => {
    if (!isPreviewCollection(config.slug)) return config
    const field: Field = {
      name: 'preview',
      type: 'ui',
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/components/PreviewButton#PreviewButton' } },
    }
    return { ...config, fields: [...config.fields, field] }
  })
}
