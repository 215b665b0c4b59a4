import { getPayload } from 'payload'

import config from '../payload.config'

/** Opens Payload with its crons, so the queue runs in this process (the CMS server). */
export async function startJobRunner(): Promise<void> {
  const payload = await getPayload({ config, cron: true })
  payload.logger.info('Job queue runner started')
}
