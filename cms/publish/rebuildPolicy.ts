/**
 * When to rebuild the public site: the rules, without the queue. Pure: no payload, next, astro
 * or file system, so the rules are tested alone (tests/unit/rebuild-policy.test.ts) and the
 * rebuild job (cms/jobs/rebuildSite.ts) only carries them out.
 *
 * A rebuild is a job in Payload's queue. A change asks for one:
 * - while a rebuild is queued and not yet started, the change adds nothing: that build reads the
 *   data when it starts, so it will include the change;
 * - otherwise (nothing queued, or a build already running) one rebuild is queued to start after
 *   the debounce window, so the changes of the next seconds share it;
 * - two requests racing past the first rule may both queue one: the build that starts first removes
 *   every other rebuild still waiting (one conditional delete, not read-then-write), so they share
 *   it too; rebuilds queued after it started stay queued: exactly one more build follows it.
 */

import type { DocumentChange } from '../core/pageDependencies'

export const defaultRebuildDebounceMs = 5_000
export const minimumRebuildDebounceMs = 200

/** KELISIM_REBUILD_DEBOUNCE_MS: unset, empty or not a number means the default; at least 200. */
export function rebuildDebounceMs(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return defaultRebuildDebounceMs
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) return defaultRebuildDebounceMs
  return Math.max(minimumRebuildDebounceMs, value)
}

/** KELISIM_AUTO_REBUILD=off stops rebuilding on changes; anything else leaves it on. */
export function autoRebuildEnabled(raw: string | undefined): boolean {
  return raw?.trim().toLowerCase() !== 'off'
}

export type RebuildIgnored = { action: 'ignore'; because: 'auto-rebuild-off' | 'side-effects-skipped' }

/** Whether a change asks for a rebuild at all; checked before the queue is looked at. */
export function ignoredRebuild(request: { autoRebuild: boolean; skipSideEffects: boolean }): RebuildIgnored | undefined {
  if (!request.autoRebuild) return { action: 'ignore', because: 'auto-rebuild-off' }
  // Seeding and tests save content without side effects (a req.context flag).
  if (request.skipSideEffects) return { action: 'ignore', because: 'side-effects-skipped' }
  return undefined
}

export type RebuildDecision = { action: 'join-queued' } | { action: 'queue'; waitUntil: Date }

export function decideRebuild(request: {
  /** Rebuild jobs waiting in the queue, not yet started. */
  queuedRebuilds: number
  now: Date
  debounceMs: number
}): RebuildDecision {
  if (request.queuedRebuilds > 0) return { action: 'join-queued' }
  return { action: 'queue', waitUntil: new Date(request.now.getTime() + request.debounceMs) }
}

/** A running build touches its job this often, so another process can tell it is alive. */
export const rebuildHeartbeatMs = 10_000
/** A build whose job was not touched for this long belongs to a process that died. */
export const abandonedAfterMs = 6 * rebuildHeartbeatMs

/** A build marked running whose job was last touched before this moment lost its process. */
export function abandonedBefore(now: Date): Date {
  return new Date(now.getTime() - abandonedAfterMs)
}

/**
 * What a queued rebuild carries: why, and which documents changed (cms/core/pageDependencies.ts),
 * so the build can render only the pages they concern. No `changes` means they are not known (a
 * registry import, a generated series): a full build, as does `full` (asked for from the admin).
 */
export type RebuildInput = { reason: string; changes?: DocumentChange[] | null; full?: boolean | null }

/** More changes than this in one build: listing them costs more than a full build saves. */
export const maxTrackedChanges = 500

/** A change joining a queued rebuild: the rebuild publishes both. */
export function joinRebuildInputs(queued: RebuildInput, next: RebuildInput): RebuildInput {
  const known = Array.isArray(queued.changes) && Array.isArray(next.changes)
  const changes = known ? [...queued.changes!, ...next.changes!] : null
  return {
    reason: queued.reason,
    changes: changes && changes.length <= maxTrackedChanges ? changes : null,
    full: Boolean(queued.full || next.full),
  }
}

/** How the save's hook sees the collection's top-level fields (see fieldKindsOf in cms/hooks/scheduleSiteRebuild.ts). */
export type FieldKinds = { relations?: ReadonlySet<string>; virtual?: ReadonlySet<string> }

/**
 * A relation as the document it points to: Payload hands the hook the saved document populated
 * (`region: { id: 3, … }`) and the previous one as stored (`region: 3`), so the two are compared by id.
 */
function relationKey(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relationKey)
  if (value && typeof value === 'object') {
    const v = value as { id?: unknown; relationTo?: unknown; value?: unknown }
    if (typeof v.relationTo === 'string' && 'value' in v) return { relationTo: v.relationTo, value: relationKey(v.value) }
    if ('id' in v) return v.id
  }
  return value
}

/**
 * The top-level fields whose values differ between two versions of a document. Relations compare
 * by the ids they point to; virtual fields (joins: other documents pointing here) are not this
 * document's content and are left out.
 */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>, kinds: FieldKinds = {}): string[] {
  const own = (k: string) => !kinds.virtual?.has(k)
  if (!before) return Object.keys(after).filter(own)
  const comparable = (k: string, value: unknown) => JSON.stringify(kinds.relations?.has(k) ? relationKey(value) : value)
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys].filter((k) => own(k) && comparable(k, before[k]) !== comparable(k, after[k])).sort()
}

/**
 * The change a save makes to the public site: first published (`create`), still published
 * (`update` with the fields that differ), no longer published (`delete`), or none (a draft).
 */
export function publicChange(args: {
  collection: string
  id: string | number
  wasPublic: boolean
  isPublic: boolean
  before?: Record<string, unknown>
  after: Record<string, unknown>
  kinds?: FieldKinds
}): DocumentChange | undefined {
  const { collection, wasPublic, isPublic } = args
  const id = String(args.id)
  if (isPublic && !wasPublic) return { collection, id, kind: 'create' }
  if (!isPublic && wasPublic) return { collection, id, kind: 'delete' }
  if (!isPublic) return undefined
  return { collection, id, kind: 'update', fields: changedFields(args.before, args.after, args.kinds) }
}
