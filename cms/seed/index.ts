import crypto from 'node:crypto'
import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises'
import type { CollectionSlug, Payload } from 'payload'

import { withoutSideEffects } from '../core/context'
import { locales, type Locale } from '../core/locales'
import { paragraphsToLexical } from '../lib/lexical'
import { almatyLocalToDate } from '../core/time'
import { openDoorDayStart, quarterOf, upcomingOpenDoorDays, type Quarter } from '../core/openDoorDays'
import { loadSeedContent, type Localized, type LocalizedParagraphs, type SeedContent } from './content'

const context = { ...withoutSideEffects }

export type SeedReport = Record<string, { created: number; existing: number }>

/** Called after each document is stored or found: imports and benchmarks show progress with it. */
export type SeedProgress = (collection: CollectionSlug, outcome: 'created' | 'existing') => void

/** Kazakhstan wall time 'YYYY-MM-DDTHH:MM' (or a date) to an ISO instant. */
export function almatyToIso(local: string, timeIfDateOnly = '00:00'): string {
  return almatyLocalToDate(local, timeIfDateOnly).toISOString()
}

function pick(value: Localized | null | undefined, locale: Locale): string | undefined {
  return value?.[locale] || undefined
}

function pickBody(value: LocalizedParagraphs | null | undefined, locale: Locale) {
  const paragraphs = value?.[locale]
  return paragraphs?.length ? paragraphsToLexical(paragraphs) : undefined
}

/** The first locale a document has (normally kk), used to create it; the others are updates. */
function creationOrder(title: Localized): Locale[] {
  const available = locales.filter((l) => title[l])
  if (!available.length) throw new Error(`A seed document has no title in any language: ${JSON.stringify(title)}`)
  return available
}

type Upsert = {
  collection: CollectionSlug
  key: { field: string; value: string }
  title: Localized
  base: Record<string, unknown>
  localized: (locale: Locale, existing: Record<string, unknown> | null) => Record<string, unknown>
  drafts: boolean
}

/**
 * Creates a document that is missing, in every language it has. A document that already exists
 * is left exactly as it is: editors' changes win over the seed, and a second run changes nothing.
 */
