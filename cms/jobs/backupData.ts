import type { TaskConfig } from 'payload'

import { backupsToKeep, createBackup, pruneBackups } from '../lib/backup'
import { maintenanceQueue } from './purgeExpiredData'

/**
 * The daily backup (cms/lib/backup.ts), on Payload's jobs queue: scheduled at 02:30 Kazakhstan
 * time, run by the CMS server's runner, keeping the newest KELISIM_BACKUP_KEEP (default 7). A
 * failed backup is retried twice and then stays in `payload-jobs` with its error for admins.
 */

export const backupTaskSlug = 'backupData'

type BackupIO = { input: Record<string, never>; output: { dir: string; totalMs: number; removed: number } }

export const backupDataTask: TaskConfig<BackupIO> = {
  slug: backupTaskSlug,
  label: 'Back up the database and uploads',
  outputSchema: [
    { name: 'dir', type: 'text', required: true },
    { name: 'totalMs', type: 'number', required: true },
    { name: 'removed', type: 'number', required: true },
  ],
  retries: { attempts: 2, backoff: { type: 'fixed', delay: 10 * 60_000 } },
  // 02:30 in Asia/Almaty (UTC+5): 21:30 UTC. Seconds first, as croner reads six fields.
  schedule: [{ cron: '0 30 21 * * *', queue: maintenanceQueue }],
  handler: async ({ req }) => {
    const { dir, manifest } = await createBackup()
    const removed = pruneBackups(backupsToKeep())
    req.payload.logger.info(`backup written: ${dir} (${manifest.ms.total} ms); removed ${removed.length} older`)
    return { output: { dir, totalMs: manifest.ms.total, removed: removed.length } }
  },
}
