import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { missingTranslations } from '../../cms/admin/missingTranslations'
import { requiredLocalizedFields } from '../../cms/admin/withAdminLabels'
import { translationStatus } from '../../cms/core/translationStatus'
import { closePayload, openPayload } from '../../cms/scripts/open-payload'
import { quiet } from './helpers'

/**
 * The translation status column and the dashboard's "missing in Kazakh" panel read the real
 * database: a document written only in Russian is found as missing in Kazakh (with no fallback
 * standing in for it), a translated one is not, drafts count.
 */
describe('translation status on a real SQLite database', () => {
  let payload: Payload
  let onlyRu: number | string
  let both: number | string
  const stamp = Date.now().toString(36)

  beforeAll(async () => {
    payload = await openPayload()
    const base = { kind: 'round-table', format: 'offline', status: 'scheduled', startsAt: '2027-02-05T05:00:00.000Z' }
    onlyRu = (
      await payload.create({ collection: 'events', locale: 'ru', data: { ...base, title: `Только по-русски ${stamp}` } as never, draft: true, context: quiet })
    ).id
    const doc = await payload.create({ collection: 'events', locale: 'kk', data: { ...base, title: `Қазақша ${stamp}`, _status: 'published' } as never, context: quiet })
    await payload.update({ collection: 'events', id: doc.id, locale: 'ru', data: { title: `По-русски ${stamp}`, _status: 'published' } as never, context: quiet })
    both = doc.id
  })
  afterAll(async () => closePayload(payload))

  it('knows which fields make a language present', () => {
    const events = payload.collections.events.config
    expect(requiredLocalizedFields(events.fields)).toEqual(['title'])
  })

  it('reads each language without fallback', async () => {
    const fields = ['title']
    const read = async (id: number | string) =>
      translationStatus((await payload.findByID({ collection: 'events', id, locale: 'all', draft: true, depth: 0 })) as never, fields)
    expect(await read(onlyRu)).toEqual({ kk: false, ru: true, en: false })
    expect(await read(both)).toEqual({ kk: true, ru: true, en: false })
  })

  it('lists documents missing in Kazakh, drafts included, with their titles in every language', async () => {
    const groups = await missingTranslations(payload, 'kk', { limit: 50 })
    const events = groups.find((g) => g.slug === 'events')
    expect(events, JSON.stringify(groups)).toBeTruthy()
    const ids = events!.docs.map((d) => d.id)
    expect(ids).toContain(onlyRu)
    expect(ids).not.toContain(both)
    expect(events!.docs.find((d) => d.id === onlyRu)!.titles).toMatchObject({ ru: `Только по-русски ${stamp}` })
    expect(events!.label).toMatchObject({ kk: 'Іс-шаралар' })
  })

  it('in English, both are missing', async () => {
    const ids = (await missingTranslations(payload, 'en', { limit: 50 })).find((g) => g.slug === 'events')!.docs.map((d) => d.id)
    expect(ids).toEqual(expect.arrayContaining([onlyRu, both]))
  })
})
