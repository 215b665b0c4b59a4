import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { requestSiteRebuild } from '../publish/scheduler'

/** Seeding and tests set this flag to skip side effects such as rebuilding the site. */
export const SKIP_SIDE_EFFECTS = 'kelisimSkipSideEffects'

function isPublic(doc: unknown): boolean {
  if (!doc || typeof doc !== 'object') return false
  const status = (doc as { _status?: string })._status
  // Collections without drafts have no _status: every change of theirs is public.
  return status === undefined || status === 'published'
}

/**
 * Rebuild when what the public sees may have changed: a published document was saved, or a
 * document stopped being published (unpublish). Draft-only saves leave the site alone.
 */
export const rebuildSiteAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection }) => {
  if (req.context?.[SKIP_SIDE_EFFECTS]) return doc
  if (isPublic(doc) || isPublic(previousDoc)) {
    requestSiteRebuild(req.payload, `${collection.slug} ${String(doc?.id ?? '')} changed`)
  }
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  if (req.context?.[SKIP_SIDE_EFFECTS]) return doc
  if (isPublic(doc)) requestSiteRebuild(req.payload, `${collection.slug} ${String(doc?.id ?? '')} deleted`)
  return doc
}

export const publicCollectionHooks = {
  afterChange: [rebuildSiteAfterChange],
  afterDelete: [rebuildSiteAfterDelete],
}
