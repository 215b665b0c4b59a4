/**
 * `npm run restore <backup folder>`: brings back the database, the uploads and the secret of a
 * backup made by `npm run backup`. Refuses while the CMS answers on its port: stop `npm start`
 * (or `next start cms`) first, restore, start again; the site is rebuilt from the restored data on
 * the next start or change. What it replaces is kept in `<data>/backups/pre-restore-<timestamp>/`.
 */
import path from 'node:path'

import { cmsIsRunning, listBackups, restoreBackup } from '../lib/backup'

const arg = process.argv[2]
if (!arg) {
  const available = listBackups()
  console.error('Usage: npm run restore <backup folder>')
  console.error(available.length ? `Backups:\n${available.map((d) => `  ${d}`).join('\n')}` : 'No backups yet (npm run backup).')
  process.exit(2)
}
const running = await cmsIsRunning()
if (running) {
  console.error(`The CMS is running (it answered at ${running}). Stop it first (Ctrl+C on npm start, or stop the service), then run the restore again.`)
  process.exit(1)
}
const { ms, savedCurrentTo } = await restoreBackup(path.resolve(arg))
console.log(`Restored ${path.resolve(arg)} in ${ms} ms.`)
console.log(`  The data it replaced is in ${savedCurrentTo}.`)
console.log('  Start the portal again (npm start); the public site is rebuilt from the restored data.')
