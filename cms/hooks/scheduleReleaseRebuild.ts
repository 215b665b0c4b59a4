import type { CollectionAfterChangeHook } from 'payload'

import { skipsSideEffects } from '../core/context'
import { releaseRebuildAt } from '../core/embargo'
import { requestReleaseRebuild } from '../jobs/rebuildSite'

/**
 * A published publication whose release time lies ahead: queue a site build for that moment, so
 * it appears on time without anyone pressing a button. A failure to queue is logged, never a
 * failed save (the next change's rebuild would publish it).
 */
export const scheduleReleaseRebuild: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const at = releaseRebuildAt(doc as { _status?: string; releaseAt?: string | null }, new Date())
  if (!at) return doc
  try {
    await requestReleaseRebuild({
      payload: req.payload,
      req,
      at,
      reason: `${collection.slug} ${String(doc?.id ?? '')} released`,
      skipSideEffects: skipsSideEffects(req.context),
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not queue the release of ${collection.slug} ${String(doc?.id ?? '')}` })
  }
  return doc
}
