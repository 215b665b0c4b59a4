import crypto from 'node:crypto'
import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises'
import type { CollectionSlug, DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
// The partial type Payload's update declares for `data` (payload depends on ts-essentials and does
// not re-export it): a language's fields on their own.
import type { DeepPartial } from 'ts-essentials'

import { withoutSideEffects } from '../core/context'
import { otherLocalesContext } from '../lib/everyLocaleOnCreate'
import { locales, type Locale } from '../core/locales'
import { fillMessage } from '../core/messages'
import { paragraphsToLexical } from '../lib/lexical'
import { almatyLocalToDate, siteTimeZone } from '../core/time'
import { openDoorDayStart, openDoorDaysSince, quarterOf, upcomingOpenDoorDays, type Quarter } from '../core/openDoorDays'
import { indicatorKey, periodKey } from '../core/statistics'
import { loadSeedContent, type Localized, type LocalizedParagraphs, type SeedContent } from './content'

const context = { ...withoutSideEffects }

export type SeedReport = Record<string, { created: number; existing: number }>

/** Kazakhstan wall time 'YYYY-MM-DDTHH:MM' (or a date) to an ISO instant. */
export function almatyToIso(local: string, timeIfDateOnly = '00:00'): string {
  return almatyLocalToDate(local, timeIfDateOnly).toISOString()
}

function pick(value: Localized | null | undefined, locale: Locale): string | undefined {
  return value?.[locale] || undefined
}

/** A text the schema requires: missing in the language a document is created in, the seed stops and says which. */
function pickRequired(value: Localized | null | undefined, locale: Locale, what: string): string {
  const text = pick(value, locale)
  if (!text) throw new Error(`Seed: ${what} has no ${locale} text, and the schema requires it`)
  return text
}

function pickBody(value: LocalizedParagraphs | null | undefined, locale: Locale) {
  const paragraphs = value?.[locale]
  return paragraphs?.length ? paragraphsToLexical(paragraphs) : undefined
}

/** The first locale a document has (normally kk), used to create it; the others are updates. */
function creationOrder(title: Localized): [Locale, ...Locale[]] {
  const [first, ...rest] = locales.filter((l) => title[l])
  if (!first) throw new Error(`A seed document has no title in any language: ${JSON.stringify(title)}`)
  return [first, ...rest]
}

/**
 * The id type Payload returns for this collection. The generated types say `number` (they are
 * generated against SQLite); on MongoDB the same value is a string. The seed only passes ids it
 * got from Payload back to Payload, so either works at run time.
 */
type IdOf<C extends CollectionSlug> = DataFromCollectionSlug<C>['id']

/** Ids of seeded documents by their seed key (region code, office slug), for relationships. */
class SeedIds<C extends CollectionSlug> {
  private readonly ids = new Map<string, IdOf<C>>()
  constructor(private readonly collection: C) {}
  set(key: string, id: IdOf<C>): void {
    this.ids.set(key, id)
  }
  /** A relationship the seed names must exist: an unknown key stops the seed instead of leaving the field empty. */
  get(key: string, referencedBy: string): IdOf<C> {
    const id = this.ids.get(key)
    if (id === undefined) throw new Error(`Seed: ${referencedBy} refers to ${this.collection} "${key}", which the seed did not create or find`)
    return id
  }
}

// Collections with drafts get `_status`. A seeded document is public, so every write to them has to
// say `_status: 'published'`: the type makes a forgotten one fail the type check, not hide a draft.
type HasDrafts<C extends CollectionSlug> = '_status' extends keyof DataFromCollectionSlug<C> ? true : false
type Published<C extends CollectionSlug> = HasDrafts<C> extends true ? { _status: 'published' } : unknown
const published = { _status: 'published' } as const

/**
 * A document's localized fields, written once and spread into both its creation and its
 * translations. `satisfies Fields<C>` on that object keeps a misspelt field name from slipping
 * through a spread, where TypeScript checks no excess properties.
 */
type Fields<C extends CollectionSlug> = Partial<RequiredDataFromCollectionSlug<C>>

/** What another language writes: partial data, as an update of that language would take. */
type TranslationData<C extends CollectionSlug> = DeepPartial<RequiredDataFromCollectionSlug<C>>

type SeedDocument<C extends CollectionSlug> = {
  collection: C
  /** The field that finds the document again on the next run (a unique code or slug). */
  key: { field: keyof DataFromCollectionSlug<C> & string; value: string }
  /** Decides the languages: the document is created in the first one it has a title in. */
  title: Localized
  /** Every field the schema requires, in the language the document is created in. */
  create: (locale: Locale) => RequiredDataFromCollectionSlug<C> & Published<C>
  /** Another language's localized fields, shaped like `create`'s (array rows in the same order). */
  translate: (locale: Locale) => TranslationData<C> & Published<C>
}

/**
 * Creates a document that is missing, in every language it has. A document that already exists
 * is left exactly as it is: editors' changes win over the seed, and a second run changes nothing.
 */
/** Called after each document is stored or found: imports and benchmarks show progress with it. */
export type SeedProgress = (collection: CollectionSlug, outcome: 'created' | 'existing') => void
export type SeedRun = {
  report: SeedReport
  progress?: SeedProgress
  /** The keys already stored, per collection, read once per run (see existingKeys). */
  known?: Map<CollectionSlug, Promise<Map<string, number | string>>>
}

/**
 * Every stored key of a collection with its id, in one query per run instead of one lookup per
 * document. Every document, draft or published, has its row in the collection's own table, so
 * this reads that table (never the versions table, which grows with every save).
 */
function existingKeys(payload: Payload, run: SeedRun, collection: CollectionSlug, field: string): Promise<Map<string, number | string>> {
  run.known ??= new Map()
  let keys = run.known.get(collection)
  if (!keys) {
    keys = payload
      .find({ collection, select: { [field]: true } as never, limit: 0, pagination: false, depth: 0, draft: false, overrideAccess: true })
      .then(({ docs }) => new Map((docs as Array<Record<string, unknown> & { id: number | string }>).map((doc) => [String(doc[field]), doc.id])))
    run.known.set(collection, keys)
  }
  return keys
}

async function upsert<C extends CollectionSlug>(payload: Payload, run: SeedRun, item: SeedDocument<C>): Promise<IdOf<C>> {
  const { report, progress } = run
  const tally = (report[item.collection] ??= { created: 0, existing: 0 })
  const known = await existingKeys(payload, run, item.collection, item.key.field)
  const existing = known.get(item.key.value)
  if (existing !== undefined) {
    tally.existing++
    progress?.(item.collection, 'existing')
    return existing as IdOf<C>
  }
  const [first, ...rest] = creationOrder(item.title)
  // One create stores every language (cms/lib/everyLocaleOnCreate.ts): a create and two updates
  // cost about three times as much. depth 0: the seed needs the stored document's id, not its
  // relations, which would cost queries that grow with each document's links.
  const translations = Object.fromEntries(rest.map((locale) => [locale, item.translate(locale) as Record<string, unknown>]))
  const created = await payload.create({
    collection: item.collection,
    locale: first,
    data: item.create(first),
    depth: 0,
    overrideAccess: true,
    context: { ...context, ...otherLocalesContext(item.collection, translations) },
  })
  known.set(item.key.value, created.id)
  tally.created++
  progress?.(item.collection, 'created')
  // The SQLite driver answers synchronously, so a whole import can run as one chain of resolved
  // promises that never returns to the event loop; the native memory of every prepared statement
  // is released only there (N-API finalizers). Without this turn the process grew by about a
  // megabyte per document.
  await nextTurnOfEventLoop()
  return created.id
}

export async function ensureAdminUser(payload: Payload): Promise<{ email: string; password?: string } | null> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return null
  const email = process.env.KELISIM_ADMIN_EMAIL || 'admin@kelisim.local'
  const given = process.env.KELISIM_ADMIN_PASSWORD
  const password = given || crypto.randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', roles: ['admin'] },
    overrideAccess: true,
    context,
  })
  return { email, password: given ? undefined : password }
}

