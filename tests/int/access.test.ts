import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeUser, openEvent, quiet, seededPayload } from './helpers'

let payload: Payload
let admin: Awaited<ReturnType<typeof makeUser>>
let organizer: Awaited<ReturnType<typeof makeUser>>

beforeAll(async () => {
  payload = await seededPayload()
  admin = await makeUser(payload, ['admin'], 'admin-test@kelisim.local')
  organizer = await makeUser(payload, ['organizer'], 'organizer-test@kelisim.local')
})

const publicCollections: CollectionSlug[] = ['events', 'open-door-days', 'publications', 'offices', 'mediators', 'regions', 'media', 'documents']
const staffOnlyWrite: CollectionSlug[] = ['events', 'open-door-days', 'publications', 'offices', 'mediators']

/** Minimal valid data per collection, for checking who may create. */
async function sampleData(collection: CollectionSlug): Promise<Record<string, unknown>> {
  const region = (await payload.find({ collection: 'regions', limit: 1, overrideAccess: true })).docs[0]!
  const samples: Partial<Record<CollectionSlug, Record<string, unknown>>> = {
    events: { title: 'Access test event', kind: 'round-table', format: 'online', status: 'scheduled', startsAt: new Date().toISOString() },
    'open-door-days': { title: 'Access test day', date: new Date().toISOString(), opens: '10:00', closes: '18:00' },
    publications: { title: 'Access test publication', kind: 'news', publishedOn: new Date().toISOString() },
    offices: { name: 'Access test office', kind: 'dialogue-platform', region: region.id, settlement: 'Астана', address: 'Test 1' },
    mediators: { name: 'Access test mediator', kind: 'public', region: region.id },
    regions: { name: 'Test region', code: `test-${Date.now()}`, kind: 'region', lat: 50, lng: 70 },
  }
  return samples[collection]!
}

