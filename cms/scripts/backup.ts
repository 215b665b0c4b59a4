/**
 * `npm run backup`: a consistent snapshot of the database and the uploads into
 * `<data>/backups/<timestamp>/`, safe while the CMS runs. Keeps the newest KELISIM_BACKUP_KEEP
 * (default 7). Prints where, what and how long.
 */
import { backupsToKeep, createBackup, pruneBackups } from '../lib/backup'

const { dir, manifest } = await createBackup()
const removed = pruneBackups()
const mb = (manifest.bytes / 1024 / 1024).toFixed(1)
const files = Object.entries(manifest.files).map(([name, n]) => `${n} ${name}`).join(', ')
console.log(`Backup written: ${dir}`)
console.log(`  ${manifest.database} database ${manifest.ms.database} ms, uploads (${files}) ${manifest.ms.uploads} ms, total ${manifest.ms.total} ms, ${mb} MB`)
if (manifest.tables) {
  const docs = ['events', 'offices', 'mediators', 'publications', 'registrations', 'users'].map((t) => `${t} ${manifest.tables![t] ?? 0}`).join(', ')
  console.log(`  rows: ${docs}`)
}
if (removed.length) console.log(`  removed ${removed.length} older backup(s), keeping ${backupsToKeep()}`)