export async function seed(
  payload: Payload,
  content: SeedContent = loadSeedContent(),
  now = new Date(),
  progress?: SeedProgress,
): Promise<SeedReport> {
  const report: SeedReport = {}
  const run: SeedRun = { report, progress }
  const regionIds = new SeedIds('regions')
  const officeIds = new SeedIds('offices')

  for (const r of content.regions) {
    const texts = (l: Locale) => ({ name: pick(r.name, l), centre: pick(r.centre, l) }) satisfies Fields<'regions'>
    const id = await upsert(payload, run, {
      collection: 'regions',
      key: { field: 'code', value: r.code },
      title: r.name,
      create: (l) => ({ code: r.code, kind: r.kind, lat: r.lat, lng: r.lng, ...texts(l), name: pickRequired(r.name, l, `region ${r.code} name`) }),
      translate: texts,
    })
    regionIds.set(r.code, id)
  }

  for (const o of content.offices) {
    const what = `office ${o.slug}`
    const texts = (l: Locale) => ({
      name: pick(o.name, l),
      hostOrganization: pick(o.hostOrganization, l),
      settlement: pick(o.settlement, l),
      address: o.address ? pick(o.address, l) : undefined,
      description: pick(o.description, l),
    }) satisfies Fields<'offices'>
    const id = await upsert(payload, run, {
      collection: 'offices',
      key: { field: 'slug', value: o.slug },
      title: o.name,
      create: (l) => ({
        ...published,
        slug: o.slug,
        kind: o.kind,
        platformType: o.platformType ?? undefined,
        region: regionIds.get(o.region, what),
        lat: o.lat,
        lng: o.lng,
        hours: o.hours,
        phone: o.phone || undefined,
        email: o.email || undefined,
        languages: o.languages,
        demo: o.demo ?? false,
        ...texts(l),
        name: pickRequired(o.name, l, `${what} name`),
        settlement: pickRequired(o.settlement, l, `${what} settlement`),
      }),
      translate: (l) => ({ ...published, ...texts(l) }),
    })
    officeIds.set(o.slug, id)
  }

  for (const m of content.mediators) {
    const what = `mediator ${m.slug}`
    const texts = (l: Locale) => ({ name: pick(m.name, l), bio: pick(m.bio, l) }) satisfies Fields<'mediators'>
    await upsert(payload, run, {
      collection: 'mediators',
      key: { field: 'slug', value: m.slug },
      title: m.name,
      create: (l) => ({
        ...published,
        slug: m.slug,
        kind: m.kind,
        registryNumber: m.registryNumber,
        region: regionIds.get(m.region, what),
        offices: m.offices.map((slug) => officeIds.get(slug, what)),
        languages: m.languages,
        specializations: m.specializations,
        // Contacts are published only with a mediator's written consent, which the seed never has.
        publishContacts: false,
        demo: m.demo ?? false,
        ...texts(l),
        name: pickRequired(m.name, l, `${what} name`),
      }),
      translate: (l) => ({ ...published, ...texts(l) }),
    })
  }

  for (const e of content.events) {
    const what = `event ${e.slug}`
    const speakerName = (name: Localized, l: Locale) => pick(name, l) ?? pickRequired(name, 'ru', `a speaker of ${what}`)
    const texts = (l: Locale) => ({
      title: pick(e.title, l),
      summary: pick(e.summary, l),
      body: pickBody(e.body, l),
      venueAddress: pick(e.venue, l),
      audience: pick(e.audience, l),
      speakers: e.speakers.map((s) => ({ name: speakerName(s.name, l), role: pick(s.role, l) })),
      // A group is written whole: its numbers go with each language's summary.
      ...(e.outcomes && {
        outcomes: {
          participants: e.outcomes.participants,
          certificatesIssued: e.outcomes.certificates ?? undefined,
          summary: pick(e.outcomes.summary, l),
        },
      }),
    }) satisfies Fields<'events'>
    await upsert(payload, run, {
      collection: 'events',
      key: { field: 'slug', value: e.slug },
      title: e.title,
      create: (l) => ({
        ...published,
        slug: e.slug,
        kind: e.kind,
        format: e.format,
        status: e.status,
        startsAt: almatyToIso(e.start),
        // The seed's times are Kazakhstan wall times; Payload would default to the same zone.
        startsAt_tz: siteTimeZone,
        endsAt: e.end ? almatyToIso(e.end) : undefined,
        region: e.region ? regionIds.get(e.region, what) : undefined,
        venueOffice: e.office ? officeIds.get(e.office, what) : undefined,
        onlineUrl: e.onlineUrl || undefined,
        languages: e.languages,
        registration: {
          enabled: e.registrationEnabled,
          capacity: e.capacity ?? undefined,
          opensAt: e.registrationOpens ? almatyToIso(e.registrationOpens) : undefined,
          closesAt: e.registrationCloses ? almatyToIso(e.registrationCloses, '23:59') : undefined,
        },
        ...texts(l),
        title: pickRequired(e.title, l, `${what} title`),
      }),
      translate: (l) => ({ ...published, ...texts(l) }),
    })
  }

  for (const p of content.publications) {
    const texts = (l: Locale) => ({
      title: pick(p.title, l),
      summary: pick(p.summary, l),
      body: pickBody(p.body, l),
      pressContact: pick(p.pressContact, l),
    }) satisfies Fields<'publications'>
    await upsert(payload, run, {
      collection: 'publications',
      key: { field: 'slug', value: p.slug },
      title: p.title,
      create: (l) => ({
        ...published,
        slug: p.slug,
        kind: p.kind,
        publishedOn: almatyToIso(p.date, '09:00'),
        region: p.region ? regionIds.get(p.region, `publication ${p.slug}`) : undefined,
        ...texts(l),
        title: pickRequired(p.title, l, `publication ${p.slug} title`),
      }),
      translate: (l) => ({ ...published, ...texts(l) }),
    })
  }

  await seedOpenDoorDays(payload, content, now, run)
  await seedIndicators(payload, content, run, regionIds)
  return report
}

