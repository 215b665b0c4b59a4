/**
 * Embargo: a publication carries a release time (`releaseAt`). Before it, the publication is not
 * public anywhere (site, feeds, search, sitemap, its files); from it on, it is, without anyone
 * pressing a button: saving a published publication with a future release time queues a site
 * rebuild for that moment. Pure rules here; the access rule, the hook and the job use them.
 */

/** A publication without a release time is released as soon as it is published. */
export function isReleased(releaseAt: string | Date | null | undefined, now: Date): boolean {
  if (releaseAt === null || releaseAt === undefined || releaseAt === '') return true
  const at = new Date(releaseAt).getTime()
  return Number.isNaN(at) || at <= now.getTime()
}

/**
 * The query (Payload's `where` shape, plain data) for "published and released at `now`":
 * the one rule the public read access, the site's build read and the uploads' access share.
 */
/** The shape of Payload's `where` (structurally the same type), without importing payload into core. */
export type Query = { [field: string]: Query[] | { [operator: string]: string | boolean } }

export function releasedWhere(now: Date): Query {
  return {
    and: [
      { _status: { equals: 'published' } },
      { or: [{ releaseAt: { exists: false } }, { releaseAt: { less_than_equal: now.toISOString() } }] },
    ],
  }
}

/**
 * When the site must be rebuilt for a publication to appear: its release time, if it is published
 * and that time lies ahead; otherwise nothing is to be scheduled (the ordinary rebuild on save covers it).
 */
export function releaseRebuildAt(doc: { _status?: string | null; releaseAt?: string | Date | null }, now: Date): Date | undefined {
  if (doc._status !== 'published' || isReleased(doc.releaseAt, now)) return undefined
  return new Date(doc.releaseAt as string)
}
