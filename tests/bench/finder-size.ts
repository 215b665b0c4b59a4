/**
 * Size of what the office finder downloads (finder.json per language) for the network at national
 * size, from the scale generator (tests/bench/scale/generate.ts): 500 offices. Prints raw, gzip and
 * brotli bytes per language, as generated (offices in region centres) and with every office in its
 * own settlement (the worst case for the list of places); and the mediator directory's data
 * (directory.json) for 1,600 mediators.
 *
 *   npx tsx tests/bench/finder-size.ts [--scale 1]
 */
import zlib from 'node:zlib'
import { parseArgs } from 'node:util'

import { buildFinderData } from '../../cms/core/finder'
import { locales, type Locale } from '../../cms/core/locales'
import { directoryRow } from '../../cms/core/mediatorDirectory'
import { mediatorKinds, specializations, vocabularyLabels, type VocabularyKey } from '../../cms/core/vocabulary'
import { generateNationalDataSet } from './scale/generate'

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } })
const content = generateNationalDataSet(Number(values.scale))

const brotli = (s: string) => zlib.brotliCompressSync(Buffer.from(s), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length
const gzip = (s: string) => zlib.gzipSync(Buffer.from(s), { level: 9 }).length

function dataFor(lang: Locale, ownSettlements: boolean) {
  const label = (key: string) => vocabularyLabels[lang][key as VocabularyKey] ?? key
  return buildFinderData(
    content.offices.map((o, i) => {
      const settlement = (l: Locale) => (ownSettlements ? `${o.settlement[l]} ${l === 'en' ? 'village' : 'ауылы'} ${i + 1}` : (o.settlement[l] ?? ''))
      const kind = label(`office.kind.${o.kind}`)
      return {
        slug: o.slug,
        name: o.name[lang] ?? '',
        settlement: settlement(lang),
        settlementNames: locales.map(settlement),
        kind: o.platformType ? `${kind}: ${label(`office.platform.${o.platformType}`)}` : kind,
        lat: o.lat,
        lng: o.lng,
        hours: o.hours,
        exceptions: [],
      }
    }),
    content.regions.map((r) => ({ names: [...locales.map((l) => r.centre[l]), ...locales.map((l) => r.name[l])], label: r.centre[lang] ?? '', lat: r.lat, lng: r.lng })),
  )
}

console.log(`finder.json for ${content.offices.length} offices (bytes: raw / gzip -9 / brotli -q 11)`)
for (const own of [false, true]) {
  for (const lang of locales) {
    const json = JSON.stringify(dataFor(lang, own))
    console.log(`  ${lang} ${own ? 'own settlement each' : 'as generated      '}: ${json.length} / ${gzip(json)} / ${brotli(json)} (${(brotli(json) / 1024).toFixed(1)} KB brotli)`)
  }
}

console.log(`directory.json for ${content.mediators.length} mediators (bytes: raw / gzip -9 / brotli -q 11)`)
for (const lang of locales) {
  const label = (key: string) => vocabularyLabels[lang][key as VocabularyKey] ?? key
  const regions = Object.fromEntries(content.regions.map((r) => [r.code, r.name[lang] ?? r.code]))
  const rows = content.mediators.map((m) => directoryRow({ slug: m.slug, name: m.name[lang] ?? m.slug, kind: m.kind, region: m.region, specializations: m.specializations, languages: m.languages }))
  const labels = { kinds: mediatorKinds.map((k) => label(`mediator.kind.${k}`)), specializations: specializations.map((x) => label(`specialization.${x}`)) }
  const json = JSON.stringify({ regions, labels, rows })
  console.log(`  ${lang}: ${json.length} / ${gzip(json)} / ${brotli(json)} (${(brotli(json) / 1024).toFixed(1)} KB brotli)`)
}
