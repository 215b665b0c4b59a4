import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { atomFeed, escapeXml } from '../../../cms/core/atom'
import { shareCardSvg, wrapText } from '../../../cms/core/shareCard'
import { publicationKindPath, publicationsFeedPath } from '../../../cms/core/urls'

describe('atom feed writer', () => {
  it('writes a parsable feed with escaped text, absolute links and Almaty dates', () => {
    const xml = atomFeed({
      selfUrl: 'https://kelisim.example/kk/publications/feed.xml',
      pageUrl: 'https://kelisim.example/kk/publications/',
      lang: 'kk',
      title: 'Келісім — жарияланымдар',
      author: 'Келісім',
      updatedIfEmpty: '2026-01-01T00:00:00Z',
      entries: [
        {
          url: 'https://kelisim.example/kk/publications/a/',
          title: 'A & B <c>',
          summary: '«Қоғамдық келісім»',
          published: '2023-10-10T00:00:00Z',
          updated: '2023-10-11T00:00:00Z',
          category: { term: 'report', label: 'Есеп' },
        },
      ],
    })
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed
    expect(feed.title).toBe('Келісім — жарияланымдар')
    expect(feed.updated).toBe('2023-10-11T06:00:00+06:00')
    expect(feed.entry.title).toBe('A & B <c>')
    expect(feed.entry.link['@_href']).toBe('https://kelisim.example/kk/publications/a/')
    expect(feed.entry.published).toBe('2023-10-10T06:00:00+06:00')
  })

  it('dates an empty feed by its build', () => {
    const xml = atomFeed({ selfUrl: 'https://x/f.xml', pageUrl: 'https://x/', lang: 'en', title: 't', author: 'a', entries: [], updatedIfEmpty: '2026-11-23T06:00:00Z' })
    expect(xml).toContain('<updated>2026-11-23T11:00:00+05:00</updated>')
    expect(xml).not.toContain('<entry')
  })

  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })

  it('has one URL shape for feeds and kind pages', () => {
    expect(publicationsFeedPath()).toBe('publications/feed.xml')
    expect(publicationsFeedPath('press-release')).toBe('publications/kind/press-release/feed.xml')
    expect(publicationKindPath('video')).toBe('publications/kind/video/')
  })
})

describe('share card', () => {
  it('wraps a title into lines and cuts what does not fit', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four'])
    expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three…'])
  })

  it('draws the escaped title in an SVG of 1200×630', () => {
    const svg = shareCardSvg({ title: 'Келісім & <медиация>', kicker: 'Баспасөз релизі', siteName: 'Келісім', tagline: 'желі' })
    expect(svg).toContain('width="1200" height="630"')
    expect(svg).toContain('Келісім &amp; &lt;медиация&gt;')
    expect(new XMLParser().parse(svg).svg).toBeTruthy()
  })
})

describe('file sizes', () => {
  it('are written in the language', async () => {
    const { formatFileSize } = await import('../../../cms/core/format')
    expect(formatFileSize(340_000, 'en')).toBe('340 kB')
    expect(formatFileSize(2_430_000, 'en')).toBe('2.4 MB')
    expect(formatFileSize(2_430_000, 'ru')).toMatch(/^2,4\s?МБ$/)
    expect(formatFileSize(10, 'kk')).toMatch(/^1\s?\S+$/)
  })
})

describe('press room URL shapes', () => {
  it('name years and regions', async () => {
    const { publicationYearPath, publicationRegionPath } = await import('../../../cms/core/urls')
    expect(publicationYearPath('2023')).toBe('publications/year/2023/')
    expect(publicationRegionPath('almaty-city')).toBe('publications/region/almaty-city/')
  })
})
