/**
 * The site's one window onto the CMS: every page reads content through these functions, which
 * call Payload's Local API at build time. Only published documents are read, every language at
 * once (`locale: 'all'`), so pages can show which translation is missing.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { getPayload, type Payload, type Where } from 'payload'

import config from '../../cms/payload.config'
import type { LocalizedValue } from '../../cms/core/localize'
import { releasedWhere } from '../../cms/core/embargo'
import { parsePreviewDoc } from '../../cms/core/preview'
import { recordMembership, trackCollection } from './readTracking'

export { hoursByDay, type OpeningPeriod } from '../../cms/core/openingHours'
export { registrationState, type RegistrationState } from '../../cms/core/registration'

import type * as Generated from '../../cms/payload-types'

/**
 * A generated document type as the site reads it (locale 'all', depth 2): the named localized
 * fields hold every language, and the named relations are populated with the given types.
 */
type AllLocales<T, Localized extends keyof T> = Omit<T, Localized> & {
  [K in Localized]-?: LocalizedValue<NonNullable<T[K]>>
}
type Populated<T, Relations extends Partial<Record<keyof T, unknown>>> = Omit<T, keyof Relations> & Relations
type Row<T> = NonNullable<T> extends Array<infer R> ? R : never

/** Slugs are filled by a hook on every save, so every stored document has one. */
type WithSlug<T> = Omit<T, 'slug'> & { slug: string }

export type Region = AllLocales<Generated.Region, 'name' | 'centre'>
export type Office = WithSlug<
  Populated<AllLocales<Generated.Office, 'name' | 'hostOrganization' | 'district' | 'settlement' | 'address' | 'accessibility' | 'description'>, { region: Region }>
>
export type Mediator = WithSlug<
  Populated<AllLocales<Generated.Mediator, 'name' | 'bio'>, { region: Region; offices?: Office[] | null }>
>
export type RichText = LocalizedValue<NonNullable<Generated.Event['body']>>
type Speaker = AllLocales<Row<Generated.Event['speakers']>, 'name' | 'role'>
type EventOutcomes = AllLocales<NonNullable<Generated.Event['outcomes']>, 'summary'>
export type Event = WithSlug<
  Populated<
    AllLocales<Generated.Event, 'title' | 'summary' | 'body' | 'venueAddress' | 'audience'>,
    { region?: Region | null; venueOffice?: Office | null; speakers?: Speaker[] | null; outcomes?: EventOutcomes }
  >
>
type OpenDoorResults = AllLocales<NonNullable<Generated.OpenDoorDay['results']>, 'summary'>
export type OpenDoorDay = WithSlug<
  Populated<
    AllLocales<Generated.OpenDoorDay, 'title' | 'description'>,
    { participatingOffices?: Office[] | null; results?: OpenDoorResults }
  >
>
type Attachment = Populated<AllLocales<Row<Generated.Publication['attachments']>, 'label'>, { file: Generated.Document }>
export type MediaFile = AllLocales<Generated.Media, 'alt' | 'caption'>
type MediaKitImage = Populated<AllLocales<Row<Generated.Publication['mediaKit']>, 'caption'>, { image: MediaFile }>
export type Publication = WithSlug<
  Populated<
    AllLocales<Generated.Publication, 'title' | 'summary' | 'body' | 'pressContact' | 'videoDescription'>,
    { region?: Region | null; attachments?: Attachment[] | null; cover?: MediaFile | null; mediaKit?: MediaKitImage[] | null }
  >
>
type PressContact = AllLocales<Row<Generated.PressContact['contacts']>, 'name'>

export type Indicator = Populated<AllLocales<Generated.Indicator, 'source' | 'periodNote' | 'note'>, { region?: Region | null }>

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

/** Read as the public does: access control on, no user, published versions, every language. */
const publicRead = { locale: 'all', depth: 2, limit: 0, pagination: false, overrideAccess: false, draft: false } as const
const published = { _status: { equals: 'published' } } as const

/**
 * Whether demo records (fictional samples, `demo` ticked) go into this build: only when
 * KELISIM_INCLUDE_DEMO is on, which `npm start` sets for a site on localhost (see cms/scripts/start.ts).
 */
export const includeDemo = () => /^(on|1|true|yes)$/i.test(process.env.KELISIM_INCLUDE_DEMO ?? '')
const realUnlessDemo = (): Where[] => (includeDemo() ? [] : [{ demo: { not_equals: true } }])
const directoryWhere = (extra: Where[] = []): Where => ({ and: [published, ...realUnlessDemo(), ...extra] })

/**
 * Payload types documents as read in one locale; with locale 'all' the localized fields are
 * objects of every language, which is what the types above describe.
 */
