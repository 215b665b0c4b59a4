import { describe, expect, it } from 'vitest'

import { withoutSideEffects } from '../../cms/core/context'
import { otherLocalesContext } from '../../cms/lib/everyLocaleOnCreate'
import { openPayload } from '../../cms/scripts/open-payload'
import { paragraphsToLexical } from '../../cms/lib/lexical'

/** One create that stores kk, ru and en (cms/lib/everyLocaleOnCreate.ts), as the seed and imports do. */
describe('create in every language at once', () => {
  const base = {
    _status: 'published' as const,
    kind: 'seminar-training' as const,
    format: 'offline' as const,
    status: 'scheduled' as const,
    startsAt: '2026-12-10T04:00:00.000Z',
    startsAt_tz: 'Asia/Almaty' as const,
    languages: ['kk' as const, 'ru' as const],
    registration: { enabled: false },
  }
  const texts = (l: 'kk' | 'ru' | 'en') => ({
    title: `${l}: медиация мектепте`,
    summary: `${l}: қысқаша`,
    body: paragraphsToLexical([`${l}: бірінші абзац`]),
    speakers: [{ name: `${l}: бірінші спикер`, role: `${l}: тренер` }, { name: `${l}: екінші спикер` }],
  })

  it('stores every language in the document and in its version, from one create', async () => {
    const payload = await openPayload()
    const created = await payload.create({
      collection: 'events',
      locale: 'kk',
      data: { ...base, slug: 'every-locale-create', ...texts('kk') },
      depth: 0,
      overrideAccess: true,
      context: { ...withoutSideEffects, ...otherLocalesContext('events', { ru: texts('ru'), en: texts('en') }) },
    })
    const stored = (await payload.findByID({ collection: 'events', id: created.id, locale: 'all', depth: 0, overrideAccess: true })) as unknown as {
      title: Record<string, string>
      summary: Record<string, string>
      body: Record<string, { root: { children: Array<{ children: Array<{ text: string }> }> } }>
      speakers: Array<{ name: Record<string, string>; role?: Record<string, string> }>
    }
    expect(stored.title).toEqual({ kk: 'kk: медиация мектепте', ru: 'ru: медиация мектепте', en: 'en: медиация мектепте' })
    expect(stored.summary.en).toBe('en: қысқаша')
    expect(stored.body.ru.root.children[0]!.children[0]!.text).toBe('ru: бірінші абзац')
    expect(stored.speakers.map((s) => s.name)).toEqual([
      { kk: 'kk: бірінші спикер', ru: 'ru: бірінші спикер', en: 'en: бірінші спикер' },
      { kk: 'kk: екінші спикер', ru: 'ru: екінші спикер', en: 'en: екінші спикер' },
    ])
    expect(stored.speakers[0]!.role).toEqual({ kk: 'kk: тренер', ru: 'ru: тренер', en: 'en: тренер' })
    // The version the create wrote carries the same three languages (drafts and previews read it).
    const { docs: versions } = await payload.findVersions({ collection: 'events', where: { parent: { equals: created.id } }, locale: 'all', depth: 0, overrideAccess: true })
    expect(versions).toHaveLength(1)
    expect((versions[0]!.version as unknown as { title: Record<string, string> }).title.en).toBe('en: медиация мектепте')
  })

  it('refuses an invalid value in another language, names it, and stores nothing', async () => {
    const payload = await openPayload()
    const attempt = payload.create({
      collection: 'events',
      locale: 'kk',
      data: { ...base, slug: 'every-locale-invalid', ...texts('kk') },
      depth: 0,
      overrideAccess: true,
      // The title is required: an empty Russian one fails its validator as it would in an update.
      context: { ...withoutSideEffects, ...otherLocalesContext('events', { ru: { ...texts('ru'), title: '' }, en: texts('en') }) },
    })
    await expect(attempt).rejects.toThrow(/title/)
    await expect(attempt).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ message: expect.stringMatching(/^ru: /) })] } })
    const { totalDocs } = await payload.count({ collection: 'events', where: { slug: { equals: 'every-locale-invalid' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
    const { totalDocs: versions } = await payload.countVersions({ collection: 'events', where: { 'version.slug': { equals: 'every-locale-invalid' } }, overrideAccess: true })
    expect(versions).toBe(0)
  })

  it('leaves other collections on the same request alone, and updates as before', async () => {
    const payload = await openPayload()
    const created = await payload.create({
      collection: 'events',
      locale: 'kk',
      data: { ...base, slug: 'every-locale-scope', ...texts('kk'), speakers: [] },
      depth: 0,
      overrideAccess: true,
      // Given for publications: an events create must not take it.
      context: { ...withoutSideEffects, ...otherLocalesContext('publications', { ru: texts('ru') }) },
    })
    const stored = (await payload.findByID({ collection: 'events', id: created.id, locale: 'all', depth: 0, overrideAccess: true })) as unknown as { title: Record<string, string> }
    expect(stored.title).toEqual({ kk: 'kk: медиация мектепте' })
    await payload.update({ collection: 'events', id: created.id, locale: 'ru', data: { title: 'ru: жаңартылды' }, depth: 0, overrideAccess: true, context: { ...withoutSideEffects } })
    const updated = (await payload.findByID({ collection: 'events', id: created.id, locale: 'all', depth: 0, overrideAccess: true })) as unknown as { title: Record<string, string> }
    expect(updated.title).toEqual({ kk: 'kk: медиация мектепте', ru: 'ru: жаңартылды' })
  })
})
