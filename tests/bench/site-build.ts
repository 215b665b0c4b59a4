/**
 * Benchmark: how long a full publish takes (Astro build + pagefind + swap) on the current data.
 * Prints each run and the median. Timings belong here, not in tests: the machine is shared.
 *   npm run bench -- [runs=3]
 * Uses KELISIM_DATA_DIR (default .data/); run `npm start` once first so the database exists.
 */
import { buildSite } from '../../cms/publish/build-site'

const runs = Math.max(1, Number(process.argv[2] ?? 3))
const durations: number[] = []
let pages: Record<string, number> = {}

for (let i = 1; i <= runs; i++) {
  const result = await buildSite()
  durations.push(result.durationMs)
  pages = result.pagesPerLocale
  console.log(`run ${i}/${runs}: ${(result.durationMs / 1000).toFixed(1)} s`)
}

const sorted = [...durations].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)]!
const totalPages = Object.values(pages).reduce((a, b) => a + b, 0)
console.log(`pages per language: ${Object.entries(pages).map(([l, n]) => `${l} ${n}`).join(', ')} (total ${totalPages})`)
console.log(`median full publish: ${(median / 1000).toFixed(1)} s (${((median / totalPages) | 0)} ms per page)`)
process.exit(0)
