import { describe, expect, it } from 'vitest'

import { entryFromHtml, fileOfRenderedPage, spaceBlocks } from '../../cms/publish/searchIndex'

describe('search indexing of built pages', () => {
  it('keeps adjacent blocks apart ("ТаразӨңірЖамбыл")', () => {
    const html = '<dl><dt>Қала</dt><dd>Тараз</dd><dt>Өңір</dt><dd>Жамбыл</dd></dl>'
    const text = spaceBlocks(html).replace(/<[^>]+>/g, '')
    expect(text).toBe('Қала\nТараз\nӨңір\nЖамбыл\n')
  })
  it('takes title, kind and the folded names from a page', () => {
    const html =
      '<html lang="ru"><head><meta name="description" content="Дом дружбы"></head><body><main data-pagefind-body><article data-pagefind-meta="kind:office"><h1 class="page-title" data-pagefind-index-attrs="data-folded" data-folded="туркистан">Кабинет в Туркестане</h1></article></main></body></html>'
    expect(entryFromHtml(html, '/ru/offices/x/')).toEqual(['/ru/offices/x/', 'Кабинет в Туркестане', 'office', 'кабинет в туркестане туркистан дом дружбы', 'Дом дружбы'])
    expect(entryFromHtml(html.replace('data-pagefind-body', ''), '/ru/x/')).toBeNull()
  })
})

describe('fileOfRenderedPage', () => {
  it('names the file a rendered page becomes, with the not-found pages flat', () => {
    expect(fileOfRenderedPage('/')).toBe('index.html')
    expect(fileOfRenderedPage('/kk/events/open-door-day/')).toBe('kk/events/open-door-day/index.html')
    expect(fileOfRenderedPage('/ru/events/%D0%B4%D0%B5%D0%BD%D1%8C/')).toBe('ru/events/день/index.html')
    expect(fileOfRenderedPage('/404/')).toBe('404.html')
    expect(fileOfRenderedPage('/kk/404/')).toBe('kk/404.html')
    expect(fileOfRenderedPage('/kk/events/404/')).toBe('kk/events/404/index.html')
  })
})
