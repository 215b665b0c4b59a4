import { describe, expect, it } from 'vitest'

import { compactReads, mergeChanges, planIncremental, readsConcern, type PageManifest } from '../../../cms/core/pageDependencies'

const manifest: PageManifest = {
  pages: {
    '/kk/events/a/': { route: '[lang]/events/[slug].astro', reads: { 'events:1': ['slug', 'title', 'venueOffice'], 'offices:7': ['name'] } },
    '/ru/events/a/': { route: '[lang]/events/[slug].astro', reads: { 'events:1': ['slug', 'title'] } },
    '/kk/events/b/': { route: '[lang]/events/[slug].astro', reads: { 'events:2': ['slug', 'title'] } },
    '/kk/events/': { route: '[lang]/events/index.astro', reads: { 'events:*': ['@', 'startsAt'], 'events:1': ['title'], 'events:2': ['title'] } },
    '/kk/events/2026-03/': { route: '[lang]/events/[year]-[month].astro', reads: { 'events:2': ['title'] } },
    '/kk/offices/o/': { route: '[lang]/offices/[slug].astro', reads: { 'offices:7': ['name'], 'events:*': ['@', 'venueOffice'] } },
    '/kk/about/': { route: '[lang]/[page].astro', reads: {} },
    '/kk/': { route: null, reads: { 'publications:*': ['@'] } },
  },
  routes: { '[lang]/events/[year]-[month].astro': { 'events:*': ['startsAt', 'endsAt'] } },
}

describe('which pages a change concerns', () => {
  it('a title edit re-renders the pages that show that title, in every language, and no other', () => {
    const plan = planIncremental({ manifest, changes: [{ collection: 'events', id: '1', kind: 'update', fields: ['title'] }], codeChanged: false, maxShare: 1 })
    expect(plan).toMatchObject({ mode: 'incremental', pages: ['/kk/events/a/', '/ru/events/a/', '/kk/events/'] })
  })

  it('a date change moves the event between months: every page whose route read dates', () => {
    const plan = planIncremental({ manifest, changes: [{ collection: 'events', id: '2', kind: 'update', fields: ['startsAt'] }], codeChanged: false, maxShare: 1 })
    expect(plan.mode === 'incremental' && plan.pages).toEqual(['/kk/events/', '/kk/events/2026-03/'])
  })

  it('a new or removed document concerns every page that lists its collection, and every page that read it', () => {
    expect(readsConcern(manifest.pages['/kk/offices/o/']!.reads, { collection: 'events', id: '9', kind: 'create' })).toBe(true)
    expect(readsConcern(manifest.pages['/kk/events/b/']!.reads, { collection: 'events', id: '9', kind: 'create' })).toBe(false)
    const plan = planIncremental({ manifest, changes: [{ collection: 'events', id: '2', kind: 'delete' }], codeChanged: false, maxShare: 1 })
    expect(plan.mode === 'incremental' && plan.pages).toEqual(['/kk/events/b/', '/kk/events/', '/kk/events/2026-03/', '/kk/offices/o/'])
  })

  it('an office renamed: the event pages that name it', () => {
    const plan = planIncremental({ manifest, changes: [{ collection: 'offices', id: '7', kind: 'update', fields: ['name'] }], codeChanged: false, maxShare: 1 })
    expect(plan.mode === 'incremental' && plan.pages).toEqual(['/kk/events/a/', '/kk/offices/o/'])
  })

  it('falls back to a full build when unsure', () => {
    const edit = [{ collection: 'events', id: '1', kind: 'update' as const, fields: ['title'] }]
    expect(planIncremental({ manifest: undefined, changes: edit, codeChanged: false }).mode).toBe('full')
    expect(planIncremental({ manifest, changes: edit, codeChanged: true }).mode).toBe('full')
    expect(planIncremental({ manifest, changes: [], codeChanged: false }).mode).toBe('full')
    expect(planIncremental({ manifest, changes: [{ collection: 'media', id: '1', kind: 'update' }], codeChanged: false }).mode).toBe('full')
    // Too many pages concerned: a full build costs no more.
    expect(planIncremental({ manifest, changes: edit, codeChanged: false, maxShare: 0.2 }).mode).toBe('full')
  })

  it('merges repeated changes to one document', () => {
    expect(
      mergeChanges([
        { collection: 'events', id: '1', kind: 'update', fields: ['title'] },
        { collection: 'events', id: '1', kind: 'update', fields: ['summary'] },
        { collection: 'events', id: '2', kind: 'create' },
        { collection: 'events', id: '2', kind: 'update', fields: ['title'] },
        { collection: 'events', id: '3', kind: 'update', fields: ['title'] },
        { collection: 'events', id: '3', kind: 'delete' },
      ]),
    ).toEqual([
      { collection: 'events', id: '1', kind: 'update', fields: ['title', 'summary'] },
      { collection: 'events', id: '2', kind: 'create', fields: undefined },
      { collection: 'events', id: '3', kind: 'delete', fields: undefined },
    ])
  })

  it('keeps a field read on every document once, for the collection', () => {
    const byDoc = new Map([
      ['events:1', new Set(['startsAt', 'title'])],
      ['events:2', new Set(['startsAt'])],
      ['events:*', new Set(['@'])],
    ])
    expect(compactReads(byDoc, new Map([['events', 2]]))).toEqual({ 'events:*': ['@', 'startsAt'], 'events:1': ['title'] })
  })
})
