import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../cms/access'
import { startApiServer } from './apiServer'
import { makeUser, openEvent, quiet, seededPayload } from './helpers'

/**
 * The access matrix: role × collection × operation, run through the Local API with
 * `overrideAccess: false` (the same access functions REST, GraphQL and the admin call). Each cell
 * acts on a fresh document made for it, so cells do not depend on each other. The expected table
 * is written out in full below: a change of the rules shows as a diff of this table.
 */

type Actor = 'anonymous' | 'admin' | 'moderator' | 'organizer' | 'press'
const actors: Actor[] = ['anonymous', 'admin', 'moderator', 'organizer', 'press']
type Op = 'create draft' | 'create published' | 'read drafts' | 'update draft' | 'publish' | 'update other region' | 'move to other region' | 'delete'
const ops: Op[] = ['create draft', 'create published', 'read drafts', 'update draft', 'publish', 'update other region', 'move to other region', 'delete']
const matrixCollections = ['events', 'offices', 'mediators', 'open-door-days', 'publications', 'regions'] as const
type MatrixCollection = (typeof matrixCollections)[number]

let payload: Payload
let users: Record<Exclude<Actor, 'anonymous'>, Awaited<ReturnType<typeof makeUser>>>
let regionA: string | number
let regionB: string | number

beforeAll(async () => {
  payload = await seededPayload()
  const regions = (await payload.find({ collection: 'regions', limit: 2, sort: 'id', overrideAccess: true })).docs
  regionA = regions[0]!.id
  regionB = regions[1]!.id
  const make = (role: Role) => makeUser(payload, [role], `${role}-matrix@kelisim.local`, role === 'organizer' ? [regionA] : [])
  users = { admin: await make('admin'), moderator: await make('moderator'), organizer: await make('organizer'), press: await make('press') }
})

const regional = (c: MatrixCollection) => c === 'events' || c === 'offices' || c === 'mediators'
const hasDrafts = (c: MatrixCollection) => c !== 'regions'

let counter = 0
function sample(collection: MatrixCollection, region: string | number): Record<string, unknown> {
  const n = ++counter
  const samples: Record<MatrixCollection, Record<string, unknown>> = {
    events: { title: `Matrix event ${n}`, kind: 'round-table', format: 'online', status: 'scheduled', startsAt: new Date().toISOString(), region },
    offices: { name: `Matrix office ${n}`, kind: 'dialogue-platform', region, settlement: 'Астана', address: 'Test 1' },
    mediators: { name: `Matrix mediator ${n}`, kind: 'public', region },
    'open-door-days': { title: `Matrix day ${n}`, date: new Date().toISOString(), opens: '10:00', closes: '18:00' },
    publications: { title: `Matrix publication ${n}`, kind: 'news', publishedOn: new Date().toISOString() },
    regions: { name: `Matrix region ${n}`, code: `matrix-${n}`, kind: 'region', lat: 50, lng: 70 },
  }
  return samples[collection]
}

/** A document made with full access, in region A unless told otherwise, as a draft. */
async function fixture(collection: MatrixCollection, region = regionA) {
  const data = { ...sample(collection, region), ...(hasDrafts(collection) ? { _status: 'draft' } : {}) }
  return payload.create({ collection, data: data as never, locale: 'kk', draft: hasDrafts(collection), overrideAccess: true, context: quiet })
}

const draft = (c: MatrixCollection) => (hasDrafts(c) ? { _status: 'draft' } : {})

