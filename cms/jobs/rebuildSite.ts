import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import type { BuildProgress } from '../core/buildProgress'
import type { DocumentChange } from '../core/pageDependencies'
import { dataDir } from '../lib/paths'
import { buildSiteInChildProcess } from '../publish/runBuildProcess'
import {
  abandonedBefore,
  autoRebuildEnabled,
  decideRebuild,
  ignoredRebuild,
  joinRebuildInputs,
  rebuildDebounceMs,
  rebuildHeartbeatMs,
  type RebuildInput,
} from '../publish/rebuildPolicy'

/**
 * The site rebuild as a job in Payload's queue: it lives in the database, so a rebuild asked for
 * just before a restart still runs after it, and admins see it queued or running on the
 * dashboard. The rules of when to rebuild are in ../publish/rebuildPolicy.ts.
 */

export const rebuildSiteTaskSlug = 'rebuildSite'
/**
 * The same build, queued for an embargoed publication's release time. A task of its own so that
 * changes never join it (it may be days ahead) and no earlier build takes it off the queue: the
 * release needs a build that reads the data after the release time.
 */
export const releaseSiteTaskSlug = 'releaseSite'
/** Its own queue and runner, so a long build never delays other jobs (e-mail) and vice versa. */
export const publishQueue = 'publish'
/** Payload's concurrency control: never two builds at once, whichever process runs the queue. */
export const siteBuildConcurrencyKey = 'site-build'
const jobsCollection = 'payload-jobs'

type RebuildSiteIO = {
  input: RebuildInput
  output: { buildId: string; durationMs: number; pagesPerLocale: Record<string, number>; sharedWithRequests: number; mode?: string | null }
}

