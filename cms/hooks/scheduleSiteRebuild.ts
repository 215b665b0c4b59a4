import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { requestSiteRebuild } from '../jobs/rebuildSite'

/** Seeding and tests set this flag to skip side effects such as rebuilding the site. */
export const SKIP_SIDE_EFFECTS = 'kelisimSkipSideEffects'

function isPublic(doc: unknown): boolean {
  if (!doc || typeof doc !== 'object') return false
  const status = (doc as { _status?: string })._status
  // Collections without drafts have no _status: every change of theirs is public.
  return status === undefined || status === 'published'
}

/** Queues the rebuild; a failure to queue is logged, never turned into a failed save. */
async function askForRebuild(req: PayloadRequest, reason: string) {
  try {
    await requestSiteRebuild({ payload: req.payload, req, reason, skipSideEffects: Boolean(req.context?.[SKIP_SIDE_EFFECTS]) })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not queue a site rebuild (${reason})` })
  }
}

/**
 * Rebuild when what the public sees may have changed: a published document was saved, or a
 * document stopped being published (unpublish). Draft-only saves leave the site alone.
 */
export const rebuildSiteAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  if (isPublic(doc) || isPublic(previousDoc)) {
    await askForRebuild(req, `${collection.slug} ${String(doc?.id ?? '')} changed`)
  }
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (isPublic(doc)) await askForRebuild(req, `${collection.slug} ${String(doc?.id ?? '')} deleted`)
  return doc
}

export const publicCollectionHooks = {
  afterChange: [rebuildSiteAfterChange],
  afterDelete: [rebuildSiteAfterDelete],
}
