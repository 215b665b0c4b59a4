/**
 * Benchmark: `npm run backup` and `npm run restore` on a seeded database, through the real
 * scripts as an operator runs them. Prints the time of each run and the median. Not a test: the
 * machine is shared, timings vary.
 *   npm run bench:backup -- [runs=3] [dataDir]
 * Without a data folder, a fresh one is migrated and seeded (tsx cms/scripts/setup-db.ts) and 20
 * photos are uploaded; with one (e.g. from `npm run bench:scale -- --keep`), that folder is used.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const runs = Math.max(1, Number(process.argv[2] ?? 3))
const given = process.argv[3]
const dataDir = given ? path.resolve(given) : fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-backup-'))
const env = { ...process.env, KELISIM_DATA_DIR: dataDir, DATABASE_URI: '', KELISIM_AUTO_REBUILD: 'off', PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-only-secret', CMS_PORT: '1' }
const tsx = path.join('node_modules', 'tsx', 'dist', 'cli.mjs')
const script = (file: string, ...args: string[]) => execFileSync(process.execPath, [tsx, file, ...args], { env, encoding: 'utf8' })

if (!given) {
  script('cms/scripts/setup-db.ts')
  // Photos, as organizers upload them, so the uploads part is not empty.
  script('tests/bench/backup-uploads.ts', '20')
}

const dbBytes = fs.statSync(path.join(dataDir, 'kelisim.db')).size
const times = { backup: [] as number[], restore: [] as number[] }
let last = ''
for (let i = 0; i < runs; i++) {
  let started = performance.now()
  const out = script('cms/scripts/backup.ts')
  times.backup.push(performance.now() - started)
  last = /Backup written: (.*)/.exec(out)![1]!.trim()
  if (i === 0) process.stdout.write(out)
  started = performance.now()
  const restored = script('cms/scripts/restore.ts', last)
  times.restore.push(performance.now() - started)
  if (i === 0) process.stdout.write(restored)
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const fmt = (xs: number[]) => `${xs.map((x) => x.toFixed(0)).join(', ')} ms (median ${median(xs).toFixed(0)} ms)`
console.log(`\nData folder: ${dataDir} (database ${(dbBytes / 1024 / 1024).toFixed(1)} MB)`)
console.log(`npm run backup, whole command incl. tsx start-up: ${fmt(times.backup)}`)
console.log(`npm run restore, whole command incl. tsx start-up: ${fmt(times.restore)}`)
if (!given) fs.rmSync(dataDir, { recursive: true, force: true })
