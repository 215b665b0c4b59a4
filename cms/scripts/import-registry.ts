/**
 * Imports a registry spreadsheet (CSV) of offices or mediators. Dry run by default: lists every
 * row's problems and what would be created or updated; `--apply` writes the rows without problems.
 * Import offices before mediators (mediators name their office by its registry number).
 *
 *   tsx cms/scripts/import-registry.ts offices registry.csv [--apply] [--lang ru]
 *
 * Columns (header names, any order; *_kk/*_ru/*_en per language, at least one):
 *   offices:   registry_number, kind, platform_type, region, name_*, host_*, district_*, settlement_*,
 *              address_*, lat, lng, phone, email, languages
 *   mediators: registry_number, kind, region, name_*, office_registry_number, languages,
 *              specializations, active, publish_contacts, phone, email
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { localeOr } from '../core/locales'
import { applyImport, planImport, problemText, type ImportKind } from '../lib/registryImport'
import { closePayload, openPayload } from './open-payload'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { apply: { type: 'boolean', default: false }, lang: { type: 'string', default: 'ru' } } })
const [kind, file] = positionals
if ((kind !== 'offices' && kind !== 'mediators') || !file) {
  console.error('Usage: tsx cms/scripts/import-registry.ts offices|mediators FILE.csv [--apply] [--lang kk|ru|en]')
  process.exit(2)
}
const locale = localeOr(values.lang)
const payload = await openPayload()
try {
  const plan = await planImport(payload, kind as ImportKind, fs.readFileSync(file, 'utf8'))
  for (const row of plan.rows.filter((r) => r.problems.length)) {
    console.log(`line ${row.line} ${row.registryNumber || '—'}: ${row.problems.map((p) => problemText(p, locale)).join(' ')}`)
  }
  const c = plan.counts
  console.log(`${kind}: ${c.rows} rows — create ${c.create}, update ${c.update}, unchanged ${c.unchanged}, with problems ${c.problems} (not imported)`)
  if (values.apply) {
    let last = 0
    await applyImport(payload, plan, (done, total) => {
      if (done === total || Date.now() - last > 2000) {
        last = Date.now()
        console.log(`  written ${done}/${total}`)
      }
    })
    console.log('done')
  } else console.log('dry run: nothing written (add --apply to import)')
} finally {
  await closePayload(payload)
}
