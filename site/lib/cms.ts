/**
 * The site's one window onto the CMS: every page reads content through these functions, which
 * call Payload's Local API at build time. Only published documents are read, every language at
 * once (`locale: 'all'`), so pages can show which translation is missing.
 */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { getPayload, type Payload } from 'payload'

import config from '../../cms/payload.config'
import type { LocalizedValue } from './localize'

export { hoursByDay, type OpeningPeriod } from '../../cms/lib/openingHours'
export { registrationState, type RegistrationState } from '../../cms/lib/registration'

type L<T = string> = LocalizedValue<T>
type Id = string | number

export type Region = { id: Id; code: string; kind: 'region' | 'city'; name: L; centre?: L; lat: number; lng: number }

export type Office = {
  id: Id
  slug: string
  name: L
  kind: 'house-of-friendship' | 'university' | 'dialogue-platform'
  platformType?: string | null
  hostOrganization?: L
  region: Region
  settlement: L
  address: L
  lat?: number | null
  lng?: number | null
  hours?: Array<{ day: string; opens: string; closes: string }> | null
  phone?: string | null
  email?: string | null
  languages?: string[] | null
  description?: L
}

export type Mediator = {
  id: Id
  slug: string
  name: L
  kind: 'professional' | 'public'
  registryNumber?: string | null
  region: Region
  offices?: Office[] | null
  languages?: string[] | null
  specializations?: string[] | null
  bio?: L
  publishContacts?: boolean | null
  phone?: string | null
  email?: string | null
}

export type RichText = L<Record<string, unknown>>

export type Event = {
  id: Id
  slug: string
  title: L
  kind: string
  format: 'offline' | 'online' | 'hybrid'
  status: 'scheduled' | 'postponed' | 'cancelled'
  startsAt: string
  endsAt?: string | null
  summary?: L
  body?: RichText
  region?: Region | null
  venueOffice?: Office | null
  venueAddress?: L
  onlineUrl?: string | null
  audience?: L
  languages?: string[] | null
  speakers?: Array<{ id?: string; name: L; role?: L }> | null
  registration?: { enabled?: boolean | null; capacity?: number | null; opensAt?: string | null; closesAt?: string | null } | null
  outcomes?: { participants?: number | null; certificatesIssued?: number | null; summary?: L } | null
  updatedAt: string
}

export type OpenDoorDay = {
  id: Id
  slug: string
  title: L
  date: string
  opens: string
  closes: string
  allOffices?: boolean | null
  participatingOffices?: Office[] | null
  onlineUrl?: string | null
  description?: L
  results?: {
    offices?: number | null
    platforms?: number | null
    mediators?: number | null
    appeals?: number | null
    agreements?: number | null
    consultations?: number | null
    pending?: number | null
    summary?: L
  } | null
  updatedAt: string
}

export type Publication = {
  id: Id
  slug: string
  title: L
  kind: string
  publishedOn: string
  summary?: L
  body?: RichText
  region?: Region | null
  videoUrl?: string | null
  pressContact?: L
  attachments?: Array<{ id?: string; label?: L; file: { url?: string | null; filename?: string | null; filesize?: number | null } }> | null
  updatedAt: string
}

let payloadPromise: Promise<Payload> | undefined
function cms(): Promise<Payload> {
  payloadPromise ??= getPayload({ config })
  return payloadPromise
}

const memo = new Map<string, Promise<unknown>>()
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, load())
  return memo.get(key) as Promise<T>
}

type PublicCollection = 'regions' | 'offices' | 'mediators' | 'events' | 'open-door-days' | 'publications'

async function findAll<T>(collection: PublicCollection, sort: string, drafts = true): Promise<T[]> {
  const payload = await cms()
  const result = await payload.find({
    collection,
    locale: 'all',
    depth: 2,
    limit: 0,
    pagination: false,
    sort,
    // Read as the public does: access control on, no user, published versions only.
    overrideAccess: false,
    draft: false,
    joins: false,
    ...(drafts ? { where: { _status: { equals: 'published' } } } : {}),
  })
  return result.docs as unknown as T[]
}

export const getRegions = () => once('regions', () => findAll<Region>('regions', 'code', false))
export const getOffices = () => once('offices', () => findAll<Office>('offices', 'slug'))
export const getMediators = () => once('mediators', () => findAll<Mediator>('mediators', 'slug'))
export const getEvents = () => once('events', () => findAll<Event>('events', '-startsAt'))
export const getOpenDoorDays = () => once('open-door-days', () => findAll<OpenDoorDay>('open-door-days', '-date'))
export const getPublications = () => once('publications', () => findAll<Publication>('publications', '-publishedOn'))

/** Rich text to HTML. Lexical's converter escapes text, so the result is safe to set as HTML. */
export function richTextToHtml(value: Record<string, unknown> | null | undefined): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToHTML({ data: value as never, disableContainer: true })
}
