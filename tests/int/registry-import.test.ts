import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { applyImport, planImport } from '../../cms/lib/registryImport'
import { openPayload } from '../../cms/scripts/open-payload'
import { seed } from '../../cms/seed'
import { loadSeedContent } from '../../cms/seed/content'
import { generateNationalDataSet } from '../bench/scale/generate'

// The network's size: 500 offices and 1,600 mediators, as the registry's spreadsheets would hold them.
const data = generateNationalDataSet(1, 11)
const quote = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v)
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
const csv = (header: string[], rows: unknown[][], sep = ';') => `\uFEFF${[header, ...rows].map((r) => r.map(quote).join(sep)).join('\r\n')}\r\n`
const officeNumber = new Map(data.offices.map((o, i) => [o.slug, `OF-${String(i + 1).padStart(4, '0')}`]))

const officeHeader = ['registry_number', 'kind', 'platform_type', 'region', 'name_kk', 'name_ru', 'name_en', 'settlement_kk', 'settlement_ru', 'settlement_en', 'lat', 'lng', 'phone', 'languages']
const officeRows = data.offices.map((o) => [
  officeNumber.get(o.slug), o.kind, o.platformType ?? '', o.region, o.name.kk, o.name.ru, o.name.en, o.settlement.kk, o.settlement.ru, o.settlement.en,
  String(o.lat).replace('.', ','), String(o.lng).replace('.', ','), o.phone, o.languages.join(' '),
])
// Four bad rows: an unknown region, coordinates outside Kazakhstan (swapped), a bad phone, a repeated registry number.
const badOffices = [
  ['OF-9001', 'dialogue-platform', 'school', 'atlantis', 'Мектеп', 'Школа', 'School', 'Ауыл', 'Аул', 'Aul', '43,1', '68,2', '', 'kk'],
  ['OF-9002', 'dialogue-platform', 'school', 'turkistan', 'Мектеп', 'Школа', 'School', 'Ауыл', 'Аул', 'Aul', '68,2', '43,1', '', 'kk'],
  ['OF-9003', 'dialogue-platform', 'akimat', 'shymkent', 'Әкімдік', 'Акимат', 'Akimat', 'Шымкент', 'Шымкент', 'Shymkent', '42,3', '69,6', '12-34', 'kk'],
  officeRows[0]!,
]
const officesCsv = csv(officeHeader, [...officeRows, ...badOffices])

const mediatorHeader = ['registry_number', 'kind', 'region', 'name_kk', 'name_ru', 'name_en', 'office_registry_number', 'languages', 'specializations', 'active', 'publish_contacts']
const mediatorRows = data.mediators.map((m) => [m.registryNumber, m.kind, m.region, m.name.kk, m.name.ru, m.name.en, m.offices.map((o) => officeNumber.get(o)).join(' '), m.languages.join(' '), m.specializations.join(', '), 'да', 'нет'])
const mediatorsCsv = csv(mediatorHeader, mediatorRows, ',').replace(/;/g, ',')

let payload: Payload
const snapshot = async (collection: 'offices' | 'mediators') =>
  (await payload.find({ collection, limit: 0, pagination: false, overrideAccess: true, depth: 0, sort: 'id' })).docs.map((d) => [d.id, d.updatedAt])

beforeAll(async () => {
  payload = await openPayload()
  // Only the regions: the registry brings the rest.
  const content = loadSeedContent()
  await seed(payload, { ...content, offices: [], mediators: [], events: [], publications: [], openDoorResults: [] })
}, 300_000)

describe('registry import at national size', () => {
  it('dry-runs the offices: every bad row named, nothing written', async () => {
    const plan = await planImport(payload, 'offices', officesCsv)
    expect(plan.counts).toMatchObject({ rows: 504, create: 500, update: 0, unchanged: 0, problems: 4 })
    const problems = Object.fromEntries(plan.rows.filter((r) => r.problems.length).map((r) => [r.line, r.problems]))
    expect(problems).toEqual({ 502: ['region'], 503: ['coordinates'], 504: ['phone'], 505: ['duplicate'] })
    expect((await payload.count({ collection: 'offices', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('imports offices and then mediators; the same files again change nothing', async () => {
    await applyImport(payload, await planImport(payload, 'offices', officesCsv))
    expect((await payload.count({ collection: 'offices', overrideAccess: true })).totalDocs).toBe(500)
    const mediatorPlan = await planImport(payload, 'mediators', mediatorsCsv)
    expect(mediatorPlan.counts).toMatchObject({ rows: 1600, create: 1600, problems: 0 })
    await applyImport(payload, mediatorPlan)
    expect((await payload.count({ collection: 'mediators', overrideAccess: true })).totalDocs).toBe(1600)

    const before = { offices: await snapshot('offices'), mediators: await snapshot('mediators') }
    const again = await planImport(payload, 'offices', officesCsv)
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 500, problems: 4 })
    await applyImport(payload, again)
    const againMediators = await planImport(payload, 'mediators', mediatorsCsv)
    expect(againMediators.counts).toMatchObject({ create: 0, update: 0, unchanged: 1600 })
    await applyImport(payload, againMediators)
    expect({ offices: await snapshot('offices'), mediators: await snapshot('mediators') }).toEqual(before)

    const [sample] = (await payload.find({ collection: 'offices', where: { registryNumber: { equals: 'OF-0001' } }, locale: 'ru', overrideAccess: true, depth: 0 })).docs
    expect(sample).toMatchObject({ name: data.offices[0]!.name.ru, lat: data.offices[0]!.lat, _status: 'published' })
  }, 1_800_000)
})
