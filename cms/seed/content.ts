import fs from 'node:fs'
import path from 'node:path'

import { isLocale, locales, type Locale } from '../core/locales'
import {
  eventFormats,
  eventKinds,
  eventStatuses,
  mediatorKinds,
  officeKinds,
  platformTypes,
  publicationKinds,
  specializations,
  weekdays,
  type EventFormat,
  type EventKind,
  type EventStatus,
  type MediatorKind,
  type OfficeKind,
  type PlatformType,
  type PublicationKind,
  type Specialization,
  type Weekday,
} from '../core/vocabulary'
import type { Quarter } from '../core/openDoorDays'
import { indicatorMetrics, type IndicatorMetric } from '../core/statistics'
import { repoRoot } from '../lib/paths'
import type { Region } from '../payload-types'

/** The shapes of content/seed/*.json, written by people, checked here before anything is stored. */
export type Localized = Partial<Record<Locale, string>>
export type LocalizedParagraphs = Partial<Record<Locale, string[]>>

// Regions' kinds are not a site vocabulary (the site never labels them); the schema is the reference.
const regionKinds = ['region', 'city'] as const satisfies ReadonlyArray<Region['kind']>
export type RegionKind = (typeof regionKinds)[number]

export type RegionSeed = { code: string; kind: RegionKind; name: Localized; centre: Localized; lat: number; lng: number }
export type OpeningHoursSeed = { day: Weekday; opens: string; closes: string }
export type OfficeSeed = {
  slug: string
  kind: OfficeKind
  platformType: PlatformType | null
  region: string
  name: Localized
  hostOrganization: Localized
  settlement: Localized
  /** Only a street address found in the client's documents; null when unverified. */
  address: Localized | null
  lat: number
  lng: number
  phone: string
  email: string
  languages: Locale[]
  hours: OpeningHoursSeed[]
  description: Localized
  /** A fictional sample: shown only when KELISIM_INCLUDE_DEMO is on. */
  demo?: boolean
}
export type EventSeed = {
  slug: string
  kind: EventKind
  format: EventFormat
  start: string
  end: string | null
  region: string | null
  office: string | null
  venue: Localized | null
  onlineUrl: string
  audience: Localized
  languages: Locale[]
  title: Localized
  summary: Localized
  body: LocalizedParagraphs
  speakers: Array<{ name: Localized; role: Localized }>
  capacity: number | null
  registrationOpens: string | null
  registrationCloses: string | null
  registrationEnabled: boolean
  status: EventStatus
  outcomes: null | { participants: number; certificates: number | null; summary: Localized }
}
export type PublicationSeed = {
  slug: string
  kind: PublicationKind
  date: string
  title: Localized
  summary: Localized
  body: LocalizedParagraphs
  region: string | null
  pressContact: Localized
}
export type MediatorSeed = {
  slug: string
  name: Localized
  kind: MediatorKind
  registryNumber: string
  region: string
  offices: string[]
  languages: Locale[]
  specializations: Specialization[]
  bio: Localized
  publishContacts: boolean
  demo?: boolean
}
export type OpenDoorResultSeed = {
  date: string
  offices: number
  platforms: number
  mediators: number
  professional: number
  public: number
  appeals: number
  agreements: number
  consultations: number
  pending: number
  summary: Localized
}

/** A row of the network's indicators: only figures a document gives (content/seed/indicators.json). */
export type IndicatorSeed = {
  /** A region code, or null for the whole country. */
  region: string | null
  year: number
  /** null: the figures describe a whole year. */
  quarter: Quarter | null
  source: Localized
  periodNote: Localized
  note: Localized
  values: Partial<Record<IndicatorMetric, number>>
}

/** Texts every open-door day shares; {{quarter}} and {{year}} are filled per day. */
export type OpenDoorDayTexts = { title: Localized; description: Localized }

export type SeedContent = {
  openDoorDayTexts: OpenDoorDayTexts
  regions: RegionSeed[]
  offices: OfficeSeed[]
  events: EventSeed[]
  publications: PublicationSeed[]
  mediators: MediatorSeed[]
  openDoorResults: OpenDoorResultSeed[]
  indicators: IndicatorSeed[]
}

// The files as people write them: vocabulary values and language codes are plain strings until
// `loadSeedContent` has checked them, so the narrower types above are earned, not assumed.
type RegionAsWritten = Omit<RegionSeed, 'kind'> & { kind: string }
type OfficeAsWritten = Omit<OfficeSeed, 'kind' | 'platformType' | 'languages' | 'hours'> & {
  kind: string
  platformType: string | null
  languages: string[]
  hours: Array<{ day: string; opens: string; closes: string }>
}
type EventAsWritten = Omit<EventSeed, 'kind' | 'format' | 'status' | 'languages'> & { kind: string; format: string; status: string; languages: string[] }
type PublicationAsWritten = Omit<PublicationSeed, 'kind'> & { kind: string }
type MediatorAsWritten = Omit<MediatorSeed, 'kind' | 'languages' | 'specializations'> & { kind: string; languages: string[]; specializations: string[] }

/** A seed file and one record in it, named the way a person editing the JSON would look for it. */
type Where = { file: string; record: string }

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.some((v) => v === value)
}

