/**
 * Weighs the upcoming list's filter data for the national data set: 5,000 generated events, all
 * counted as upcoming (the worst case: the real index holds upcoming ones only), per language,
 * raw, gzip and brotli (quality 11, as the build precompresses): the whole index as one file (as
 * it was), and split by month as the build writes it (events/index.json, the manifest, and
 * events/index/YYYY-MM.json), with the largest month file and what a first filtered view downloads.
 * Run: npx tsx tests/bench/calendar-index.ts [scale=1]
 */
import zlib from 'node:zlib'

import { almatyLocalToDate } from '../../cms/core/time'
import { buildEventIndex, monthsToLoad, splitEventIndex } from '../../cms/core/eventIndex'
import { almatyDay } from '../../cms/core/format'
import { locales } from '../../cms/core/locales'
import { pickAny } from '../../cms/core/localize'
import { eventFormats, eventKinds, eventStatuses, vocabularyLabels } from '../../cms/core/vocabulary'
import { localizedUrl } from '../../cms/core/urls'
import { generateNationalDataSet } from './scale/generate'

const scale = Number(process.argv[2] ?? 1)
const data = generateNationalDataSet(scale)
const offices = new Map(data.offices.map((o) => [o.slug, o]))
for (const lang of locales) {
  const labels = vocabularyLabels[lang] as Record<string, string>
  const index = buildEventIndex(
    data.events.map((e) => {
      const start = almatyLocalToDate(e.start)
      return {
        href: localizedUrl(lang, 'events', e.slug),
        title: pickAny(e.title, lang) ?? e.slug,
        startsAt: start.toISOString(),
        endsAt: (e.end ? almatyLocalToDate(e.end) : new Date(start.getTime() + 3_600_000)).toISOString(),
        region: e.region,
        kind: e.kind,
        format: e.format,
        status: e.status,
        languages: e.languages,
        audience: pickAny(e.audience, lang) ?? null,
        lat: e.office ? offices.get(e.office)?.lat : null,
        lng: e.office ? offices.get(e.office)?.lng : null,
      }
    }),
    {
      regions: data.regions.map((r) => [r.code, pickAny(r.name, lang) ?? r.code]),
      kinds: [...eventKinds.map((k): [string, string] => [k, labels[`event.kind.${k}`]!]), ['open-door-day', 'open-door-day']],
      formats: eventFormats.map((f): [string, string] => [f, labels[`event.format.${f}`]!]),
      statuses: eventStatuses.map((s): [string, string] => [s, labels[`event.status.${s}`]!]),
      languages: [...locales],
    },
  )
  const whole = weigh(index)
  console.log(`${lang} whole index (one file): ${index.rows.length} events, ${kb(whole.raw)} raw, ${kb(whole.gz)} gzip, ${kb(whole.br)} brotli`)
  const dayOf = (minutes: number) => almatyDay(new Date(minutes * 60_000))
  const { manifest, months } = splitEventIndex(index, dayOf)
  const m = weigh(manifest)
  const parts = [...months].map(([month, part]) => ({ month, rows: part.rows.length, ...weigh(part) }))
  const largest = parts.reduce((a, b) => (b.br > a.br ? b : a))
  // The first filtered view (no dates): the manifest and months in date order, three at a time, until 200 rows.
  const first = monthsToLoad(manifest, {}, manifest.months[0]![0] + '-01')
  let loaded = 0
  let rows = 0
  while (loaded < first.length && rows < 200) for (const month of first.slice(loaded, (loaded += 3))) rows += months.get(month)!.rows.length
  const firstBr = m.br + parts.slice(0, loaded).reduce((sum, p) => sum + p.br, 0)
  console.log(
    `${lang} split: manifest ${kb(m.br)} brotli (${manifest.months.length} months); largest month ${largest.month} ${largest.rows} events ${kb(largest.raw)} raw, ${kb(largest.br)} brotli;` +
      ` first unfiltered-by-date view ${kb(firstBr)} brotli (${loaded} months)`,
  )
}

function weigh(value: unknown) {
  const json = Buffer.from(JSON.stringify(value))
  return {
    raw: json.length,
    gz: zlib.gzipSync(json, { level: 9 }).length,
    br: zlib.brotliCompressSync(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}
function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KB`
}
