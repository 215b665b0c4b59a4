/**
 * Next calls register() once when the CMS server starts. Payload starts its job runner
 * (jobs.autoRun) with the first instance that asks for crons, which would otherwise be the first
 * admin or API request: a rebuild queued before a restart would wait for someone to visit.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startJobRunner } = await import('./jobs/startJobRunner')
  await startJobRunner()
}