async function allowed(actor: Actor, collection: MatrixCollection, op: Op): Promise<boolean | '-'> {
  const user = actor === 'anonymous' ? undefined : users[actor]
  const as = { overrideAccess: false, user, context: quiet, locale: 'kk' as const }
  if (!hasDrafts(collection) && (op === 'create published' || op === 'publish' || op === 'read drafts')) return '-'
  if (!regional(collection) && (op === 'update other region' || op === 'move to other region')) return '-'
  try {
    switch (op) {
      case 'create draft':
        await payload.create({ collection, data: { ...sample(collection, regionA), ...draft(collection) } as never, draft: true, ...as })
        return true
      case 'create published':
        await payload.create({ collection, data: { ...sample(collection, regionA), _status: 'published' } as never, ...as })
        return true
      case 'read drafts': {
        const doc = await fixture(collection)
        const found = await payload.find({ collection, where: { id: { equals: doc.id } }, draft: true, ...as })
        return found.docs.length === 1
      }
      case 'update draft': {
        const doc = await fixture(collection)
        await payload.update({ collection, id: doc.id, data: { ...draft(collection) } as never, draft: true, ...as })
        return true
      }
      case 'publish': {
        const doc = await fixture(collection)
        await payload.update({ collection, id: doc.id, data: { _status: 'published' } as never, ...as })
        const stored = await payload.findByID({ collection, id: doc.id, overrideAccess: true })
        return (stored as { _status?: string })._status === 'published'
      }
      case 'update other region': {
        const doc = await fixture(collection, regionB)
        await payload.update({ collection, id: doc.id, data: { _status: 'draft' } as never, draft: true, ...as })
        return true
      }
      case 'move to other region': {
        const doc = await fixture(collection)
        await payload.update({ collection, id: doc.id, data: { _status: 'draft', region: regionB } as never, draft: true, ...as })
        const stored = await payload.findByID({ collection, id: doc.id, overrideAccess: true, draft: true, depth: 0 })
        return String((stored as { region?: unknown }).region) === String(regionB)
      }
      case 'delete': {
        const doc = await fixture(collection)
        await payload.delete({ collection, id: doc.id, ...as })
        return true
      }
    }
  } catch {
    return false
  }
}

// y: allowed, n: refused, -: does not apply. Columns: anonymous, admin, moderator, organizer (own region A), press.
const expected: Record<MatrixCollection, Record<Op, string>> = {
  events: {
    'create draft': 'nyyyn', 'create published': 'nyynn', 'read drafts': 'nyyyn', 'update draft': 'nyyyn',
    publish: 'nyynn', 'update other region': 'nyynn', 'move to other region': 'nyynn', delete: 'nyynn',
  },
  offices: {
    'create draft': 'nyyyn', 'create published': 'nyynn', 'read drafts': 'nyyyn', 'update draft': 'nyyyn',
    publish: 'nyynn', 'update other region': 'nyynn', 'move to other region': 'nyynn', delete: 'nyynn',
  },
  mediators: {
    'create draft': 'nyyyn', 'create published': 'nyynn', 'read drafts': 'nyyyn', 'update draft': 'nyyyn',
    publish: 'nyynn', 'update other region': 'nyynn', 'move to other region': 'nyynn', delete: 'nyynn',
  },
  'open-door-days': {
    'create draft': 'nyynn', 'create published': 'nyynn', 'read drafts': 'nyyyy', 'update draft': 'nyyyn',
    publish: 'nyynn', 'update other region': '-----', 'move to other region': '-----', delete: 'nyynn',
  },
  publications: {
    'create draft': 'nyyny', 'create published': 'nyyny', 'read drafts': 'nyyyy', 'update draft': 'nyyny',
    publish: 'nyyny', 'update other region': '-----', 'move to other region': '-----', delete: 'nyyny',
  },
  regions: {
    'create draft': 'nynnn', 'create published': '-----', 'read drafts': '-----', 'update draft': 'nynnn',
    publish: '-----', 'update other region': '-----', 'move to other region': '-----', delete: 'nynnn',
  },
}

describe('the access matrix', () => {
  it.each(matrixCollections)('%s: every role × operation as expected', async (collection) => {
    const actual: Record<string, string> = {}
    for (const op of ops) {
      let row = ''
      for (const actor of actors) {
        const result = await allowed(actor, collection, op)
        row += result === '-' ? '-' : result ? 'y' : 'n'
      }
      actual[op] = row
    }
    expect(actual).toEqual(expected[collection])
  })
})

