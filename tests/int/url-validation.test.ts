import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { quiet, seededPayload } from './helpers'

/** Every URL field and every rich-text link refuses `javascript:` and friends, whoever writes. */

let payload: Payload
let region: string | number
beforeAll(async () => {
  payload = await seededPayload()
  region = (await payload.find({ collection: 'regions', limit: 1, overrideAccess: true })).docs[0]!.id
})

const evil = ['javascript:alert(document.cookie)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>']

const cases: Array<{ collection: CollectionSlug; field: string; data: () => Record<string, unknown> }> = [
  { collection: 'open-door-days', field: 'onlineUrl', data: () => ({ title: 'URL day', date: new Date().toISOString(), opens: '10:00', closes: '18:00' }) },
  { collection: 'publications', field: 'videoUrl', data: () => ({ title: 'URL video', kind: 'video', publishedOn: new Date().toISOString() }) },
  {
    collection: 'events',
    field: 'onlineUrl',
    data: () => ({ title: 'URL event', kind: 'round-table', format: 'online', status: 'scheduled', startsAt: new Date().toISOString(), region }),
  },
]

function withLink(url: string) {
  const text = (t: string) => ({ type: 'text', text: t, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
  return {
    root: {
      type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
      children: [
        {
          type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '',
          children: [
            text('See '),
            { type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', id: 'l1', fields: { linkType: 'custom', url, newTab: false }, children: [text('here')] },
          ],
        },
      ],
    },
  }
}

describe('URL fields', () => {
  it.each(cases.map((c) => [`${c.collection}.${c.field}`, c] as const))('%s refuses javascript:, data: and disguised schemes', async (_name, { collection, field, data }) => {
    for (const url of evil) {
      const error = await payload
        .create({ collection, locale: 'kk', data: { ...data(), [field]: url } as never, overrideAccess: true, context: quiet })
        .then(() => null, (e: { data?: unknown }) => e)
      // The field's own message (in the admin's language), naming the allowed schemes.
      expect(JSON.stringify(error?.data), url).toContain('https://')
    }
    const ok = await payload.create({ collection, locale: 'kk', data: { ...data(), [field]: 'https://meet.example.kz/room' } as never, overrideAccess: true, context: quiet })
    expect((ok as unknown as Record<string, unknown>)[field]).toBe('https://meet.example.kz/room')
    await expect(
      payload.update({ collection, id: ok.id, locale: 'kk', data: { [field]: 'javascript:alert(1)' } as never, overrideAccess: true, context: quiet }),
    ).rejects.toThrow()
    expect(((await payload.findByID({ collection, id: ok.id, overrideAccess: true, draft: true })) as unknown as Record<string, unknown>)[field]).toBe('https://meet.example.kz/room')
  })
})

describe('rich-text links', () => {
  it('refuse javascript: and accept http(s), mailto: and site paths', async () => {
    const base = cases[2]!.data()
    for (const url of ['javascript:alert(1)', 'data:text/html,x']) {
      await expect(
        payload.create({ collection: 'events', locale: 'kk', data: { ...base, body: withLink(url) } as never, overrideAccess: true, context: quiet }),
        url,
      ).rejects.toThrow()
    }
    for (const url of ['https://example.kz/a', 'mailto:press@kelisim.kz', '/kk/events/']) {
      const doc = await payload.create({ collection: 'events', locale: 'kk', data: { ...base, body: withLink(url) } as never, overrideAccess: true, context: quiet })
      expect(JSON.stringify(doc.body)).toContain(JSON.stringify(url).slice(1, -1))
    }
  })
})
