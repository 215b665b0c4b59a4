import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import { buildSiteInChildProcess } from '../publish/runBuildProcess'
import {
  abandonedBefore,
  autoRebuildEnabled,
  decideRebuild,
  ignoredRebuild,
  rebuildDebounceMs,
  rebuildHeartbeatMs,
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
  input: { reason: string }
  output: { buildId: string; durationMs: number; pagesPerLocale: Record<string, number>; sharedWithRequests: number }
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
export async function requestSiteRebuild(args: { payload: Payload; req?: PayloadRequest; reason: string; skipSideEffects?: boolean }) {
  const { payload, req, reason } = args
  const ignored = ignoredRebuild({ autoRebuild: autoRebuildEnabled(process.env.KELISIM_AUTO_REBUILD), skipSideEffects: Boolean(args.skipSideEffects) })
  if (ignored) return ignored
  const decision = decideRebuild({
    queuedRebuilds: (await payload.count({ collection: jobsCollection, where: waitingRebuilds, req, overrideAccess: true })).totalDocs,
    now: new Date(),
    debounceMs: rebuildDebounceMs(process.env.KELISIM_REBUILD_DEBOUNCE_MS),
  })
  if (decision.action !== 'queue') return decision
  await payload.jobs.queue({
    task: rebuildSiteTaskSlug,
    queue: publishQueue,
    input: { reason },
    waitUntil: decision.waitUntil,
    req,
  })
  return decision
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
async function absorbWaitingRebuilds(payload: Payload, jobId: number | string): Promise<string[]> {
  const others: Where = { and: [waitingRebuilds, { id: { not_equals: jobId } }] }
  // Read first only to report the reasons; the delete below is what decides.
  const { docs } = await payload.find({ collection: jobsCollection, where: others, depth: 0, limit: 100, overrideAccess: true })
  await payload.db.deleteMany({ collection: jobsCollection, where: others })
  return docs.map((doc) => String((doc.input as { reason?: unknown } | undefined)?.reason ?? '')).filter(Boolean)
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
  inputSchema: [{ name: 'reason', type: 'text', required: true }],
  outputSchema: [
    { name: 'buildId', type: 'text', required: true },
    { name: 'durationMs', type: 'number', required: true },
    { name: 'pagesPerLocale', type: 'json', required: true },
    { name: 'sharedWithRequests', type: 'number', required: true },
  ],
  concurrency: { key: () => siteBuildConcurrencyKey, exclusive: true },
  // A failed build is recorded and the previous site stays live; the next change tries again.
  retries: 0,
  handler: async ({ job, input, req }) => {
    const payload = req.payload
    const stopTouching = keepTouchingJob(payload, job.id)
    try {
      const absorbed = await absorbWaitingRebuilds(payload, job.id)
      const reason = describeReasons([input.reason, ...absorbed])
      await recordBuildStatus(payload, { lastStartedAt: new Date().toISOString(), lastReason: reason })
      try {
        const result = await buildSiteInChildProcess()
        await recordBuildStatus(payload, {
          state: 'succeeded',
          liveBuild: result.buildId,
          lastSucceededAt: new Date().toISOString(),
          lastDurationMs: result.durationMs,
          pagesPerLocale: result.pagesPerLocale,
          lastError: '',
        })
        payload.logger.info(`Site rebuilt (${reason}): ${result.buildId} in ${result.durationMs} ms`)
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
  running: { since: string | null } | null
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
    running: running.totalDocs > 0 ? { since: outcome.lastStartedAt ?? null } : null,
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