describe('anonymous visitors', () => {
  it.each(publicCollections)('can read %s', async (collection) => {
    const result = await payload.find({ collection, overrideAccess: false, limit: 1 })
    expect(result.totalDocs).toBeGreaterThanOrEqual(collection === 'media' || collection === 'documents' ? 0 : 1)
  })

  it('see published events but never drafts', async () => {
    const draft = await payload.create({
      collection: 'events',
      locale: 'kk',
      data: { title: 'Жоба', slug: 'draft-only-event', kind: 'conference', format: 'online', startsAt: new Date().toISOString(), _status: 'draft' } as never,
      overrideAccess: true,
      draft: true,
      context: quiet,
    })
    const asPublic = await payload.find({ collection: 'events', where: { slug: { equals: 'draft-only-event' } }, overrideAccess: false })
    expect(asPublic.docs).toHaveLength(0)
    const asStaff = await payload.find({ collection: 'events', where: { slug: { equals: 'draft-only-event' } }, overrideAccess: false, user: organizer, draft: true })
    expect(asStaff.docs.map((d) => d.id)).toContain(draft.id)
  })

  it.each([...staffOnlyWrite, 'regions' as CollectionSlug])('cannot create, update or delete %s', async (collection) => {
    await expect(payload.create({ collection, data: (await sampleData(collection)) as never, overrideAccess: false })).rejects.toThrow()
    const existing = (await payload.find({ collection, limit: 1, overrideAccess: true })).docs[0]!
    await expect(payload.update({ collection, id: existing.id, data: {} as never, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection, id: existing.id, overrideAccess: false })).rejects.toThrow()
    expect(await payload.findByID({ collection, id: existing.id, overrideAccess: true })).toBeTruthy()
  })

  it('can create a registration but never read, list, update or delete one', async () => {
    const event = await openEvent(payload, 'access-registration-event')
    const created = await payload.create({
      collection: 'registrations',
      data: { event: event.id, name: 'Айгүл Серікова', email: 'aigul@example.kz', consent: true } as never,
      overrideAccess: false,
    })
    expect(created.id).toBeTruthy()
    await expect(payload.find({ collection: 'registrations', overrideAccess: false })).rejects.toThrow()
    await expect(payload.findByID({ collection: 'registrations', id: created.id, overrideAccess: false })).rejects.toThrow()
    await expect(payload.update({ collection: 'registrations', id: created.id, data: { name: 'X' } as never, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'registrations', id: created.id, overrideAccess: false })).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'registrations', id: created.id, overrideAccess: true })
    expect(stored.name).toBe('Айгүл Серікова')
  })

  it.each(['media', 'documents'] as const)('cannot upload to %s', async (collection) => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer()
    const upload = () =>
      payload.create({
        collection,
        data: { alt: 'x', title: 'x' } as never,
        file: { data: png, mimetype: 'image/png', name: 'x.png', size: png.length },
        overrideAccess: false,
      })
    await expect(upload()).rejects.toThrow()
    expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(0)
    // Staff may upload.
    const doc = await payload.create({
      collection,
      data: { alt: 'x', title: 'x' } as never,
      file: { data: png, mimetype: 'image/png', name: 'x.png', size: png.length },
      overrideAccess: false,
      user: organizer,
    })
    expect(doc.id).toBeTruthy()
  })

  it('cannot read users or the site build status', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
    await expect(payload.findGlobal({ slug: 'site-build', overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'users', data: { email: 'intruder@example.kz', password: 'x1234567', roles: ['admin'] } as never, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('never see a mediator’s phone or e-mail without consent', async () => {
    const region = (await payload.find({ collection: 'regions', limit: 1, overrideAccess: true })).docs[0]!
    const base = { kind: 'public', region: region.id, phone: '+7 701 000 00 00', email: 'private@example.kz', _status: 'published' }
    const hidden = await payload.create({ collection: 'mediators', locale: 'kk', data: { ...base, name: 'Жасырын', slug: 'contacts-hidden', publishContacts: false } as never, overrideAccess: true, context: quiet })
    const shown = await payload.create({ collection: 'mediators', locale: 'kk', data: { ...base, name: 'Ашық', slug: 'contacts-shown', publishContacts: true } as never, overrideAccess: true, context: quiet })
    const hiddenPublic = await payload.findByID({ collection: 'mediators', id: hidden.id, overrideAccess: false })
    const shownPublic = await payload.findByID({ collection: 'mediators', id: shown.id, overrideAccess: false })
    expect(hiddenPublic.phone).toBeUndefined()
    expect(hiddenPublic.email).toBeUndefined()
    expect(shownPublic.phone).toBe('+7 701 000 00 00')
    const hiddenForStaff = await payload.findByID({ collection: 'mediators', id: hidden.id, overrideAccess: false, user: organizer })
    expect(hiddenForStaff.phone).toBe('+7 701 000 00 00')
  })
})

describe('organizers', () => {
  it.each(staffOnlyWrite)('can create and update %s', async (collection) => {
    const doc = await payload.create({ collection, data: (await sampleData(collection)) as never, overrideAccess: false, user: organizer, context: quiet })
    const updated = await payload.update({ collection, id: doc.id, data: {} as never, overrideAccess: false, user: organizer, context: quiet })
    expect(updated.id).toBe(doc.id)
  })

  it('can read registrations', async () => {
    const result = await payload.find({ collection: 'registrations', overrideAccess: false, user: organizer })
    expect(result.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('cannot manage regions, create users or give themselves a role', async () => {
    await expect(payload.create({ collection: 'regions', data: (await sampleData('regions')) as never, overrideAccess: false, user: organizer })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'users', data: { email: 'new@kelisim.local', password: 'x1234567', roles: ['organizer'] } as never, overrideAccess: false, user: organizer }),
    ).rejects.toThrow()
    const self = await payload.update({ collection: 'users', id: organizer.id, data: { roles: ['admin'] } as never, overrideAccess: false, user: organizer })
    expect(self.roles).toEqual(['organizer'])
    await expect(payload.findByID({ collection: 'users', id: admin.id, overrideAccess: false, user: organizer })).rejects.toThrow()
  })
})

describe('admins', () => {
  it.each([...staffOnlyWrite, 'regions' as CollectionSlug])('can create and delete %s', async (collection) => {
    const doc = await payload.create({ collection, data: (await sampleData(collection)) as never, overrideAccess: false, user: admin, context: quiet })
    await payload.delete({ collection, id: doc.id, overrideAccess: false, user: admin, context: quiet })
    await expect(payload.findByID({ collection, id: doc.id, overrideAccess: true })).rejects.toThrow()
  })

  it('can manage users and registrations, and read the site build status', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'coordinator@kelisim.local', password: 'x1234567x', roles: ['organizer'] } as never,
      overrideAccess: false,
      user: admin,
    })
    expect(user.roles).toEqual(['organizer'])
    const registrations = await payload.find({ collection: 'registrations', overrideAccess: false, user: admin })
    await payload.delete({ collection: 'registrations', id: registrations.docs[0]!.id, overrideAccess: false, user: admin })
    const status = await payload.findGlobal({ slug: 'site-build', overrideAccess: false, user: admin })
    expect(status).toHaveProperty('state')
  })
})