/** Rebuilds in the queue that have not started (and not failed): the ones a change can join. */
export const waitingRebuilds: Where = {
  and: [
    { taskSlug: { equals: rebuildSiteTaskSlug } },
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
}

/** Builds under way, whether asked for by a change or by a release time. */
export const runningRebuilds: Where = {
  and: [
    { taskSlug: { in: [rebuildSiteTaskSlug, releaseSiteTaskSlug] } },
    { processing: { equals: true } },
    { completedAt: { exists: false } },
  ],
}

/**
 * Every job that holds the site build's concurrency key while it runs: rebuilds, releases and
 * draft previews (cms/jobs/previewSite.ts, named here to keep the import one-way). One left
 * running by a stopped process would keep all of them waiting.
 */
const runningSiteBuilds: Where = {
  and: [
    { taskSlug: { in: [rebuildSiteTaskSlug, releaseSiteTaskSlug, 'previewSite'] } },
    { processing: { equals: true } },
    { completedAt: { exists: false } },
  ],
}

/** Release builds waiting for their time. */
export const waitingReleases: Where = {
  and: [
    { taskSlug: { equals: releaseSiteTaskSlug } },
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
}

/**
 * Queues a build for the moment an embargoed publication is released (once per moment: a second
 * save with the same release time adds nothing). The job waits in the database, so the release
 * survives restarts; the CMS server's runner (or run-jobs.ts) starts it when it falls due.
 */
export async function requestReleaseRebuild(args: { payload: Payload; req?: PayloadRequest; at: Date; reason: string; skipSideEffects?: boolean }) {
  const { payload, req, at, reason } = args
  const ignored = ignoredRebuild({ autoRebuild: autoRebuildEnabled(process.env.KELISIM_AUTO_REBUILD), skipSideEffects: Boolean(args.skipSideEffects) })
  if (ignored) return ignored
  const same: Where = { and: [waitingReleases, { waitUntil: { equals: at.toISOString() } }] }
  if ((await payload.count({ collection: jobsCollection, where: same, req, overrideAccess: true })).totalDocs > 0) {
    return { action: 'join-queued' as const }
  }
  await payload.jobs.queue({ task: releaseSiteTaskSlug, queue: publishQueue, input: { reason }, waitUntil: at, req })
  return { action: 'queue' as const, waitUntil: at }
}

/**
 * Asks for a rebuild of the public site after a change. Called from collection hooks (after the
 * change is written) with their `req`; the debounce window lets the change settle before the
 * build reads it.
 */
export async function requestSiteRebuild(args: {
  payload: Payload
  req?: PayloadRequest
  reason: string
  skipSideEffects?: boolean
  /** The document change that asks for it; without one the build cannot be incremental. */
  change?: DocumentChange
  /** Render every page (the admin's "Full rebuild"). */
  full?: boolean
}) {
  const { payload, req, reason } = args
  const ignored = args.full ? undefined : ignoredRebuild({ autoRebuild: autoRebuildEnabled(process.env.KELISIM_AUTO_REBUILD), skipSideEffects: Boolean(args.skipSideEffects) })
  if (ignored) return ignored
  const input: RebuildInput = { reason, changes: args.change ? [args.change] : null, full: Boolean(args.full) }
  const waiting = await payload.find({ collection: jobsCollection, where: waitingRebuilds, sort: 'waitUntil', limit: 1, depth: 0, req, overrideAccess: true })
  const decision = decideRebuild({
    queuedRebuilds: waiting.totalDocs,
    now: new Date(),
    debounceMs: rebuildDebounceMs(process.env.KELISIM_REBUILD_DEBOUNCE_MS),
  })
  if (decision.action === 'join-queued') {
    // The queued build publishes this change too: add it to what the build renders. Only while the
    // job still waits (one that started meanwhile read the data already: a new one is queued). Two
    // saves joining at once may overwrite each other's addition, so each checks its change is there
    // afterwards and adds it again if not.
    let job = waiting.docs[0] as { id: number | string; input?: RebuildInput }
    for (let attempt = 0; attempt < 5; attempt++) {
      const updated = await payload.db.updateJobs({
        where: { and: [waitingRebuilds, { id: { equals: job.id } }] },
        data: { input: joinRebuildInputs(job.input ?? { reason: '' }, input) },
        returning: true,
        req,
      })
      if (!updated?.length) break
      const stored = (await payload.findByID({ collection: jobsCollection, id: job.id, depth: 0, req, overrideAccess: true, disableErrors: true })) as typeof job | null
      if (!stored) break
      if (hasChange(stored.input, input)) return decision
      job = stored
    }
  }
  const waitUntil = new Date(Date.now() + rebuildDebounceMs(process.env.KELISIM_REBUILD_DEBOUNCE_MS))
  await payload.jobs.queue({ task: rebuildSiteTaskSlug, queue: publishQueue, input, waitUntil, req })
  return { action: 'queue' as const, waitUntil }
}

/** Whether a queued rebuild's input already carries what `added` asks for. */
function hasChange(stored: RebuildInput | undefined, added: RebuildInput): boolean {
  if (!stored) return false
  if (added.full && !stored.full) return false
  if (!Array.isArray(stored.changes)) return true // not known: the build renders everything anyway
  const have = new Set(stored.changes.map((c) => JSON.stringify(c)))
  return (added.changes ?? []).every((c) => have.has(JSON.stringify(c)))
}

/**
 * A process killed during a build leaves its job marked running, and the concurrency key would
 * keep every later rebuild waiting behind it. A running build touches its job every
 * rebuildHeartbeatMs; one untouched for much longer is handed back to the queue and runs again
 * (its changes never reached the site).
 */
export async function releaseAbandonedRebuilds(payload: Payload, now = new Date()): Promise<number> {
  const released = await payload.db.updateJobs({
    where: { and: [runningSiteBuilds, { updatedAt: { less_than: abandonedBefore(now).toISOString() } }] },
    data: { processing: false },
    returning: true,
  })
  if (released?.length) {
    payload.logger.warn(`Handed ${released.length} site rebuild(s) left running by a stopped process back to the queue.`)
  }
  return released?.length ?? 0
}

async function recordBuildStatus(payload: Payload, data: Record<string, unknown>) {
  try {
    await payload.updateGlobal({ slug: 'site-build', data, overrideAccess: true })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not record the site build status' })
  }
}

/** Shows other processes that this build is alive (see releaseAbandonedRebuilds). */
export function keepTouchingJob(payload: Payload, jobId: number | string): () => void {
  const timer = setInterval(() => {
    payload.db.updateJobs({ id: jobId, data: { updatedAt: new Date().toISOString() }, returning: false }).catch((error: unknown) => {
      payload.logger.warn({ err: error, msg: 'Could not mark the running site build as alive' })
    })
  }, rebuildHeartbeatMs)
  timer.unref()
  return () => clearInterval(timer)
}

/**
 * Takes every other waiting rebuild off the queue: this build reads the data after their changes
 * were saved, so it publishes them. This is what makes two hooks that raced to queue a rebuild
 * share one build. It is one conditional delete (still waiting, not started), so a rebuild another
 * runner picked up meanwhile is never removed. Returns the reasons of the rebuilds it replaced.
 */
async function absorbWaitingRebuilds(payload: Payload, jobId: number | string): Promise<RebuildInput[]> {
  const others: Where = { and: [waitingRebuilds, { id: { not_equals: jobId } }] }
  // Read first for their reasons and changes, then remove exactly those (still waiting): one queued
  // or joined after the read stays queued for the next build, so no change is lost.
  const { docs } = await payload.find({ collection: jobsCollection, where: others, depth: 0, limit: 100, overrideAccess: true })
  if (!docs.length) return []
  await payload.db.deleteMany({ collection: jobsCollection, where: { and: [others, { id: { in: docs.map((d) => d.id) } }] } })
  return docs.map((doc) => (doc.input ?? { reason: '' }) as RebuildInput)
}

/** The running build's progress (written by cms/publish/build-site.ts), if it wrote any yet. */
export async function readBuildProgress(): Promise<BuildProgress | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(dataDir, 'site', 'progress.json'), 'utf8')) as BuildProgress
  } catch {
    return null
  }
}

