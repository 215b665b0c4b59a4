import { describe, expect, it } from 'vitest'

import { openPayload } from '../../cms/scripts/open-payload'
import { ensureAdminUser, seed } from '../../cms/seed'
import { loadSeedContent } from '../../cms/seed/content'

describe('seed', () => {
  it('creates the content once; a second run changes nothing', async () => {
    const payload = await openPayload()
    const now = new Date('2026-11-22T06:00:00Z')
    const first = await seed(payload, undefined, now)
    expect(first.regions!.created).toBe(20)
    expect(first.offices!.created).toBeGreaterThanOrEqual(20)
    expect(first.events!.created).toBeGreaterThanOrEqual(12)

    const snapshot = async () => {
      const out: Record<string, Array<[unknown, unknown]>> = {}
      for (const collection of ['regions', 'offices', 'mediators', 'events', 'publications', 'open-door-days', 'indicators'] as const) {
        const { docs } = await payload.find({ collection, limit: 0, pagination: false, overrideAccess: true, draft: true, sort: 'id' })
        out[collection] = docs.map((d) => [d.id, d.updatedAt])
      }
      return out
    }
    const before = await snapshot()
    const second = await seed(payload, undefined, now)
    for (const tally of Object.values(second)) expect(tally.created).toBe(0)
    expect(await snapshot()).toEqual(before)
  })

  it('stops with a message, and writes nothing, when a required relation names an unknown region', async () => {
    const payload = await openPayload()
    const content = loadSeedContent()
    // Passed straight to seed(), so checkReferences (which runs on loading) does not see it first.
    const office = { ...content.offices[0]!, slug: 'office-in-atlantis', region: 'atlantis' }
    const onlyThisOffice = { ...content, offices: [office], mediators: [], events: [], publications: [], openDoorResults: [] }
    await expect(seed(payload, onlyThisOffice)).rejects.toThrow('office office-in-atlantis refers to regions "atlantis"')
    const { totalDocs } = await payload.count({ collection: 'offices', where: { slug: { equals: 'office-in-atlantis' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('writes every language the seed has, and leaves out none by accident', async () => {
    const payload = await openPayload()
    const { docs } = await payload.find({ collection: 'offices', locale: 'all', limit: 0, pagination: false, overrideAccess: true })
    for (const office of docs) {
      const name = office.name as unknown as Record<string, string>
      expect(Object.keys(name).sort()).toEqual(['en', 'kk', 'ru'])
    }
    const noEnglish = await payload.find({
      collection: 'events',
      locale: 'all',
      where: { slug: { equals: 'training-invitation-to-mediation-2021-09-13' } },
      overrideAccess: true,
    })
    const title = noEnglish.docs[0]!.title as unknown as Record<string, string | undefined>
    expect(title.ru).toBeTruthy()
    expect(title.kk).toBeTruthy()
    expect(title.en).toBeFalsy()
  })

  it('computes upcoming open-door days from the quarterly rule', async () => {
    const payload = await openPayload()
    const { docs } = await payload.find({ collection: 'open-door-days', sort: 'date', limit: 0, pagination: false, overrideAccess: true })
    const dates = docs.map((d) => new Date(d.date as string).toISOString())
    // Friday 4 August 2023 (from the quarterly report; UTC+6 then), then the next four from 22 November 2026.
    expect(dates).toEqual([
      '2023-08-04T04:00:00.000Z',
      '2027-02-05T05:00:00.000Z',
      '2027-05-07T05:00:00.000Z',
      '2027-08-06T05:00:00.000Z',
      '2027-11-05T05:00:00.000Z',
    ])
  })

  it('creates the first admin only when there is no user, with a generated password', async () => {
    const payload = await openPayload()
    delete process.env.KELISIM_ADMIN_PASSWORD
    const created = await ensureAdminUser(payload)
    expect(created?.password).toMatch(/^[\w-]{16}$/)
    expect(await ensureAdminUser(payload)).toBeNull()
    const login = await payload.login({ collection: 'users', data: { email: created!.email, password: created!.password! } })
    expect(login.user?.roles).toEqual(['admin'])
  })
})
