/**
 * Runs the jobs that are due (site rebuilds whose debounce window has passed, and any left by a
 * stopped process) in this process, then exits. The CMS server does this by itself every second;
 * this is for when it is not running, and for tests of a restart. Run: tsx cms/scripts/run-jobs.ts
 */
import { runQueuedJobs } from '../jobs'
import { closePayload, openPayload } from './open-payload'

const payload = await openPayload()
try {
  const ran = await runQueuedJobs(payload)
  console.log(`Ran ${ran} job(s).`)
} finally {
  await closePayload(payload)
}
process.exit(0)