function describeReasons(reasons: string[]): string {
  const [first, ...rest] = reasons
  return rest.length ? `${first} (+${rest.length} more: ${rest.slice(0, 5).join('; ')})` : (first ?? '')
}

/** Keeps the end of a failed build's output: that is where the error is. */
const keptErrorChars = 8_000

export const rebuildSiteTask: TaskConfig<RebuildSiteIO> = {
  slug: rebuildSiteTaskSlug,
  label: 'Rebuild the public site',
  inputSchema: [
    { name: 'reason', type: 'text', required: true },
    // The changed documents (cms/core/pageDependencies.ts); null: not known, render every page.
    { name: 'changes', type: 'json' },
    { name: 'full', type: 'checkbox' },
  ],
  outputSchema: [
    { name: 'buildId', type: 'text', required: true },
    { name: 'durationMs', type: 'number', required: true },
    { name: 'pagesPerLocale', type: 'json', required: true },
    { name: 'sharedWithRequests', type: 'number', required: true },
    { name: 'mode', type: 'text' },
  ],
  concurrency: { key: () => siteBuildConcurrencyKey, exclusive: true },
  // A failed build is recorded and the previous site stays live; the next change tries again.
  retries: 0,
  handler: async ({ job, input, req }) => {
    const payload = req.payload
    const stopTouching = keepTouchingJob(payload, job.id)
    try {
      const absorbed = await absorbWaitingRebuilds(payload, job.id)
      const reason = describeReasons([input, ...absorbed].map((i) => i.reason).filter(Boolean))
      const all = absorbed.reduce(joinRebuildInputs, input)
      await recordBuildStatus(payload, { lastStartedAt: new Date().toISOString(), lastReason: reason })
      try {
        const result = await buildSiteInChildProcess(process.env, { changes: all.changes ?? undefined, full: Boolean(all.full) })
        await recordBuildStatus(payload, {
          state: 'succeeded',
          liveBuild: result.buildId,
          lastSucceededAt: new Date().toISOString(),
          lastDurationMs: result.durationMs,
          pagesPerLocale: result.pagesPerLocale,
          lastError: '',
        })
        payload.logger.info(`Site rebuilt (${reason}, ${result.mode ?? 'full'}): ${result.buildId} in ${result.durationMs} ms`)
        return { output: { ...result, sharedWithRequests: absorbed.length } }
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(-keptErrorChars)
        await recordBuildStatus(payload, { state: 'failed', lastFailedAt: new Date().toISOString(), lastError: message })
        payload.logger.error(`Site rebuild failed (${reason}); the previous site stays live.\n${message.slice(-2000)}`)
        throw new Error(message)
      }
    } finally {
      stopTouching()
    }
  },
}

/** The same build at a release time; see releaseSiteTaskSlug. */
export const releaseSiteTask: TaskConfig<RebuildSiteIO> = {
  ...rebuildSiteTask,
  slug: releaseSiteTaskSlug,
  label: 'Rebuild the public site at a release time (embargo)',
  // A release must not be lost to one failed build: try again a minute later, three times.
  retries: { attempts: 3, backoff: { type: 'fixed', delay: 60_000 } },
}

export type SiteBuildStatus = {
  /** A rebuild waits in the queue; it starts once its debounce window has passed. */
  queued: { startsAt: string | null } | null
  running: { since: string | null; progress: BuildProgress | null } | null
  lastSuccess: { at: string; durationMs: number | null; pagesPerLocale: Record<string, number>; liveBuild: string | null } | null
  lastFailure: { at: string; error: string } | null
  lastReason: string | null
}

/** What the dashboard shows: queued and running from the job queue, outcomes from the global. */
export async function readSiteBuildStatus(payload: Payload): Promise<SiteBuildStatus> {
  const [waiting, running, outcome] = await Promise.all([
    payload.find({ collection: jobsCollection, where: waitingRebuilds, sort: 'waitUntil', limit: 1, depth: 0, overrideAccess: true }),
    payload.count({ collection: jobsCollection, where: runningRebuilds, overrideAccess: true }),
    payload.findGlobal({ slug: 'site-build', overrideAccess: true }),
  ])
  const nextJob = waiting.docs[0] as { waitUntil?: string | null } | undefined
  return {
    queued: nextJob ? { startsAt: nextJob.waitUntil ?? null } : null,
    running: running.totalDocs > 0 ? { since: outcome.lastStartedAt ?? null, progress: await readBuildProgress() } : null,
    lastSuccess: outcome.lastSucceededAt
      ? {
          at: outcome.lastSucceededAt,
          durationMs: outcome.lastDurationMs ?? null,
          pagesPerLocale: (outcome.pagesPerLocale ?? {}) as Record<string, number>,
          liveBuild: outcome.liveBuild ?? null,
        }
      : null,
    lastFailure: outcome.lastFailedAt ? { at: outcome.lastFailedAt, error: outcome.lastError ?? '' } : null,
    lastReason: outcome.lastReason ?? null,
  }
}
