/**
 * Import of the offices and mediators registries (CSV): a dry run that reads every row, names every
 * problem and says what would be created, updated or left as it is, then the import itself, which
 * writes only rows without problems and only what differs. Records are matched by registry number,
 * so importing the same file twice changes nothing. Writes skip the per-document rebuild hooks; one
 * rebuild is queued at the end.
 */
import type { Payload } from 'payload'

import { withoutSideEffects } from '../core/context'
import { parseCsv } from '../core/csv'
import { directoryMessages, type DirectoryProblem } from '../core/directoryRules'
import { locales, type Locale } from '../core/locales'
import { otherLocalesContext } from './everyLocaleOnCreate'
import {
  markDuplicates,
  mediatorFromRow,
  officeFromRow,
  regionLookup,
  type LocalizedText,
  type MediatorRecord,
  type OfficeRecord,
  type RowResult,
} from '../core/registryRows'
import { requestSiteRebuild } from '../jobs/rebuildSite'

export type ImportKind = 'offices' | 'mediators'
type AnyRecord = OfficeRecord | MediatorRecord
export type PlannedRow = RowResult<AnyRecord> & { action?: 'create' | 'update' | 'unchanged'; id?: number | string }
export type ImportPlan = {
  kind: ImportKind
  rows: PlannedRow[]
  counts: { rows: number; create: number; update: number; unchanged: number; problems: number }
}

const context = { ...withoutSideEffects }

/** A problem's text in a language, for the dry-run report. */
export const problemText = (problem: DirectoryProblem, locale: Locale) => directoryMessages[problem][locale]

type Existing = { id: number | string; doc: Record<string, unknown> }

async function existingByRegistry(payload: Payload, kind: ImportKind): Promise<Map<string, Existing>> {
  const { docs } = await payload.find({ collection: kind, locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true, draft: false })
  const map = new Map<string, Existing>()
  for (const doc of docs as unknown as Array<Record<string, unknown>>) {
    const key = doc.registryNumber
    if (typeof key === 'string' && key) map.set(key, { id: doc.id as number, doc })
  }
  return map
}

async function regionIds(payload: Payload) {
  const { docs } = await payload.find({ collection: 'regions', locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true })
  const rows = docs as unknown as Array<{ id: number; code: string; name?: LocalizedText; centre?: LocalizedText }>
  return {
    find: regionLookup(rows.map((r) => ({ code: r.code, names: [...Object.values(r.name ?? {}), ...Object.values(r.centre ?? {})] }))),
    id: new Map(rows.map((r) => [r.code, r.id])),
  }
}

/** The non-localized fields of a record as stored (relations as ids). */
function storedFields(kind: ImportKind, record: AnyRecord, ids: { region: Map<string, number>; office: Map<string, Existing> }) {
  if (kind === 'offices') {
    const o = record as OfficeRecord
    return {
      registryNumber: o.registryNumber,
      kind: o.kind,
      platformType: o.platformType ?? null,
      region: ids.region.get(o.region),
      lat: o.lat ?? null,
      lng: o.lng ?? null,
      phone: o.phone ?? null,
      email: o.email ?? null,
      languages: o.languages,
    }
  }
  const m = record as MediatorRecord
  return {
    registryNumber: m.registryNumber,
    kind: m.kind,
    region: ids.region.get(m.region),
    offices: m.offices.map((r) => ids.office.get(r)?.id).filter((id) => id !== undefined),
    languages: m.languages,
    specializations: m.specializations,
    active: m.active,
    publishContacts: m.publishContacts,
    phone: m.phone ?? null,
    email: m.email ?? null,
  }
}

const localizedFieldsOf = (kind: ImportKind): string[] =>
  kind === 'offices' ? ['name', 'hostOrganization', 'district', 'settlement', 'address'] : ['name']

function textsIn(record: AnyRecord, kind: ImportKind, locale: Locale): Record<string, string | null> {
  return Object.fromEntries(localizedFieldsOf(kind).map((f) => [f, ((record as Record<string, unknown>)[f] as LocalizedText)[locale] ?? null]))
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: unknown }).id : v)

