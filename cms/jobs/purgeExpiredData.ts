import type { TaskConfig } from 'payload'

import { purgeExpiredData } from '../lib/retention'

export const maintenanceQueue = 'maintenance'

type PurgeIO = { input: Record<string, never>; output: { anonymized: number; failedJobsRemoved: number } }

/** Nightly, at 03:00 in Kazakhstan (22:00 UTC): erase what the consent text says is kept no longer. */
export const purgeExpiredDataTask: TaskConfig<PurgeIO> = {
  slug: 'purgeExpiredData',
  label: 'Erase expired personal data',
  schedule: [{ cron: '0 0 22 * * *', queue: maintenanceQueue }],
  retries: 2,
  handler: async ({ req }) => ({ output: await purgeExpiredData(req.payload) }),
}
