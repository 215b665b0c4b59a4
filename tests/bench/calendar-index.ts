/**
 * Weighs the upcoming list's filter data (events/index.json) for the national data set: 5,000
 * generated events, all counted as upcoming (the worst case: the real index holds upcoming ones
 * only), per language, raw, gzip and brotli (quality 11, as the build precompresses).
 * Run: npx tsx tests/bench/calendar-index.ts [scale=1]
 */
import zlib from 'node:zlib'

import { almatyLocalToDate } from '../../cms/core/time'
import { buildEventIndex } from '../../cms/core/eventIndex'
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
  const json = Buffer.from(JSON.stringify(index))
  const br = zlib.brotliCompressSync(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  const gz = zlib.gzipSync(json, { level: 9 }).length
  console.log(`${lang}/events/index.json: ${index.rows.length} events, ${(json.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip, ${(br / 1024).toFixed(1)} KB brotli`)
}
