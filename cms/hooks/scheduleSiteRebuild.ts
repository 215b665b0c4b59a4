import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { skipsSideEffects } from '../core/context'
import type { DocumentChange } from '../core/pageDependencies'
import { requestSiteRebuild } from '../jobs/rebuildSite'
import { publicChange, type FieldKinds } from '../publish/rebuildPolicy'

function isPublic(doc: unknown, collection: SanitizedCollectionConfig): boolean {
  if (!doc || typeof doc !== 'object') return false
  // Collections without drafts have no _status: every change of theirs is public.
  if (!collection.versions?.drafts) return true
  return (doc as { _status?: string })._status === 'published'
}

const kindsByCollection = new WeakMap<SanitizedCollectionConfig, FieldKinds>()

/** The collection's top-level relation and join fields, for telling what a save changed. */
function fieldKindsOf(collection: SanitizedCollectionConfig): FieldKinds {
  let kinds = kindsByCollection.get(collection)
  if (!kinds) {
    const fields = collection.flattenedFields
    kinds = {
      relations: new Set(fields.filter((f) => f.type === 'relationship' || f.type === 'upload').map((f) => f.name)),
      virtual: new Set(fields.filter((f) => f.type === 'join').map((f) => f.name)),
    }
    kindsByCollection.set(collection, kinds)
  }
  return kinds
}

/** Queues the rebuild; a failure to queue is logged, never turned into a failed save. */
async function askForRebuild(req: PayloadRequest, reason: string, change?: DocumentChange) {
  try {
    await requestSiteRebuild({ payload: req.payload, req, reason, change, skipSideEffects: skipsSideEffects(req.context) })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not queue a site rebuild (${reason})` })
  }
}

/**
 * Rebuild when what the public sees may have changed: a published document was saved, or a
 * document stopped being published (unpublish). Draft-only saves leave the site alone.
 */
export const rebuildSiteAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
  // On create Payload passes an empty previousDoc; only an update can take a page off the site.
  const wasPublic = operation === 'update' && isPublic(previousDoc, collection)
  if (isPublic(doc, collection) || wasPublic) {
    // Which pages the change concerns is the build's business; it needs what changed (incremental publishing).
    const change = publicChange({ collection: collection.slug, id: doc.id, wasPublic, isPublic: isPublic(doc, collection), before: previousDoc, after: doc, kinds: fieldKindsOf(collection) })
    await askForRebuild(req, `${collection.slug} ${String(doc?.id ?? '')} changed`, change)
  }
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (isPublic(doc, collection)) {
    await askForRebuild(req, `${collection.slug} ${String(doc?.id ?? '')} deleted`, { collection: collection.slug, id: String(doc.id), kind: 'delete' })
  }
  return doc
}

export const publicCollectionHooks = {
  afterChange: [rebuildSiteAfterChange],
  afterDelete: [rebuildSiteAfterDelete],
}
