/**
 * Runs the jobs that are due (site rebuilds whose debounce window has passed, and any left by a
 * stopped process; e-mails and reminders that are due) in this process, then exits. The CMS server
 * does this by itself; this is for when it is not running, and for tests of a restart.
 * Run: tsx cms/scripts/run-jobs.ts
 */
import { runQueuedJobs } from '../jobs'
import { publishQueue } from '../jobs/rebuildSite'
import { emailQueue } from '../jobs/sendRegistrationEmail'
import { closePayload, openPayload } from './open-payload'

const payload = await openPayload()
try {
  let ran = 0
  for (const queue of [emailQueue, publishQueue]) ran += await runQueuedJobs(payload, queue)
  console.log(`Ran ${ran} job(s).`)
} finally {
  await closePayload(payload)
}
process.exit(0)
