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
 * Computed once per request, for listings and reads by id (a file request checks its one file).
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

type UploadCollection = 'media' | 'documents'

/**
 * Where published, released content can show an upload, per collection that refers to it: each
 * condition goes through the index of the referring column (cover_id, the media kit's image_id,
 * the attachments' file_id, the outcome photos' rels, photo_id, outcomes_report_id).
 */
function referencesTo(collection: UploadCollection, id: number | string): Array<{ collection: 'publications' | 'events' | 'mediators'; where: Where }> {
  const published: Where = { _status: { equals: 'published' } }
  const released = releasedWhere(new Date())
  if (collection === 'documents') {
    return [
      { collection: 'publications', where: { and: [released, { 'attachments.file': { equals: id } }] } },
      { collection: 'events', where: { and: [published, { 'outcomes.report': { equals: id } }] } },
    ]
  }
  return [
    { collection: 'publications', where: { and: [released, { cover: { equals: id } }] } },
    { collection: 'publications', where: { and: [released, { 'mediaKit.image': { equals: id } }] } },
    { collection: 'events', where: { and: [published, { or: [{ cover: { equals: id } }, { 'outcomes.photos': { equals: id } }] }] } },
    { collection: 'mediators', where: { and: [published, { photo: { equals: id } }] } },
  ]
}

/**
 * The uploads behind one file name (the original or one of its sizes) that public content shows.
 * A few indexed lookups whatever the number of documents: an anonymous file request used to read
 * every published publication, event and mediator to build the whole set.
 */
async function publicUploadIdsOf(req: PayloadRequest, collection: UploadCollection, filename: string): Promise<Array<number | string>> {
  const sizes = (req.payload.collections[collection]?.config.upload?.imageSizes ?? []).map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } }))
  const { docs } = await req.payload.find({
    collection,
    where: { or: [{ filename: { equals: filename } }, ...sizes] },
    select: { filename: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const shown: Array<number | string> = []
  for (const { id } of docs) {
    for (const reference of referencesTo(collection, id)) {
      const { totalDocs } = await req.payload.count({ ...reference, overrideAccess: true, req })
      if (totalDocs > 0) {
        shown.push(id)
        break
      }
    }
  }
  return shown
}

/**
 * Read access of an upload collection: staff read every file; anyone else only files that
 * published, released content shows (a file of a draft or embargoed publication answers 403).
 * Payload applies the returned query to the file URLs too (checkFileAccess): a file request
 * names its file, so only the documents referring to that one upload are read.
 */
export function publicUploadsOrStaff(collection: UploadCollection): Access {
  return async ({ req, data, isReadingStaticFile }) => {
    if (isStaffUser(req.user as UserLike)) return true
    const filename = (data as { filename?: unknown } | undefined)?.filename
    const ids =
      isReadingStaticFile && typeof filename === 'string' ? await publicUploadIdsOf(req, collection, filename) : [...(await publicUploadIds(req))[collection]]
    // Nothing public: a query that matches nothing (an empty list, not a 403 on the listing).
    if (ids.length === 0) return { id: { exists: false } }
    return { id: { in: ids } }
  }
}