async function upsert(payload: Payload, item: Upsert, report: SeedReport, progress?: SeedProgress): Promise<string | number> {
  const tally = (report[item.collection] ??= { created: 0, existing: 0 })
  // Every document, draft or published, has its row in the collection's own table, so the
  // existence check reads that table through the key's unique index; reading drafts would search
  // the versions table, which grows with every save. One row, one column, no count.
  const found = await payload.find({
    collection: item.collection,
    where: { [item.key.field]: { equals: item.key.value } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { [item.key.field]: true },
    draft: false,
    overrideAccess: true,
  })
  if (found.docs[0]) {
    tally.existing++
    progress?.(item.collection, 'existing')
    return found.docs[0].id
  }
  const [first, ...rest] = creationOrder(item.title)
  const status = item.drafts ? { _status: 'published' } : {}
  const created = await payload.create({
    collection: item.collection,
    locale: first,
    data: { ...item.base, ...item.localized(first!, null), ...status } as never,
    // The seed needs the stored document's ids, not its relations: populating regions and offices
    // on every write would cost queries that grow with each document's links.
    depth: 0,
    overrideAccess: true,
    context,
  })
  let current = created as unknown as Record<string, unknown>
  for (const locale of rest) {
    current = (await payload.update({
      collection: item.collection,
      id: created.id,
      locale,
      data: { ...item.localized(locale, current), ...status } as never,
      depth: 0,
      overrideAccess: true,
      context,
    })) as unknown as Record<string, unknown>
  }
  tally.created++
  progress?.(item.collection, 'created')
  // The SQLite driver answers synchronously, so a whole import can run as one chain of resolved
  // promises that never returns to the event loop; the native memory of every prepared statement
  // is released only there (N-API finalizers). Without this turn the process grew by about a
  // megabyte per document.
  await nextTurnOfEventLoop()
  return created.id
}

/** Keeps the ids of array rows so later languages fill the same rows instead of replacing them. */
function rowsFor<T>(rows: T[], existing: Record<string, unknown> | null, field: string, fill: (row: T) => Record<string, unknown>) {
  const current = (existing?.[field] as Array<{ id?: string }> | undefined) ?? []
  return rows.map((row, i) => ({ ...(current[i]?.id ? { id: current[i]!.id } : {}), ...fill(row) }))
}

export async function ensureAdminUser(payload: Payload): Promise<{ email: string; password?: string } | null> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return null
  const email = process.env.KELISIM_ADMIN_EMAIL || 'admin@kelisim.local'
  const given = process.env.KELISIM_ADMIN_PASSWORD
  const password = given || crypto.randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', roles: ['admin'] } as never,
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
  const regionIds = new Map<string, string | number>()
  const officeIds = new Map<string, string | number>()

  for (const r of content.regions) {
    const id = await upsert(
      payload,
      {
        collection: 'regions',
        key: { field: 'code', value: r.code },
        title: r.name,
        drafts: false,
        base: { code: r.code, kind: r.kind, lat: r.lat, lng: r.lng },
        localized: (l) => ({ name: pick(r.name, l), centre: pick(r.centre, l) }),
      },
      report,
      progress,
    )
    regionIds.set(r.code, id)
  }

  for (const o of content.offices) {
    const id = await upsert(
      payload,
      {
        collection: 'offices',
        key: { field: 'slug', value: o.slug },
        title: o.name,
        drafts: true,
        base: {
          slug: o.slug,
          kind: o.kind,
          platformType: o.platformType ?? undefined,
          region: regionIds.get(o.region),
          lat: o.lat,
          lng: o.lng,
          hours: o.hours,
          phone: o.phone || undefined,
          email: o.email || undefined,
          languages: o.languages,
        },
        localized: (l) => ({
          name: pick(o.name, l),
          hostOrganization: pick(o.hostOrganization, l),
          settlement: pick(o.settlement, l),
          address: pick(o.address, l),
          description: pick(o.description, l),
        }),
      },
      report,
      progress,
    )
    officeIds.set(o.slug, id)
  }

  for (const m of content.mediators) {
    await upsert(
      payload,
      {
        collection: 'mediators',
        key: { field: 'slug', value: m.slug },
        title: m.name,
        drafts: true,
        base: {
          slug: m.slug,
          kind: m.kind,
          registryNumber: m.registryNumber,
          region: regionIds.get(m.region),
          offices: m.offices.map((s) => officeIds.get(s)).filter(Boolean),
          languages: m.languages,
          specializations: m.specializations,
          publishContacts: false,
        },
        localized: (l) => ({ name: pick(m.name, l), bio: pick(m.bio, l) }),
      },
      report,
      progress,
    )
  }

  for (const e of content.events) {
    await upsert(
      payload,
      {
        collection: 'events',
        key: { field: 'slug', value: e.slug },
        title: e.title,
        drafts: true,
        base: {
          slug: e.slug,
          kind: e.kind,
          format: e.format,
          status: e.status,
          startsAt: almatyToIso(e.start),
          endsAt: e.end ? almatyToIso(e.end) : undefined,
          region: e.region ? regionIds.get(e.region) : undefined,
          venueOffice: e.office ? officeIds.get(e.office) : undefined,
          onlineUrl: e.onlineUrl || undefined,
          languages: e.languages,
          registration: {
            enabled: e.registrationEnabled,
            capacity: e.capacity ?? undefined,
            opensAt: e.registrationOpens ? almatyToIso(e.registrationOpens) : undefined,
            closesAt: e.registrationCloses ? almatyToIso(e.registrationCloses, '23:59') : undefined,
          },
        },
        localized: (l, existing) => ({
          title: pick(e.title, l),
          summary: pick(e.summary, l),
          body: pickBody(e.body, l),
          venueAddress: pick(e.venue, l),
          audience: pick(e.audience, l),
          speakers: rowsFor(e.speakers, existing, 'speakers', (s) => ({ name: pick(s.name, l) ?? pick(s.name, 'ru'), role: pick(s.role, l) })),
          // A group is written whole: its numbers go with each language's summary.
          ...(e.outcomes
            ? {
                outcomes: {
                  participants: e.outcomes.participants,
                  certificatesIssued: e.outcomes.certificates ?? undefined,
                  summary: pick(e.outcomes.summary, l),
                },
              }
            : {}),
        }),
      },
      report,
      progress,
    )
  }

  for (const p of content.publications) {
    await upsert(
      payload,
      {
        collection: 'publications',
        key: { field: 'slug', value: p.slug },
        title: p.title,
        drafts: true,
        base: {
          slug: p.slug,
          kind: p.kind,
          publishedOn: almatyToIso(p.date, '09:00'),
          region: p.region ? regionIds.get(p.region) : undefined,
        },
        localized: (l) => ({
          title: pick(p.title, l),
          summary: pick(p.summary, l),
          body: pickBody(p.body, l),
          pressContact: pick(p.pressContact, l),
        }),
      },
      report,
      progress,
    )
  }

  await seedOpenDoorDays(payload, content, now, report, progress)
  return report
}

