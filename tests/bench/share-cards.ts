/**
 * Benchmark: what a share card costs (SVG → PNG by sharp), and what the chosen scheme costs at
 * scale: one card per publication and language, one per section and language for everything else.
 * Prints figures only (the machine is shared).  tsx tests/bench/share-cards.ts [cards=60] [publications=300]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// A fresh cache: every card below is drawn, not read back.
process.env.KELISIM_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-cards-'))
const { cardSections, renderCard } = await import('../../site/lib/shareCards')
import { locales } from '../../cms/core/locales'

const cards = Math.max(1, Number(process.argv[2] ?? 60))
const publications = Math.max(0, Number(process.argv[3] ?? 300))
const title = 'Азаматтық қоғам ұйымдары мен жергілікті өзін-өзі басқару органдары бейбітшілікті сақтау үшін күш біріктіреді'

await renderCard({ title, kicker: 'warm-up', siteName: 'Келісім', tagline: 'медиация' })
let bytes = 0
const started = performance.now()
for (let i = 0; i < cards; i++) {
  bytes += (await renderCard({ title: `${title} ${i}`, kicker: 'Баспасөз орталығы', siteName: 'Келісім', tagline: 'Қазақстанның медиация кабинеттері желісі' })).length
}
const perCard = (performance.now() - started) / cards
const scheme = publications * locales.length + cardSections.length * locales.length
console.log(`one card: ${perCard.toFixed(1)} ms, ${(bytes / cards / 1024).toFixed(1)} KiB (mean of ${cards})`)
console.log(`${publications} publications: ${scheme} cards, about ${((scheme * perCard) / 1000).toFixed(1)} s of build time`)
const cachedStart = performance.now()
for (let i = 0; i < cards; i++) await renderCard({ title: `${title} ${i}`, kicker: 'Баспасөз орталығы', siteName: 'Келісім', tagline: 'Қазақстанның медиация кабинеттері желісі' })
console.log(`the same card on the next build (cached): ${((performance.now() - cachedStart) / cards).toFixed(2)} ms`)
fs.rmSync(process.env.KELISIM_DATA_DIR, { recursive: true, force: true })
console.log(`a card for every page at 5,000 events as well: ${scheme + 5_000 * locales.length} cards, about ${(((scheme + 5_000 * locales.length) * perCard) / 1000).toFixed(1)} s`)
