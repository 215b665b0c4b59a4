import fs from 'node:fs'
import path from 'node:path'

import type { Locale } from '../core/locales'
import { repoRoot } from '../lib/paths'

/** The shapes of content/seed/*.json, written by people, checked here before anything is stored. */
export type Localized = Partial<Record<Locale, string>>
export type LocalizedParagraphs = Partial<Record<Locale, string[]>>

export type RegionSeed = { code: string; kind: 'region' | 'city'; name: Localized; centre: Localized; lat: number; lng: number }
export type OfficeSeed = {
  slug: string
  kind: string
  platformType: string | null
  region: string
  name: Localized
  hostOrganization: Localized
  settlement: Localized
  address: Localized
  lat: number
  lng: number
  phone: string
  email: string
  languages: string[]
  hours: Array<{ day: string; opens: string; closes: string }>
  description: Localized
}
export type EventSeed = {
  slug: string
  kind: string
  format: string
  start: string
  end: string | null
  region: string | null
  office: string | null
  venue: Localized | null
  onlineUrl: string
  audience: Localized
  languages: string[]
  title: Localized
  summary: Localized
  body: LocalizedParagraphs
  speakers: Array<{ name: Localized; role: Localized }>
  capacity: number | null
  registrationOpens: string | null
  registrationCloses: string | null
  registrationEnabled: boolean
  status: string
  outcomes: null | { participants: number; certificates: number | null; summary: Localized }
}
export type PublicationSeed = {
  slug: string
  kind: string
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
  kind: 'professional' | 'public'
  registryNumber: string
  region: string
  offices: string[]
  languages: string[]
  specializations: string[]
  bio: Localized
  publishContacts: boolean
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

export type SeedContent = {
  regions: RegionSeed[]
  offices: OfficeSeed[]
  events: EventSeed[]
  publications: PublicationSeed[]
  mediators: MediatorSeed[]
  openDoorResults: OpenDoorResultSeed[]
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T
}

export function loadSeedContent(dir = path.join(repoRoot, 'content', 'seed')): SeedContent {
  const content: SeedContent = {
    regions: readJson(dir, 'regions.json'),
    offices: readJson(dir, 'offices.json'),
    events: readJson(dir, 'events.json'),
    publications: readJson(dir, 'publications.json'),
    mediators: readJson(dir, 'mediators.json'),
    openDoorResults: readJson(dir, 'open-door-results.json'),
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
  if (problems.length) throw new Error(`Seed content has unknown references:\n${problems.join('\n')}`)
}
