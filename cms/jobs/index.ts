import type { JobsConfig, Payload } from 'payload'

import { hasRole, type Role } from '../access'
import { publishQueue, rebuildSiteTask, releaseAbandonedRebuilds, releaseSiteTask } from './rebuildSite'
import { emailQueue, sendRegistrationEmailTask } from './sendRegistrationEmail'
import { maintenanceQueue, purgeExpiredDataTask } from './purgeExpiredData'
import { backupDataTask } from './backupData'
import { notifyReviewTask } from './notifyReview'
import { sendCertificateTask } from './sendCertificate'
import { previewSiteTask } from './previewSite'
import { refreshSiteTask } from './refreshSite'

type UserLike = { roles?: Role[] | null; collection?: string } | null

/** Payload's default lets any signed-in user queue, run and cancel jobs over REST; only admins may. */
const adminsOnly = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as UserLike, 'admin')

/** How often the runner looks for rebuilds left running by a stopped process. */
const abandonedCheckEveryMs = 15_000
let lastAbandonedCheck = 0

/**
 * Payload's jobs queue. One task per file in this folder. The CMS server runs the queue itself
 * (autoRun, started at boot by cms/instrumentation.ts); scripts and tests call runQueuedJobs.
 */
export const jobs: JobsConfig = {
  tasks: [rebuildSiteTask, releaseSiteTask, sendRegistrationEmailTask, purgeExpiredDataTask, backupDataTask, notifyReviewTask, sendCertificateTask, previewSiteTask, refreshSiteTask],
  enableConcurrencyControl: true,
  // Finished jobs leave the table (outcomes live in the site-build global); failed ones stay
  // with their error for admins to read, until the nightly purgeExpiredData removes them after a month.
  deleteJobOnComplete: true,
  access: { queue: adminsOnly, run: adminsOnly, cancel: adminsOnly },
  // Every second: a rebuild waits for its debounce window (waitUntil), not for the next minute.
  // One job per tick, and croner never starts a tick while the previous one still runs.
  autoRun: [
    { queue: publishQueue, cron: '* * * * * *', limit: 1, silent: { info: true } },
    // E-mail every 5 seconds, a few at a time: a confirmation arrives while the participant still
    // looks at the result page, and a burst of registrations drains without starving the CMS.
    { queue: emailQueue, cron: '*/5 * * * * *', limit: 10, silent: { info: true } },
    // Scheduled housekeeping (tasks with a `schedule`: the nightly purge, the daily backup), checked every minute.
    { queue: maintenanceQueue, cron: '0 * * * * *', limit: 1, silent: { info: true } },
  ],
  shouldAutoRun: async (payload) => {
    if (Date.now() - lastAbandonedCheck >= abandonedCheckEveryMs) {
      lastAbandonedCheck = Date.now()
      await releaseAbandonedRebuilds(payload).catch((error: unknown) => {
        payload.logger.error({ err: error, msg: 'Could not check for abandoned site rebuilds' })
      })
    }
    return true
  },
}

/**
 * Runs the due jobs of a queue in this process until none is left: for scripts, tests and
 * deployments without the CMS server. Jobs whose waitUntil lies ahead stay queued.
 */
export async function runQueuedJobs(payload: Payload, queue = publishQueue): Promise<number> {
  await releaseAbandonedRebuilds(payload)
  let ran = 0
  for (;;) {
    const result = await payload.jobs.run({ queue, limit: 1, silent: { info: true } })
    if (result.noJobsRemaining) return ran
    ran += Object.keys(result.jobStatus ?? {}).length
  }
}