function asReadInAllLocales<T>(docs: unknown[]): T[] {
  return docs as T[]
}

/**
 * The finds the build runs, one per collection. Exported so the scale benchmark and the tests that
 * check query plans read exactly what the build reads.
 */
export const buildReads = {
  regions: { collection: 'regions', ...publicRead, sort: 'code' },
  get offices() {
    return { collection: 'offices', ...publicRead, sort: 'slug', where: directoryWhere() } as const
  },
  // Inactive mediators are hidden from the public.
  get mediators() {
    return { collection: 'mediators', ...publicRead, sort: 'slug', where: directoryWhere([{ active: { not_equals: false } }]) } as const
  },
  // The join to registrations is staff data: never read for the site.
  events: { collection: 'events', ...publicRead, sort: '-startsAt', where: published, joins: false },
  'open-door-days': { collection: 'open-door-days', ...publicRead, sort: '-date', where: published },
  // Embargoed publications are left out (the access rule does too): not on the site, in feeds,
  // search or the sitemap before their release time; a release job rebuilds the site then.
  publications: { collection: 'publications', ...publicRead, sort: '-publishedOn', where: releasedWhere(new Date()) },
  // No drafts: every row is public once saved.
  indicators: { collection: 'indicators', ...publicRead, sort: 'key' },
} as const

/**
 * A preview build (cms/publish/build-preview.ts) names one document in KELISIM_PREVIEW_DOC
 * (`<collection>:<id>`): its newest draft, every language, takes the place of the published
 * version, or joins the list when it was never published. The CMS checked before starting the
 * build that the staff member asking may read that draft; the build reads it without a user.
 */
const previewDoc = () => parsePreviewDoc(process.env.KELISIM_PREVIEW_DOC)

/** Whether this build is a draft preview: every page says so in a banner and is `noindex`. */
export const isPreviewBuild = () => previewDoc() !== undefined

async function withPreviewDraft<T>(collection: string, published: T[]): Promise<T[]> {
  const preview = previewDoc()
  if (preview?.collection !== collection) return published
  const draft = (await (await cms()).findByID({
    collection: preview.collection,
    id: preview.id,
    draft: true,
    locale: 'all',
    depth: 2,
    overrideAccess: true,
    // The join to registrations is staff data (see buildReads.events); only events have it.
    ...((preview.collection === 'events' ? { joins: false } : {}) as object),
  })) as unknown as T & { id: unknown }
  const at = published.findIndex((doc) => String((doc as { id?: unknown }).id) === String(draft.id))
  return at >= 0 ? published.with(at, draft) : [...published, draft]
}

// One call per collection: find's signature is generic over the collection, so each read keeps its
// own argument types (a lookup over all six would be a union find cannot take).
const docs = async <T>(found: Promise<{ docs: unknown[] }>) => asReadInAllLocales<T>((await found).docs)
/**
 * A collection's getter: read once per build; the documents note which fields each page reads and
 * a page that asks for the collection notes that it lists it (site/lib/readTracking.ts). A preview
 * build has its document's draft in the list.
 */
function collectionGetter<T>(collection: string, read: (payload: Payload) => Promise<{ docs: unknown[] }>): () => Promise<T[]> {
  return () => {
    recordMembership(collection)
    return once(collection, async () => trackCollection(collection, await withPreviewDraft(collection, await docs<T>(read(await cms())))))
  }
}
export const getRegions = collectionGetter<Region>('regions', (p) => p.find(buildReads.regions))
export const getOffices = collectionGetter<Office>('offices', (p) => p.find(buildReads.offices))
export const getMediators = collectionGetter<Mediator>('mediators', (p) => p.find(buildReads.mediators))
export const getEvents = collectionGetter<Event>('events', (p) => p.find(buildReads.events))
export const getOpenDoorDays = collectionGetter<OpenDoorDay>('open-door-days', (p) => p.find(buildReads['open-door-days']))
export const getIndicators = collectionGetter<Indicator>('indicators', (p) => p.find(buildReads.indicators))
export const getPublications = collectionGetter<Publication>('publications', (p) => p.find(buildReads.publications))

/** The network's press contacts (organizational only), every language. */
export const getPressContacts = () =>
  once('press-contacts', async () => {
    const global = await (await cms()).findGlobal({ slug: 'press-contacts', locale: 'all', depth: 0, overrideAccess: false })
    return ((global.contacts ?? []) as unknown as PressContact[]).filter((c) => c.email || c.phone)
  })

/** Rich text to HTML. Lexical's converter escapes text, so the result is safe to set as HTML. */
export function richTextToHtml(value: SerializedEditorState | null | undefined): string {
  if (!value?.root) return ''
  return convertLexicalToHTML({ data: value, disableContainer: true })
}
