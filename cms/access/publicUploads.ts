import type { Access, PayloadRequest, Where } from 'payload'

import { releasedWhere } from '../core/embargo'
import { isStaffUser } from './index'

type UserLike = Parameters<typeof isStaffUser>[0]

/** Staff see drafts and embargoed publications; everyone else only what is published and released. */
export const releasedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user as UserLike)) return true
  return releasedWhere(new Date())
}

type Ref = number | string | { id?: number | string } | null | undefined
const idOf = (ref: Ref) => (ref && typeof ref === 'object' ? ref.id : ref)

/**
 * The ids of the uploads that public content shows: covers and media-kit images of published,
 * released publications, covers and outcome photos of published events, photos of published mediators (media);
 * attachments of published, released publications and reports of published events (documents).
 * Computed once per request.
 */
async function publicUploadIds(req: PayloadRequest): Promise<{ media: Set<number | string>; documents: Set<number | string> }> {
  const cache = req.context as { publicUploadIds?: ReturnType<typeof publicUploadIds> }
  cache.publicUploadIds ??= (async () => {
    const common = { depth: 0, limit: 0, pagination: false, overrideAccess: true, req } as const
    const published: Where = { _status: { equals: 'published' } }
    const [publications, events, mediators] = await Promise.all([
      req.payload.find({
        collection: 'publications',
        ...common,
        where: releasedWhere(new Date()),
        select: { cover: true, attachments: true, mediaKit: true },
      }),
      req.payload.find({
        collection: 'events',
        ...common,
        where: { and: [published, { or: [{ cover: { exists: true } }, { 'outcomes.photos': { exists: true } }, { 'outcomes.report': { exists: true } }] }] },
        select: { cover: true, outcomes: { photos: true, report: true } },
      }),
      req.payload.find({ collection: 'mediators', ...common, where: { and: [published, { photo: { exists: true } }] }, select: { photo: true } }),
    ])
    const media = new Set<number | string>()
    const documents = new Set<number | string>()
    const add = (set: Set<number | string>, ref: Ref) => {
      const id = idOf(ref)
      if (id !== undefined && id !== null) set.add(id)
    }
    for (const p of publications.docs) {
      add(media, p.cover as Ref)
      for (const item of p.mediaKit ?? []) add(media, item.image as Ref)
      for (const a of p.attachments ?? []) add(documents, a.file as Ref)
    }
    for (const e of events.docs) {
      add(media, e.cover as Ref)
      for (const photo of e.outcomes?.photos ?? []) add(media, photo as Ref)
      add(documents, e.outcomes?.report as Ref)
    }
    for (const m of mediators.docs) add(media, m.photo as Ref)
    return { media, documents }
  })()
  return cache.publicUploadIds
}

/**
 * Read access of an upload collection: staff read every file; anyone else only files that
 * published, released content shows (a file of a draft or embargoed publication answers 403).
 * Payload applies the returned query to the file URLs too (checkFileAccess).
 */
export function publicUploadsOrStaff(collection: 'media' | 'documents'): Access {
  return async ({ req }) => {
    if (isStaffUser(req.user as UserLike)) return true
    const ids = [...(await publicUploadIds(req))[collection]]
    // Nothing public: a query that matches nothing (an empty list, not a 403 on the listing).
    if (ids.length === 0) return { id: { exists: false } }
    return { id: { in: ids } }
  }
}
