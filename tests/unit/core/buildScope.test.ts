import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { pageUrl, parseScopeFile } from '../../../cms/core/buildScope'

describe('build scope', () => {
  it('gives each route page the URL Astro writes it at', () => {
    expect(pageUrl('[lang]/events/[slug].astro', { lang: 'kk', slug: 'a-b' })).toBe('/kk/events/a-b/')
    expect(pageUrl('[lang]/events/index.astro', { lang: 'ru' })).toBe('/ru/events/')
    expect(pageUrl('[lang]/index.astro', { lang: 'en' })).toBe('/en/')
    expect(pageUrl('index.astro')).toBe('/')
    expect(pageUrl('[lang]/events/[year]-[month].astro', { lang: 'kk', year: '2026', month: '03' })).toBe('/kk/events/2026-03/')
    expect(pageUrl('[lang]/events/feeds/[feed].ics.ts', { lang: 'ru', feed: 'region-almaty' })).toBe('/ru/events/feeds/region-almaty.ics')
    expect(pageUrl('[lang]/publications/kind/[kind]/feed.xml.ts', { lang: 'kk', kind: 'report' })).toBe('/kk/publications/kind/report/feed.xml')
    expect(() => pageUrl('[lang]/events/[slug].astro', { lang: 'kk' })).toThrow(/slug/)
  })

  it('reads a scope file of paths, one per line', () => {
    expect([...parseScopeFile('/kk/events/x/\n\n# comment\nru/events/feeds/all.ics\n')]).toEqual(['/kk/events/x/', '/ru/events/feeds/all.ics'])
  })

  // The Vite plugin (site/integrations/buildScope.mjs) wraps exactly these declarations; a route
  // with params declaring getStaticPaths another way would fail the build, never lose its pages.
  it('finds a getStaticPaths it can wrap in every route with params', () => {
    const pagesDir = path.resolve('site/pages')
    const files = (fs.readdirSync(pagesDir, { recursive: true }) as string[]).filter((f) => /\.(astro|ts)$/.test(f) && f.includes('['))
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const source = fs.readFileSync(path.join(pagesDir, file), 'utf8')
      expect(/^export\s+(async\s+)?function\s+getStaticPaths\b|^export\s+const\s+getStaticPaths\s*=/m.test(source), file).toBe(true)
    }
  })
})