const openDoorTitle: Record<Locale, (quarter: Quarter, year: number) => string> = {
  kk: (q, y) => `Есік ашық күні — ${y} жылғы ${q}-тоқсан`,
  ru: (q, y) => `День открытых дверей — ${q} квартал ${y} года`,
  en: (q, y) => `Open-door day — Q${q} ${y}`,
}

const openDoorDescription: Record<Locale, string> = {
  kk: 'Барлық медиация кабинеттері мен диалог алаңдарында 10:00-ден 18:00-ге дейін тегін кеңес беріледі, онлайн да қолжетімді.',
  ru: 'Во всех кабинетах медиации и на диалоговых площадках с 10:00 до 18:00 — бесплатные консультации, в том числе онлайн.',
  en: 'Free consultations from 10:00 to 18:00 in every mediation office and dialogue platform, also online.',
}

/** Past open-door days with recorded results, and the next four computed from the rule. */
async function seedOpenDoorDays(payload: Payload, content: SeedContent, now: Date, report: SeedReport, progress?: SeedProgress) {
  const days = new Map<string, { year: number; quarter: Quarter; result?: (typeof content.openDoorResults)[number] }>()
  for (const result of content.openDoorResults) {
    const { year, quarter } = quarterOf(new Date(`${result.date}T12:00:00+05:00`))
    days.set(result.date, { year, quarter, result })
  }
  for (const d of upcomingOpenDoorDays(now, 4)) days.set(d.date, { year: d.year, quarter: d.quarter })

  for (const [date, { year, quarter, result }] of [...days].sort()) {
    const title = Object.fromEntries(locales.map((l) => [l, openDoorTitle[l](quarter, year)])) as Localized
    await upsert(
      payload,
      {
        collection: 'open-door-days',
        key: { field: 'slug', value: `open-door-day-${year}-q${quarter}` },
        title,
        drafts: true,
        base: {
          slug: `open-door-day-${year}-q${quarter}`,
          date: openDoorDayStart(date),
          opens: '10:00',
          closes: '18:00',
          allOffices: true,
        },
        localized: (l) => ({
          title: title[l],
          description: openDoorDescription[l],
          ...(result ? { results: { ...resultNumbers(result), summary: pick(result.summary, l) } } : {}),
        }),
      },
      report,
      progress,
    )
  }
}

function resultNumbers(r: SeedContent['openDoorResults'][number]) {
  const { offices, platforms, mediators, appeals, agreements, consultations, pending } = r
  return { offices, platforms, mediators, appeals, agreements, consultations, pending }
}
