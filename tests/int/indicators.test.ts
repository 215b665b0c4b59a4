import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { statisticsMessages } from '../../cms/core/statistics'
import { startApiServer, type ApiServer } from './apiServer'
import { makeUser, quiet, seededPayload } from './helpers'

let payload: Payload
let api: ApiServer
let regionId: number

beforeAll(async () => {
  payload = await seededPayload()
  api = await startApiServer()
  const { docs } = await payload.find({ collection: 'regions', where: { code: { equals: 'jambyl' } }, limit: 1, overrideAccess: true })
  regionId = docs[0]!.id
})
afterAll(async () => {
  await api?.close()
})

const base = { source: 'Тест', year: 2024, quarter: '1' as const }
const create = (data: Record<string, unknown>, locale: 'kk' | 'ru' | 'en' = 'ru') =>
  payload.create({ collection: 'indicators', locale, data: { ...base, ...data } as never, overrideAccess: true, context: quiet })

/** The messages a refused write carries, field by field. */
async function refusal(write: Promise<unknown>): Promise<Array<{ path: string; message: string }>> {
  try {
    await write
  } catch (error) {
    return ((error as { data?: { errors?: Array<{ path: string; message: string }> } }).data?.errors ?? []).map(({ path, message }) => ({ path, message }))
  }
  throw new Error('the write was accepted')
}

describe('indicators', () => {
  it('holds the seeded Q3 2023 and 2020 figures of the documents, nationwide', async () => {
    const { docs } = await payload.find({ collection: 'indicators', where: { key: { in: ['kz/2023-Q3', 'kz/2020'] } }, sort: 'year', overrideAccess: true, locale: 'ru' })
    expect(docs.map((d) => d.key)).toEqual(['kz/2020', 'kz/2023-Q3'])
    const [y2020, q3] = docs
    expect(y2020).toMatchObject({ region: null, quarter: null, sitesOffices: 272, sitesPlatforms: 346, mediatorsTotal: 1411, appeals: null })
    expect(q3).toMatchObject({
      quarter: '3',
      sitesTotal: 485,
      mediatorsProfessional: 270,
      mediatorsPublic: 1326,
      mediatorsTotal: 1596,
      appeals: 1724,
      courtReferrals: 161,
      consultations: 1081,
      agreements: 643,
      events: 345,
      peopleReached: 12223,
      publications: 546,
      source: 'Справка о деятельности кабинетов медиации АНК за 3 квартал 2023 г.',
    })
  })

  it('refuses a negative count, in the editor’s language, and stores nothing', async () => {
    const errors = await refusal(create({ region: regionId, appeals: -5 }))
    expect(errors).toContainEqual({ path: 'appeals', message: statisticsMessages.kk.notCount })
    const { totalDocs } = await payload.count({ collection: 'indicators', where: { key: { equals: 'jambyl/2024-Q1' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('refuses a quarter that has not begun', async () => {
    const next = new Date().getUTCFullYear() + 1
    const errors = await refusal(create({ year: next, quarter: '1', appeals: 3 }))
    expect(errors).toContainEqual({ path: 'quarter', message: statisticsMessages.kk.future })
  })

  it('refuses more agreements and consultations than appeals, and court referrals over the appeals', async () => {
    const errors = await refusal(create({ region: regionId, year: 2023, quarter: '2', appeals: 10, agreements: 8, consultations: 5, courtReferrals: 11 }))
    expect(errors.map((e) => e.path).sort()).toEqual(['agreements', 'courtReferrals'])
    expect(errors.find((e) => e.path === 'agreements')!.message).toContain('(13)')
    // The documents' own numbers pass: consultations + agreements + pending = appeals.
    const ok = await create({ region: regionId, year: 2023, quarter: '2', appeals: 1937, agreements: 34, consultations: 1852, pending: 51 })
    expect(ok.key).toBe('jambyl/2023-Q2')
    await payload.delete({ collection: 'indicators', id: ok.id, overrideAccess: true, context: quiet })
  })

  it('keeps one row per region and quarter through the unique index, even when two saves race', async () => {
    const results = await Promise.allSettled([create({ region: regionId, year: 2022, quarter: '4', appeals: 1 }), create({ region: regionId, year: 2022, quarter: '4', appeals: 2 })])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const { docs } = await payload.find({ collection: 'indicators', where: { key: { equals: 'jambyl/2022-Q4' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    // Moving another row onto the same region and quarter is refused the same way.
    const other = await create({ region: regionId, year: 2022, quarter: '3', appeals: 1 })
    await expect(
      payload.update({ collection: 'indicators', id: other.id, data: { quarter: '4' }, overrideAccess: true, context: quiet }),
    ).rejects.toThrow()
    // The whole country and a region are different scopes for the same quarter.
    const nationwide = await create({ year: 2022, quarter: '4', appeals: 1 })
    expect(nationwide.key).toBe('kz/2022-Q4')
  })

  it('answers a duplicate over REST with a clear 400 in the request language', async () => {
    await makeUser(payload, ['moderator'], 'stats-organizer@example.kz')
    const login = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'stats-organizer@example.kz', password: 'correct-horse-battery-staple' }),
    })
    const { token } = (await login.json()) as { token: string }
    const post = (lang: string) =>
      fetch(`${api.url}/api/indicators?locale=kk`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ source: 'Тест', year: 2023, quarter: '3', appeals: 1 }),
      })
    const ru = await post('ru')
    expect(ru.status).toBe(400)
    expect(JSON.stringify(await ru.json())).toContain(statisticsMessages.ru.duplicate)
    const en = await post('en')
    expect(JSON.stringify(await en.json())).toContain(statisticsMessages.en.duplicate)
    const negative = await fetch(`${api.url}/api/indicators`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ source: 'Test', year: 2021, quarter: '1', events: -1 }),
    })
    expect(negative.status).toBe(400)
    expect(JSON.stringify(await negative.json())).toContain(statisticsMessages.en.notCount)
  })

  it('lets anyone read the figures and only staff write them', async () => {
    const read = await fetch(`${api.url}/api/indicators?where[key][equals]=kz/2023-Q3`)
    expect((await read.json()).docs[0].appeals).toBe(1724)
    const write = await fetch(`${api.url}/api/indicators`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source: 'x', year: 2021, quarter: '2', appeals: 1 }),
    })
    expect(write.status).toBe(403)
  })
})
