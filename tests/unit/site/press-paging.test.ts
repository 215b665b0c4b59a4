import { describe, expect, it } from 'vitest'

import { laterPublicationPages, publicationListPagePath, publicationPageCount, publicationPageSize } from '../../../site/lib/press'

describe('press room list paging', () => {
  it('keeps every list to one page of publications, at least one page even when empty', () => {
    expect(publicationPageSize).toBe(20)
    expect([0, 1, 20, 21, 40, 41, 600].map(publicationPageCount)).toEqual([1, 1, 1, 2, 2, 3, 30])
  })

  it('puts later pages under page/N/ of the list and leaves page 1 at the list itself', () => {
    expect(publicationListPagePath('publications/', 1)).toBe('publications/')
    expect(publicationListPagePath('publications/kind/report/', 3)).toBe('publications/kind/report/page/3/')
  })

  it('lists pages 2..N in every language with the list they belong to', () => {
    const paths = laterPublicationPages(45, { year: '2026' }, { year: '2026' }, ['kk', 'ru', 'en'])
    expect(paths.map((p) => `${p.params.lang}/${(p.params as { year?: string }).year}/${p.params.page}`)).toEqual(['kk/2026/2', 'kk/2026/3', 'ru/2026/2', 'ru/2026/3', 'en/2026/2', 'en/2026/3'])
    expect(paths[0]!.props).toEqual({ year: '2026', lang: 'kk', page: 2 })
    expect(laterPublicationPages(20, {}, {}, ['kk'])).toEqual([])
  })
})
