/**
 * Where one imported document's writes go: seeds a small generated data set into a temporary
 * SQLite database, then loads a few more events the way the seed does and prints every SQL
 * statement of the last one, grouped by statement kind and table, with CPU time per document.
 *
 *   tsx tests/bench/scale/write-profile.ts [--docs 20] [--verbose]
 *   node --cpu-prof --import tsx tests/bench/scale/write-profile.ts   (for a CPU profile)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { generateNationalDataSet } from './generate'

const { values: args } = parseArgs({ options: { docs: { type: 'string', default: '20' }, verbose: { type: 'boolean', default: false } } })
const tmpRoot = fs.realpathSync(os.tmpdir())
const dataDir = fs.mkdtempSync(path.join(tmpRoot, 'kelisim-write-profile-'))
process.env.KELISIM_DATA_DIR = dataDir
process.env.DATABASE_URI = ''
process.env.KELISIM_AUTO_REBUILD = 'off'
process.env.PAYLOAD_SECRET ||= 'write-profile-secret'

const { openPayload, closePayload } = await import('../../../cms/scripts/open-payload')
const { seed } = await import('../../../cms/seed')
const { watchSqlStatements } = await import('../../../cms/db')

const payload = await openPayload()
try {
  const base = generateNationalDataSet(0.01, 3)
  await seed(payload, base, new Date('2026-11-22T06:00:00Z'))
  const more = generateNationalDataSet(0.05, 4)
  const docs = Number(args.docs)
  const events = more.events.slice(0, docs).map((e) => ({ ...e, slug: `${e.slug}-p`, office: null }))
  const statements: string[] = []
  let current: string[] = []
  const distinct = new Set<string>()
  const stop = watchSqlStatements((sql) => {
    current.push(sql)
    distinct.add(sql)
  })
  const cpu = process.cpuUsage()
  const started = performance.now()
  await seed(payload, { ...base, events, offices: [], mediators: [], publications: [] }, new Date('2026-11-22T06:00:00Z'), (c, outcome) => {
    if (c === 'events' && outcome === 'created') {
      statements.splice(0, statements.length, ...current)
    }
    current = []
  })
  const wall = performance.now() - started
  const used = process.cpuUsage(cpu)
  stop()
  const groups = new Map<string, number>()
  for (const sql of statements) {
    const kind = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? '?'
    const table = /(?:from|into|update)\s+"?([\w]+)"?/i.exec(sql)?.[1] ?? '?'
    const key = `${kind} ${table}`
    groups.set(key, (groups.get(key) ?? 0) + 1)
  }
  console.log(`last event: ${statements.length} SQL statements; ${distinct.size} distinct statement texts over the run`)
  for (const [k, n] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${k}`)
  if (args.verbose) for (const s of statements) console.log('---\n' + s.slice(0, 400))
  console.log(`${docs} events (+ regions/open-door days found): ${(wall / docs).toFixed(1)} ms/doc wall, ${((used.user + used.system) / 1000 / docs).toFixed(1)} CPU ms/doc, rss ${Math.round(process.memoryUsage.rss() / 1048576)} MB`)
} finally {
  await closePayload(payload)
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
