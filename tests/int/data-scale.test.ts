/**
 * Keeps the data layer from slowing down as collections grow, without timing anything: the
 * build's reads and the writes of a document must find rows through indexes (no full scan of a
 * table whose size grows with the collection), a write must cost the same number of statements
 * whatever the collection holds, and the planner must have statistics. Figures live in
 * `npm run bench:scale`.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { refreshPlannerStatistics, watchSqlStatements } from '../../cms/db'
import { openPayload } from '../../cms/scripts/open-payload'
import { seed } from '../../cms/seed'
import { buildReads } from '../../site/lib/cms'
import { generateNationalDataSet } from '../bench/scale/generate'
import { quiet } from './helpers'

type Statement = { sql: string; params: unknown[] }
type SqlClient = { execute(q: { sql: string; args: unknown[] } | string): Promise<{ rows: Array<Record<string, unknown>> }> }

let payload: Payload
let client: SqlClient

async function recordStatements(run: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = []
  const stop = watchSqlStatements((sql, params) => statements.push({ sql, params }))
  try {
    await run()
  } finally {
    stop()
  }
  return statements
}

/**
 * Tables whose size does not grow with the network: Kazakhstan's 20 regions (walked in code order
 * when events are populated), and the documents an editor has open right now.
 */
const boundedTables = /^(regions|payload_locked_documents)$/

/**
 * Full table scans in a statement's plan. A scan of a co-routine (Payload's sub-selects of one
 * document's array rows, already narrowed by an index) is fine and not reported.
 */
async function fullScans({ sql, params }: Statement): Promise<string[]> {
  if (!/^\s*(select|update|delete)/i.test(sql)) return []
  const plan = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as unknown[] })
  const details = plan.rows.map((row) => String(row.detail))
  const coroutines = new Set(details.flatMap((d) => /^CO-ROUTINE (\S+)/.exec(d)?.[1] ?? []))
  return details
    .filter((d) => {
      const scanned = /^SCAN (\S+)/.exec(d)?.[1]
      return scanned && !coroutines.has(scanned) && !boundedTables.test(scanned)
    })
    .map((d) => `${d} in: ${sql.slice(0, 300)} … ${sql.slice(-200)}`)
}

async function scansIn(statements: Statement[]): Promise<string[]> {
  return (await Promise.all(statements.map(fullScans))).flat()
}

// 25 offices, 80 mediators, 250 events, 30 publications: enough rows that a scan is a real choice.
const content = generateNationalDataSet(0.05, 7)

beforeAll(async () => {
  payload = await openPayload()
  client = (payload.db as unknown as { client: SqlClient }).client
  await seed(payload, content, new Date('2026-11-22T06:00:00Z'))
}, 600_000)

describe('the site build reads', () => {
  for (const name of ['events', 'mediators', 'offices', 'publications', 'open-door-days'] as const) {
    it(`${name}: every language, array row and relation comes through an index, with or without statistics`, async () => {
      const read = () => payload.find(buildReads[name] as never)
      // Statistics as left by the migrations on an empty database, then fresh ones.
      expect(await scansIn(await recordStatements(read))).toEqual([])
      await refreshPlannerStatistics(payload)
      expect(await scansIn(await recordStatements(read))).toEqual([])
    })
  }
})

