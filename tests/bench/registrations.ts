/**
 * Benchmark: a burst of registrations through the public endpoint over real HTTP, on a fresh
 * temporary SQLite database. Prints registrations per second, p50/p99 latency, the answers by HTTP
 * status and how the seats ended up. Not a test: the machine is shared, timings vary.
 *   npm run bench:registrations -- [requests=300] [capacity=20] [concurrency=requests]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const requests = Math.max(1, Number(process.argv[2] ?? 300))
const capacity = Math.max(1, Number(process.argv[3] ?? 20))
const concurrency = Math.max(1, Number(process.argv[4] ?? requests))

// A database of its own, chosen before any CMS module reads the environment.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-registrations-'))
process.env.KELISIM_DATA_DIR = dataDir
process.env.DATABASE_URI = ''
process.env.KELISIM_AUTO_REBUILD = 'off'
// The bench measures the seat machinery, not the abuse limits that would refuse its burst.
process.env.KELISIM_REGISTER_LIMIT = '0'
process.env.KELISIM_REGISTER_EVENT_LIMIT = '0'
process.env.PAYLOAD_SECRET ??= 'bench-only-secret'

const { openPayload, closePayload } = await import('../../cms/scripts/open-payload')
const { startApiServer } = await import('../int/apiServer')
const { openEvent } = await import('../int/helpers')

const payload = await openPayload()
const api = await startApiServer()
const event = await openEvent(payload, 'bench-registrations', capacity)

const latencies: number[] = []
const byStatus = new Map<number, number>()
let next = 0
async function worker() {
  while (next < requests) {
    const i = next++
    const started = performance.now()
    const response = await fetch(`${api.url}/api/register`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ event: 'bench-registrations', lang: 'kk', name: `Қатысушы ${i}`, email: `bench${i}@example.kz`, consent: 'on' }).toString(),
    })
    await response.arrayBuffer()
    latencies.push(performance.now() - started)
    byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1)
  }
}

const started = performance.now()
await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker))
const elapsed = (performance.now() - started) / 1000

const sorted = [...latencies].sort((a, b) => a - b)
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const count = async (status: string) =>
  (await payload.count({ collection: 'registrations', where: { and: [{ event: { equals: event.id } }, { status: { equals: status } }] }, overrideAccess: true })).totalDocs

console.log(`burst: ${requests} registrations, ${Math.min(concurrency, requests)} at once, capacity ${capacity}, SQLite, Node ${process.versions.node}`)
console.log(`answers: ${[...byStatus].map(([s, n]) => `${s}×${n}`).join(', ')}`)
console.log(`stored: ${await count('confirmed')} confirmed, ${await count('waiting')} waiting`)
console.log(`throughput: ${(requests / elapsed).toFixed(1)} registrations/s (${elapsed.toFixed(2)} s)`)
console.log(`latency: p50 ${percentile(50).toFixed(0)} ms, p99 ${percentile(99).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`)

await api.close()
await closePayload(payload)
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
