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