/**
 * The network's figures as the documents give them, one row per scope and period. Event outcomes
 * and open-door day results are not copied here: the statistics views roll them up.
 */
async function seedIndicators(payload: Payload, content: SeedContent, run: SeedRun, regionIds: SeedIds<'regions'>) {
  for (const row of content.indicators) {
    const period = { year: row.year, quarter: row.quarter }
    const what = `indicators ${periodKey(period)}`
    const texts = (l: Locale) => ({ source: pick(row.source, l), periodNote: pick(row.periodNote, l), note: pick(row.note, l) }) satisfies Fields<'indicators'>
    await upsert(payload, run, {
      collection: 'indicators',
      key: { field: 'key', value: indicatorKey(row.region, period) },
      title: row.source,
      create: (l) => ({
        region: row.region ? regionIds.get(row.region, what) : undefined,
        year: row.year,
        quarter: row.quarter ? (String(row.quarter) as '1' | '2' | '3' | '4') : undefined,
        ...row.values,
        ...texts(l),
        source: pickRequired(row.source, l, `${what} source`),
      }),
      translate: texts,
    })
  }
}

/**
 * The open-door day series: every quarter's day from the first one the reports describe (Q3 2023)
 * to today, by the rule, results only where the reports give them, and the next four.
 */
export async function seedOpenDoorDays(payload: Payload, content: SeedContent, now: Date, run: SeedRun) {
  const days = new Map<string, { year: number; quarter: Quarter; result?: (typeof content.openDoorResults)[number] }>()
  for (const result of content.openDoorResults) {
    const { year, quarter } = quarterOf(new Date(`${result.date}T12:00:00+05:00`))
    days.set(result.date, { year, quarter, result })
  }
  for (const d of openDoorDaysSince(2023, 3, now)) if (!days.has(d.date)) days.set(d.date, { year: d.year, quarter: d.quarter })
  for (const d of upcomingOpenDoorDays(now, 4)) days.set(d.date, { year: d.year, quarter: d.quarter })

  for (const [date, { year, quarter, result }] of [...days].sort()) {
    const title = (l: Locale) => fillMessage(pick(content.openDoorDayTexts.title, l) ?? '', { quarter, year })
    const texts = (l: Locale) => ({
      title: title(l),
      description: pick(content.openDoorDayTexts.description, l),
      ...(result && { results: { ...resultNumbers(result), summary: pick(result.summary, l) } }),
    }) satisfies Fields<'open-door-days'>
    const slug = `open-door-day-${year}-q${quarter}`
    await upsert(payload, run, {
      collection: 'open-door-days',
      key: { field: 'slug', value: slug },
      title: Object.fromEntries(locales.map((l) => [l, title(l)])),
      create: (l) => ({ ...published, slug, date: openDoorDayStart(date), opens: '10:00', closes: '18:00', allOffices: true, ...texts(l) }),
      translate: (l) => ({ ...published, ...texts(l) }),
    })
  }
}

function resultNumbers(r: SeedContent['openDoorResults'][number]): Fields<'open-door-days'>['results'] {
  const { offices, platforms, mediators, appeals, agreements, consultations, pending } = r
  return { offices, platforms, mediators, appeals, agreements, consultations, pending }
}