/** The value itself when it is in the vocabulary; otherwise an error saying where and what is allowed. */
function inVocabulary<T extends string>(values: readonly T[], value: unknown, field: string, where: Where): T {
  if (isOneOf(values, value)) return value
  throw new Error(`${where.file}, ${where.record}: ${field} ${JSON.stringify(value)} is not one of ${values.join(', ')}`)
}

function languageCodes(values: string[], field: string, where: Where): Locale[] {
  return values.map((value) => {
    if (isLocale(value)) return value
    throw new Error(`${where.file}, ${where.record}: ${field} ${JSON.stringify(value)} is not one of ${locales.join(', ')}`)
  })
}

/** Reads one seed file; `check` turns each record as written into its checked shape. */
function readSeedFile<Written, Checked>(dir: string, file: string, recordName: (r: Written) => string, check: (r: Written, where: Where) => Checked): Checked[] {
  const fullPath = path.join(dir, file)
  // The structure (field names, JSON types) is taken as written and covered by the seed content
  // tests; the values the schema narrows further are what `check` verifies.
  const records: Written[] = JSON.parse(fs.readFileSync(fullPath, 'utf8'))
  if (!Array.isArray(records)) throw new Error(`${fullPath}: expected a list of records`)
  return records.map((r) => check(r, { file: fullPath, record: recordName(r) }))
}

export function loadSeedContent(dir = path.join(repoRoot, 'content', 'seed')): SeedContent {
  const content: SeedContent = {
    openDoorDayTexts: JSON.parse(fs.readFileSync(path.join(dir, 'open-door-day-texts.json'), 'utf8')),
    regions: readSeedFile(dir, 'regions.json', (r: RegionAsWritten) => `region ${r.code}`, (r, where) => ({
      ...r,
      kind: inVocabulary(regionKinds, r.kind, 'kind', where),
    })),
    offices: readSeedFile(dir, 'offices.json', (o: OfficeAsWritten) => `office ${o.slug}`, (o, where) => ({
      ...o,
      kind: inVocabulary(officeKinds, o.kind, 'kind', where),
      platformType: o.platformType === null ? null : inVocabulary(platformTypes, o.platformType, 'platformType', where),
      languages: languageCodes(o.languages, 'languages', where),
      hours: o.hours.map((h) => ({ ...h, day: inVocabulary(weekdays, h.day, 'hours.day', where) })),
    })),
    events: readSeedFile(dir, 'events.json', (e: EventAsWritten) => `event ${e.slug}`, (e, where) => ({
      ...e,
      kind: inVocabulary(eventKinds, e.kind, 'kind', where),
      format: inVocabulary(eventFormats, e.format, 'format', where),
      status: inVocabulary(eventStatuses, e.status, 'status', where),
      languages: languageCodes(e.languages, 'languages', where),
    })),
    publications: readSeedFile(dir, 'publications.json', (p: PublicationAsWritten) => `publication ${p.slug}`, (p, where) => ({
      ...p,
      kind: inVocabulary(publicationKinds, p.kind, 'kind', where),
    })),
    mediators: readSeedFile(dir, 'mediators.json', (m: MediatorAsWritten) => `mediator ${m.slug}`, (m, where) => ({
      ...m,
      kind: inVocabulary(mediatorKinds, m.kind, 'kind', where),
      languages: languageCodes(m.languages, 'languages', where),
      specializations: m.specializations.map((s) => inVocabulary(specializations, s, 'specializations', where)),
    })),
    openDoorResults: readSeedFile(dir, 'open-door-results.json', (r: OpenDoorResultSeed) => `open-door result ${r.date}`, (r) => r),
    indicators: readSeedFile(dir, 'indicators.json', (r: IndicatorSeed) => `indicators ${r.region ?? 'kz'} ${r.year} Q${r.quarter ?? '-'}`, (r, where) => {
      for (const name of Object.keys(r.values)) inVocabulary(indicatorMetrics, name, 'values', where)
      if (r.quarter !== null && ![1, 2, 3, 4].includes(r.quarter)) throw new Error(`${where.file}, ${where.record}: quarter must be 1–4 or null`)
      return r
    }),
  }
  checkReferences(content)
  return content
}

/** Fails before writing anything if a seed file points at a region or office that isn't there. */
export function checkReferences(content: SeedContent): void {
  const regions = new Set(content.regions.map((r) => r.code))
  const offices = new Set(content.offices.map((o) => o.slug))
  const problems: string[] = []
  for (const o of content.offices) if (!regions.has(o.region)) problems.push(`office ${o.slug}: region ${o.region}`)
  for (const e of content.events) {
    if (e.region && !regions.has(e.region)) problems.push(`event ${e.slug}: region ${e.region}`)
    if (e.office && !offices.has(e.office)) problems.push(`event ${e.slug}: office ${e.office}`)
  }
  for (const p of content.publications) if (p.region && !regions.has(p.region)) problems.push(`publication ${p.slug}: region ${p.region}`)
  for (const m of content.mediators) {
    if (!regions.has(m.region)) problems.push(`mediator ${m.slug}: region ${m.region}`)
    for (const o of m.offices) if (!offices.has(o)) problems.push(`mediator ${m.slug}: office ${o}`)
  }
  for (const i of content.indicators) if (i.region && !regions.has(i.region)) problems.push(`indicators ${i.year}: region ${i.region}`)
  if (problems.length) throw new Error(`Seed content has unknown references:\n${problems.join('\n')}`)
}