function differs(kind: ImportKind, record: AnyRecord, existing: Existing, stored: Record<string, unknown>): boolean {
  const doc = existing.doc
  for (const [field, value] of Object.entries(stored)) {
    const current = doc[field]
    const normalized = Array.isArray(current) ? current.map(idOf) : idOf(current)
    if (!same(normalized === undefined ? null : normalized, value)) return true
  }
  for (const field of localizedFieldsOf(kind)) {
    const current = (doc[field] ?? {}) as LocalizedText
    for (const l of locales) if (!same(current[l] || null, ((record as Record<string, unknown>)[field] as LocalizedText)[l] ?? null)) return true
  }
  return doc._status !== 'published'
}

/** Reads the file and decides every row, writing nothing. */
export async function planImport(payload: Payload, kind: ImportKind, csv: string): Promise<ImportPlan> {
  const regions = await regionIds(payload)
  const existing = await existingByRegistry(payload, kind)
  const offices = kind === 'mediators' ? await existingByRegistry(payload, 'offices') : new Map<string, Existing>()
  const parsed = parseCsv(csv)
  const rows: PlannedRow[] = markDuplicates<AnyRecord>(
    parsed.map(({ line, fields }) =>
      kind === 'offices' ? officeFromRow(line, fields, regions.find) : mediatorFromRow(line, fields, regions.find, (r) => offices.has(r)),
    ),
  )
  for (const row of rows) {
    if (!row.record) continue
    const found = existing.get(row.registryNumber)
    if (!found) row.action = 'create'
    else {
      row.id = found.id
      row.action = differs(kind, row.record, found, storedFields(kind, row.record, { region: regions.id, office: offices })) ? 'update' : 'unchanged'
    }
  }
  const count = (a: PlannedRow['action']) => rows.filter((r) => r.action === a).length
  return {
    kind,
    rows,
    counts: { rows: rows.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), problems: rows.filter((r) => r.problems.length).length },
  }
}

/**
 * Writes the rows of a plan that have no problem and differ from what is stored: published, in
 * every language the file gives. `onProgress(done, total)` after each row. Queues one rebuild.
 */
export async function applyImport(payload: Payload, plan: ImportPlan, onProgress?: (done: number, total: number) => void): Promise<ImportPlan['counts']> {
  const regions = await regionIds(payload)
  const offices = plan.kind === 'mediators' ? await existingByRegistry(payload, 'offices') : new Map<string, Existing>()
  const todo = plan.rows.filter((r) => r.record && (r.action === 'create' || r.action === 'update'))
  let done = 0
  for (const row of todo) {
    const record = row.record!
    const stored = storedFields(plan.kind, record, { region: regions.id, office: offices })
    const given = locales.filter((l) => record.name[l])
    const first = given[0] ?? 'kk'
    const base = { collection: plan.kind, depth: 0, overrideAccess: true, context } as const
    const others = locales.filter((l) => l !== first)
    if (row.action === 'create') {
      // Every language in one create (cms/lib/everyLocaleOnCreate.ts).
      const translations = Object.fromEntries(others.map((l) => [l, textsIn(record, plan.kind, l)]))
      await payload.create({
        ...base,
        locale: first,
        data: { ...stored, ...textsIn(record, plan.kind, first), _status: 'published' } as never,
        context: { ...context, ...otherLocalesContext(plan.kind, translations) },
      })
    } else {
      await payload.update({ ...base, id: row.id!, locale: first, data: { ...stored, ...textsIn(record, plan.kind, first), _status: 'published' } as never })
      for (const l of others) {
        await payload.update({ ...base, id: row.id!, locale: l, data: { ...textsIn(record, plan.kind, l), _status: 'published' } as never })
      }
    }
    onProgress?.(++done, todo.length)
  }
  if (todo.length) await requestSiteRebuild({ payload, reason: `registry import: ${plan.kind}` })
  return plan.counts
}