describe('reads', () => {
  it('the public and press read published documents only; an organizer also the drafts of their regions', async () => {
    const own = await fixture('events', regionA)
    const other = await fixture('events', regionB)
    const ids = async (user?: (typeof users)[keyof typeof users]) =>
      (await payload.find({ collection: 'events', where: { id: { in: [own.id, other.id] } }, draft: true, overrideAccess: false, user })).docs.map((d) => d.id)
    expect(await ids()).toEqual([])
    expect(await ids(users.press)).toEqual([])
    expect(await ids(users.organizer)).toEqual([own.id])
    expect((await ids(users.moderator)).sort()).toEqual([own.id, other.id].sort())
  })

  it('every collection stays readable anonymously where it is public', async () => {
    for (const collection of ['events', 'open-door-days', 'publications', 'offices', 'mediators', 'regions'] as CollectionSlug[]) {
      const result = await payload.find({ collection, overrideAccess: false, limit: 1 })
      expect(result.totalDocs, collection).toBeGreaterThanOrEqual(1)
    }
  })

  it('never shows a mediator’s phone or e-mail without consent', async () => {
    const base = { kind: 'public', region: regionA, phone: '+7 701 000 00 00', email: 'private@example.kz', _status: 'published' }
    const hidden = await payload.create({ collection: 'mediators', locale: 'kk', data: { ...base, name: 'Жасырын', slug: 'contacts-hidden', publishContacts: false } as never, overrideAccess: true, context: quiet })
    const shown = await payload.create({ collection: 'mediators', locale: 'kk', data: { ...base, name: 'Ашық', slug: 'contacts-shown', publishContacts: true } as never, overrideAccess: true, context: quiet })
    expect((await payload.findByID({ collection: 'mediators', id: hidden.id, overrideAccess: false })).phone).toBeUndefined()
    expect((await payload.findByID({ collection: 'mediators', id: hidden.id, overrideAccess: false })).email).toBeUndefined()
    expect((await payload.findByID({ collection: 'mediators', id: shown.id, overrideAccess: false })).phone).toBe('+7 701 000 00 00')
    expect((await payload.findByID({ collection: 'mediators', id: hidden.id, overrideAccess: false, user: users.organizer })).phone).toBe('+7 701 000 00 00')
  })
})

describe('registrations (personal data)', () => {
  it('anonymous visitors create but never read, update or delete; organizers see those of their regions; press none', async () => {
    const ownEvent = await openEvent(payload, 'matrix-own-event')
    await payload.update({ collection: 'events', id: ownEvent.id, data: { region: regionA } as never, overrideAccess: true, context: quiet })
    const otherEvent = await openEvent(payload, 'matrix-other-event')
    await payload.update({ collection: 'events', id: otherEvent.id, data: { region: regionB } as never, overrideAccess: true, context: quiet })
    const register = (event: string | number, email: string) =>
      payload.create({ collection: 'registrations', data: { event, name: 'Айгүл Серікова', email, consent: true } as never, overrideAccess: false })
    const own = await register(ownEvent.id, 'own@example.kz')
    const other = await register(otherEvent.id, 'other@example.kz')

    await expect(payload.find({ collection: 'registrations', overrideAccess: false })).rejects.toThrow()
    await expect(payload.update({ collection: 'registrations', id: own.id, data: { name: 'X' } as never, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'registrations', id: own.id, overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'registrations', overrideAccess: false, user: users.press })).rejects.toThrow()

    const visible = (user: (typeof users)[keyof typeof users]) =>
      payload
        .find({ collection: 'registrations', where: { id: { in: [own.id, other.id] } }, overrideAccess: false, user })
        .then((r) => r.docs.map((d) => d.id).sort())
    expect(await visible(users.organizer)).toEqual([own.id])
    expect(await visible(users.moderator)).toEqual([own.id, other.id].sort())
    await expect(payload.findByID({ collection: 'registrations', id: other.id, overrideAccess: false, user: users.organizer })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'registrations', id: own.id, overrideAccess: true })).name).toBe('Айгүл Серікова')
  })
})

describe('uploads', () => {
  it.each(['media', 'documents'] as const)('only staff upload to %s', async (collection) => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer()
    const upload = (user?: (typeof users)[keyof typeof users]) =>
      payload.create({
        collection,
        data: { alt: 'x', title: 'x' } as never,
        file: { data: png, mimetype: 'image/png', name: 'x.png', size: png.length },
        overrideAccess: false,
        user,
      })
    await expect(upload()).rejects.toThrow()
    expect((await upload(users.organizer)).id).toBeTruthy()
    expect((await upload(users.press)).id).toBeTruthy()
  })
})

