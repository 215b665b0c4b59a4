/**
 * Registry spreadsheet rows (CSV, see csv.ts) to directory records, with every problem of a row
 * named: the import's dry run lists them all before anything is written. Pure: the import
 * (cms/lib/registryImport.ts) supplies the regions and offices it knows.
 */
import { coordinatesProblem, normalizePhone, type DirectoryProblem } from './directoryRules'
import { foldLetters } from './fold'
import { locales, type Locale } from './locales'
import { mediatorKinds, officeKinds, platformTypes, specializations, vocabularyLabels, type VocabularyName, vocabularies } from './vocabulary'

export type LocalizedText = Partial<Record<Locale, string>>
export type OfficeRecord = {
  registryNumber: string
  kind: (typeof officeKinds)[number]
  platformType?: (typeof platformTypes)[number]
  region: string
  name: LocalizedText
  hostOrganization: LocalizedText
  district: LocalizedText
  settlement: LocalizedText
  address: LocalizedText
  lat?: number
  lng?: number
  phone?: string
  email?: string
  languages: Locale[]
}
export type MediatorRecord = {
  registryNumber: string
  kind: (typeof mediatorKinds)[number]
  region: string
  name: LocalizedText
  offices: string[]
  languages: Locale[]
  specializations: Array<(typeof specializations)[number]>
  active: boolean
  publishContacts: boolean
  phone?: string
  email?: string
}
export type RowResult<T> = { line: number; registryNumber: string; record?: T; problems: DirectoryProblem[] }