describe('a write', () => {
  const event = (n: number, slug?: string) => ({
    title: `Сынақ оқиғасы ${n}`,
    ...(slug ? { slug } : {}),
    kind: 'round-table',
    format: 'offline',
    status: 'scheduled',
    startsAt: new Date(Date.UTC(2027, 0, 1 + n)).toISOString(),
    summary: 'Қысқаша сипаттама.',
    speakers: [{ name: 'Айгерім Сейітова', role: 'медиатор' }],
    _status: 'published',
  })
  const createEvent = (data: Record<string, unknown>, locale: 'kk' | 'ru' | 'en' = 'kk') =>
    payload.create({ collection: 'events', locale, data: data as never, overrideAccess: true, context: quiet })

  it('stores and translates an event among 250 others without scanning a table', async () => {
    const { totalDocs } = await payload.count({ collection: 'events', overrideAccess: true })
    expect(totalDocs).toBeGreaterThanOrEqual(250)
    const later = await recordStatements(() => createEvent(event(1, 'scale-test-later')))
    const id = (await payload.find({ collection: 'events', where: { slug: { equals: 'scale-test-later' } }, overrideAccess: true })).docs[0]!.id
    const { speakers } = await payload.findByID({ collection: 'events', id, depth: 0, overrideAccess: true })
    const translation = {
      title: 'Тестовое событие',
      speakers: speakers!.map((row) => ({ id: row.id, name: 'Айгерим Сеитова', role: 'медиатор' })),
      _status: 'published',
    }
    const translate = await recordStatements(() =>
      payload.update({ collection: 'events', id, locale: 'ru', data: translation as never, overrideAccess: true, context: quiet }),
    )
    expect(await scansIn(later)).toEqual([])
    expect(await scansIn(translate)).toEqual([])
  })

  it('does not grow with the number of documents in the collection', async () => {
    // The same write into a collection of 250 events and into one twice as large.
    const first = await recordStatements(() => createEvent(event(2, 'scale-test-first')))
    for (let n = 0; n < 250; n += 25) {
      await Promise.all(Array.from({ length: 25 }, (_, k) => createEvent(event(100 + n + k, `scale-test-fill-${n + k}`))))
    }
    const last = await recordStatements(() => createEvent(event(3, 'scale-test-last')))
    expect(last.length).toBe(first.length)
  })

  it('finds a free generated slug with one query, however many documents share the title', async () => {
    const shared = { ...event(4), title: 'Бірдей атау' }
    const second = await (async () => {
      await createEvent(shared)
      return recordStatements(() => createEvent(shared))
    })()
    for (let i = 0; i < 5; i++) await createEvent(shared)
    const eighth = await recordStatements(() => createEvent(shared))
    expect(eighth.length).toBe(second.length)
    const { docs } = await payload.find({ collection: 'events', where: { title: { equals: 'Бірдей атау' } }, locale: 'kk', limit: 0, overrideAccess: true })
    expect(new Set(docs.map((d) => d.slug)).size).toBe(8)
  })
})

describe('the schema', () => {
  it('indexes every child table (locales, arrays, relations, versions) by its parent, including ones added later', async () => {
    const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).rows.map((r) => String(r.name))
    const unindexed: string[] = []
    for (const table of tables) {
      const columns = (await client.execute(`PRAGMA table_info("${table}")`)).rows.map((r) => String(r.name))
      const parent = columns.find((name) => name === '_parent_id' || name === 'parent_id')
      if (!parent) continue
      const indexes = (await client.execute(`PRAGMA index_list("${table}")`)).rows
      const leading = await Promise.all(
        indexes.map(async (i) => (await client.execute(`PRAGMA index_info("${String(i.name)}")`)).rows.find((r) => Number(r.seqno) === 0)?.name),
      )
      if (!leading.includes(parent)) unindexed.push(`${table}.${parent}`)
    }
    expect(unindexed).toEqual([])
  })
})

describe('the planner', () => {
  it('has statistics for the tables the build reads', async () => {
    await refreshPlannerStatistics(payload)
    const { rows } = await client.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
    const tables = rows.map((r) => String(r.tbl))
    expect(tables).toEqual(expect.arrayContaining(['events', 'events_locales', '_events_v', 'mediators_locales', 'offices_locales']))
  })

  it('gets the build-order index on every public collection, so MongoDB has it too', () => {
    for (const slug of ['events', 'mediators', 'offices', 'publications', 'open-door-days']) {
      const read = buildReads[slug as keyof typeof buildReads]
      const sortField = read.sort.replace(/^-/, '')
      const sanitized = payloadConfigCollection(slug)
      expect(sanitized?.indexes?.map((i) => i.fields.map((f) => (typeof f === 'string' ? f : f.path)))).toContainEqual(['_status', sortField])
    }
  })
})

function payloadConfigCollection(slug: string) {
  return payload.config.collections.find((c) => c.slug === slug) as unknown as
    | { indexes?: Array<{ fields: Array<string | { path: string }> }> }
    | undefined
}