describe('accounts', () => {
  it('only admins create users and grant roles or regions; others read and edit only themselves', async () => {
    const organizer = users.organizer
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
    for (const actor of ['moderator', 'organizer', 'press'] as const) {
      await expect(
        payload.create({ collection: 'users', data: { email: `new-${actor}@kelisim.local`, password: 'a-long-enough-passphrase', roles: ['organizer'] } as never, overrideAccess: false, user: users[actor] }),
      ).rejects.toThrow()
    }
    const self = await payload.update({ collection: 'users', id: organizer.id, data: { roles: ['admin'], regions: [regionA, regionB] } as never, overrideAccess: false, user: organizer, depth: 0 })
    expect(self.roles).toEqual(['organizer'])
    expect(self.regions).toEqual([regionA])
    await expect(payload.findByID({ collection: 'users', id: users.admin.id, overrideAccess: false, user: organizer })).rejects.toThrow()
    const made = await payload.create({
      collection: 'users',
      data: { email: 'coordinator@kelisim.local', password: 'a-long-enough-passphrase', roles: ['organizer'], regions: [regionB] } as never,
      overrideAccess: false,
      user: users.admin,
      depth: 0,
    })
    expect(made.regions).toEqual([regionB])
  })

  it('the site build status is for staff only', async () => {
    await expect(payload.findGlobal({ slug: 'site-build', overrideAccess: false })).rejects.toThrow()
    expect(await payload.findGlobal({ slug: 'site-build', overrideAccess: false, user: users.press })).toHaveProperty('state')
  })
})

describe('over HTTP', () => {
  it('REST applies the same rules: an organizer saves a draft in their region but cannot publish it', async () => {
    const server = await startApiServer()
    try {
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'organizer-matrix@kelisim.local', password: 'correct-horse-battery-staple' }),
      })
      expect(login.status).toBe(200)
      const { token } = (await login.json()) as { token: string }
      const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
      const body = (status: string, region = regionA) =>
        JSON.stringify({ ...sample('events', region), title: 'HTTP event', _status: status })
      const asDraft = await fetch(`${server.url}/api/events?draft=true&locale=kk`, { method: 'POST', headers, body: body('draft') })
      expect(asDraft.status).toBe(201)
      const published = await fetch(`${server.url}/api/events?locale=kk`, { method: 'POST', headers, body: body('published') })
      expect(published.status).toBe(403)
      const elsewhere = await fetch(`${server.url}/api/events?draft=true&locale=kk`, { method: 'POST', headers, body: body('draft', regionB) })
      expect(elsewhere.status).toBe(403)
      const { doc } = (await asDraft.json()) as { doc: { id: number } }
      const publish = await fetch(`${server.url}/api/events/${doc.id}?locale=kk`, { method: 'PATCH', headers, body: JSON.stringify({ _status: 'published' }) })
      expect(publish.status).toBe(403)
    } finally {
      await server.close()
    }
  })
})

describe('the admin create form of a regional organizer', () => {
  it('opens (create is allowed before a region is chosen) and a document without a region lands in their own', async () => {
    const { docAccessOperation } = await import('payload')
    for (const collection of ['events', 'offices', 'mediators'] as const) {
      const req = { payload, user: users.organizer, context: {}, locale: 'kk', fallbackLocale: undefined, i18n: undefined } as never
      // What the admin's create view asks (Payload's getDocumentPermissions): a draft, no fields yet.
      const permissions = await docAccessOperation({ collection: { config: payload.collections[collection].config }, data: { _status: 'draft' }, req })
      expect(permissions.create, collection).toBeTruthy()
    }
    const { region: _region, ...withoutRegion } = sample('events', regionA)
    const made = await payload.create({ collection: 'events', data: { ...withoutRegion, _status: 'draft' } as never, draft: true, overrideAccess: false, user: users.organizer, context: quiet })
    const region = (made as { region?: unknown }).region
    expect(String(region && typeof region === 'object' ? (region as { id: unknown }).id : region)).toBe(String(regionA))
    // Naming another region is still refused.
    await expect(
      payload.create({ collection: 'events', data: { ...sample('events', regionB), _status: 'draft' } as never, draft: true, overrideAccess: false, user: users.organizer, context: quiet }),
    ).rejects.toThrow()
  })
})