const folded = (s: string) => foldLetters(s).replace(/[«»"'.]/g, '').replace(/\s+/g, ' ').trim()

/** A vocabulary value from its code or its label in any language ("Общественный медиатор" → public). */
export function vocabularyValue<N extends VocabularyName>(name: N, raw: string): (typeof vocabularies)[N][number] | undefined {
  const want = folded(raw)
  if (!want) return undefined
  for (const value of vocabularies[name] as readonly string[]) {
    if (folded(value) === want) return value as (typeof vocabularies)[N][number]
    for (const l of locales) {
      const label = (vocabularyLabels[l] as Record<string, string>)[`${name}.${value}`]
      if (label && (folded(label) === want || folded(label).startsWith(`${want} `))) return value as (typeof vocabularies)[N][number]
    }
  }
  return undefined
}

/** Region codes by code and by every name and centre, folded: "Туркестанская область", "turkistan". */
export function regionLookup(regions: Array<{ code: string; names: Array<string | null | undefined> }>) {
  const byName = new Map<string, string>()
  for (const r of regions) {
    byName.set(folded(r.code), r.code)
    for (const n of r.names) if (n) byName.set(folded(n), r.code)
  }
  return (raw: string) => byName.get(folded(raw))
}

const texts = (fields: Record<string, string>, base: string): LocalizedText =>
  Object.fromEntries(locales.flatMap((l) => (fields[`${base}_${l}`] ? [[l, fields[`${base}_${l}`]!]] : [])))
const list = (raw: string | undefined) => (raw ?? '').split(/[\s,;|/]+/).map((s) => s.trim()).filter(Boolean)
const yes = (raw: string | undefined, fallback: boolean) => {
  const v = folded(raw ?? '')
  if (!v) return fallback
  return ['1', 'yes', 'true', 'да', 'иа', 'ия', 'y', 'x', '+'].includes(v)
}
const number = (raw: string | undefined) => {
  if (!raw) return undefined
  const n = Number(raw.replace(',', '.'))
  return Number.isFinite(n) ? n : NaN
}
const emailOk = (raw: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)

function common(fields: Record<string, string>, findRegion: (raw: string) => string | undefined) {
  const problems: DirectoryProblem[] = []
  const registryNumber = fields.registry_number ?? ''
  if (!registryNumber) problems.push('registryNumber')
  const name = texts(fields, 'name')
  if (!Object.keys(name).length) problems.push('name')
  const region = findRegion(fields.region ?? '')
  if (!region) problems.push('region')
  const phone = fields.phone ? normalizePhone(fields.phone) : undefined
  if (phone === null) problems.push('phone')
  if (fields.email && !emailOk(fields.email)) problems.push('email')
  const languages = list(fields.languages).filter((l): l is Locale => (locales as readonly string[]).includes(l))
  return { problems, registryNumber, name, region: region ?? '', phone: phone ?? undefined, email: fields.email || undefined, languages }
}

export function officeFromRow(line: number, fields: Record<string, string>, findRegion: (raw: string) => string | undefined): RowResult<OfficeRecord> {
  const c = common(fields, findRegion)
  const kind = vocabularyValue('office.kind', fields.kind ?? '')
  if (!kind) c.problems.push('kind')
  const platformType = fields.platform_type ? vocabularyValue('office.platform', fields.platform_type) : undefined
  if (fields.platform_type && !platformType) c.problems.push('kind')
  const settlement = texts(fields, 'settlement')
  if (!Object.keys(settlement).length) c.problems.push('settlement')
  const lat = number(fields.lat)
  const lng = number(fields.lng)
  if (Number.isNaN(lat) || Number.isNaN(lng)) c.problems.push('number')
  else {
    const problem = coordinatesProblem(lat, lng)
    if (problem) c.problems.push(problem)
  }
  const record: OfficeRecord = {
    registryNumber: c.registryNumber,
    kind: kind ?? 'dialogue-platform',
    ...(kind === 'dialogue-platform' && platformType ? { platformType } : {}),
    region: c.region,
    name: c.name,
    hostOrganization: texts(fields, 'host'),
    district: texts(fields, 'district'),
    settlement,
    address: texts(fields, 'address'),
    ...(lat !== undefined && !Number.isNaN(lat) ? { lat } : {}),
    ...(lng !== undefined && !Number.isNaN(lng) ? { lng } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.email ? { email: c.email } : {}),
    languages: c.languages.length ? c.languages : ['kk', 'ru'],
  }
  return { line, registryNumber: c.registryNumber, problems: c.problems, ...(c.problems.length ? {} : { record }) }
}

export function mediatorFromRow(
  line: number,
  fields: Record<string, string>,
  findRegion: (raw: string) => string | undefined,
  officeExists: (registryNumber: string) => boolean,
): RowResult<MediatorRecord> {
  const c = common(fields, findRegion)
  const kind = vocabularyValue('mediator.kind', fields.kind ?? '')
  if (!kind) c.problems.push('kind')
  const offices = list(fields.office_registry_number)
  if (offices.some((o) => !officeExists(o))) c.problems.push('office')
  const specs = list(fields.specializations).map((s) => vocabularyValue('specialization', s))
  if (specs.some((s) => !s)) c.problems.push('kind')
  const record: MediatorRecord = {
    registryNumber: c.registryNumber,
    kind: kind ?? 'public',
    region: c.region,
    name: c.name,
    offices,
    languages: c.languages.length ? c.languages : ['kk', 'ru'],
    specializations: specs.filter((s): s is NonNullable<typeof s> => Boolean(s)),
    active: yes(fields.active, true),
    publishContacts: yes(fields.publish_contacts, false),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.email ? { email: c.email } : {}),
  }
  return { line, registryNumber: c.registryNumber, problems: c.problems, ...(c.problems.length ? {} : { record }) }
}

/** Marks every row after the first that repeats a registry number. */
export function markDuplicates<T>(rows: Array<RowResult<T>>): Array<RowResult<T>> {
  const seen = new Set<string>()
  return rows.map((r) => {
    if (!r.registryNumber) return r
    if (seen.has(r.registryNumber)) return { line: r.line, registryNumber: r.registryNumber, problems: [...r.problems, 'duplicate'] }
    seen.add(r.registryNumber)
    return r
  })
}
