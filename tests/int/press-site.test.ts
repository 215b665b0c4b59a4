import fs from 'node:fs'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { liveSiteLink } from '../../cms/lib/paths'
import { buildSiteInChildProcess } from '../../cms/publish/runBuildProcess'
import { locales } from '../../cms/core/locales'
import { publicationKinds } from '../../cms/core/vocabulary'
import { tinyPdf, tinyPng } from './files'
import { quiet, seededPayload } from './helpers'

/**
 * The press room over a real build of the seeded site with a draft and an embargoed publication:
 * every Atom feed parsed as a reader would (fast-xml-parser), with absolute links to pages that
 * exist and real dates; the draft and the embargoed item nowhere public; Open Graph and Twitter
 * tags with an existing image on every page kind; robots.txt naming the sitemap.
 */

const siteUrl = 'https://kelisim.example'
let payload: Payload
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const hidden = ['press-feed-draft', 'press-feed-embargoed']
const outcomeSlug = 'press-site-event-outcomes'

function liveFile(urlPath: string) {
  const clean = decodeURIComponent(urlPath.replace(siteUrl, '').split('#')[0]!)
  return path.join(liveSiteLink, clean.endsWith('/') ? `${clean}index.html` : clean)
}

function feeds(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === 'feed.xml') found.push(full)
    }
  }
  for (const lang of locales) walk(path.join(liveSiteLink, lang))
  return found
}

beforeAll(async () => {
  payload = await seededPayload()
  const base = { kind: 'press-release', publishedOn: new Date().toISOString() }
  await payload.create({ collection: 'publications', locale: 'kk', data: { ...base, title: 'Жоба релизі', slug: hidden[0], _status: 'draft' } as never, overrideAccess: true, context: quiet })
  await payload.create({
    collection: 'publications',
    locale: 'kk',
    data: { ...base, title: 'Эмбарго релизі', slug: hidden[1], _status: 'published', releaseAt: new Date(Date.now() + 86_400_000).toISOString() } as never,
    overrideAccess: true,
    context: quiet,
  })
  // A past event with outcome figures, photos and a report: its page shows them.
  const photo = await tinyPng(640, 480)
  const image = await payload.create({ collection: 'media', data: { alt: 'Дөңгелек үстел' } as never, file: { data: photo, mimetype: 'image/png', name: 'outcome.png', size: photo.length }, overrideAccess: true, context: quiet })
  const pdf = tinyPdf()
  const report = await payload.create({ collection: 'documents', data: { title: 'Есеп' } as never, file: { data: pdf, mimetype: 'application/pdf', name: 'outcome-report.pdf', size: pdf.length }, overrideAccess: true, context: quiet })
  await payload.create({
    collection: 'events',
    locale: 'kk',
    data: {
      title: 'Нәтижелері бар дөңгелек үстел',
      slug: outcomeSlug,
      kind: 'round-table',
      format: 'offline',
      status: 'scheduled',
      startsAt: '2025-03-05T05:00:00.000Z',
      outcomes: { participants: 40, consultations: 12, agreements: 3, photos: [image.id], report: report.id },
      _status: 'published',
    } as never,
    overrideAccess: true,
    context: quiet,
  })
  await buildSiteInChildProcess({ ...process.env, KELISIM_SITE_URL: siteUrl })
}, 300_000)

describe('event outcomes', () => {
  it('a past event shows its figures, sized lazy photos and the report with its size', () => {
    const html = fs.readFileSync(path.join(liveSiteLink, 'ru', 'events', outcomeSlug, 'index.html'), 'utf8')
    expect(html).toContain('Проведено консультаций')
    expect(html).toContain('Медиативных соглашений')
    const img = /<ul class="outcome-photos"[^>]*>.*?(<img[^>]*>)/s.exec(html)?.[1] ?? ''
    expect(img).toMatch(/ width="\d+"/)
    expect(img).toMatch(/ height="\d+"/)
    expect(img).toContain('loading="lazy"')
    expect(img).toContain('alt="Дөңгелек үстел"')
    expect(html).toMatch(/<a href="[^"]*outcome-report[^"]*\.pdf" download>Отчёт<\/a> \(/)
  })
})

describe('feeds', () => {
  it('exist per language and per kind, parse, link absolutely to built pages, and carry real dates', () => {
    const files = feeds()
    expect(files).toHaveLength(locales.length * (1 + publicationKinds.length))
    let entries = 0
    for (const file of files) {
      const xml = fs.readFileSync(file, 'utf8')
      const feed = parser.parse(xml).feed
      expect(feed, file).toBeTruthy()
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
      const self = asList(feed.link).find((l: { '@rel': string }) => l['@rel'] === 'self') as { '@href': string }
      expect(self['@href']).toBe(`${siteUrl}/${path.relative(liveSiteLink, file)}`)
      expect(Number.isNaN(Date.parse(feed.updated))).toBe(false)
      const kind = /kind\/([^/]+)\/feed\.xml$/.exec(file)?.[1]
      for (const entry of asList(feed.entry) as Array<Record<string, any>>) {
        entries++
        const href = entry.link['@href'] as string
        expect(href.startsWith(`${siteUrl}/`), href).toBe(true)
        expect(fs.existsSync(liveFile(href)), `${href} is built`).toBe(true)
        expect(entry.id).toBe(href)
        expect(Number.isNaN(Date.parse(entry.published))).toBe(false)
        expect(entry.published).toMatch(/[+-]0[56]:00$/)
        expect(hidden.some((slug) => href.includes(slug)), `${href} in ${file}`).toBe(false)
        if (kind) expect(entry.category['@term']).toBe(kind)
      }
    }
    expect(entries).toBeGreaterThan(0)
  })

  it('keep drafts and embargoed publications off the site, the sitemap and the feeds', () => {
    const sitemap = fs.readFileSync(path.join(liveSiteLink, 'sitemap-0.xml'), 'utf8')
    for (const slug of hidden) {
      expect(sitemap).not.toContain(slug)
      for (const lang of locales) expect(fs.existsSync(path.join(liveSiteLink, lang, 'publications', slug))).toBe(false)
      for (const file of feeds()) expect(fs.readFileSync(file, 'utf8')).not.toContain(slug)
    }
  })

  it('robots.txt points to the sitemap', () => {
    const robots = fs.readFileSync(path.join(liveSiteLink, 'robots.txt'), 'utf8')
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`)
    expect(fs.existsSync(path.join(liveSiteLink, 'sitemap-index.xml'))).toBe(true)
  })
})

describe('Open Graph and Twitter cards', () => {
  const firstUnder = (lang: string, section: string) => {
    const dir = path.join(liveSiteLink, lang, section)
    // A document's own page, not a list beside it (press-room filters, calendar views, region lists).
    const notDocuments = new Set(['kind', 'year', 'region', 'page', 'archive', 'feeds', 'subscribe'])
    const entry = fs
      .readdirSync(dir, { withFileTypes: true })
      .find((e) => e.isDirectory() && !notDocuments.has(e.name) && !/^\d{4}-\d{2}$/.test(e.name))
    return entry ? `/${lang}/${section}/${entry.name}/` : null
  }
  // A section without documents in this build (the seed's mediators are all demo records) has no page to check.
  const pageKinds = (lang: string): Array<[string, string, string]> =>
    ([
    ['home', `/${lang}/`, 'website'],
    ['events list', `/${lang}/events/`, 'website'],
    ['event', firstUnder(lang, 'events'), 'event'],
    ['open-door day', firstUnder(lang, 'open-door-days'), 'event'],
    ['offices list', `/${lang}/offices/`, 'website'],
    ['office', firstUnder(lang, 'offices'), 'website'],
    ['mediators list', `/${lang}/mediators/`, 'website'],
    ['mediator', firstUnder(lang, 'mediators'), 'website'],
    ['publications list', `/${lang}/publications/`, 'website'],
    ['publications of a kind', `/${lang}/publications/kind/press-release/`, 'website'],
    ['publication', `/${lang}/publications/kyrgyzstan-civil-society-local-government-conflict-prevention-trainings-2021/`, 'article'],
    ['about', `/${lang}/about/`, 'website'],
    ['faq', `/${lang}/faq/`, 'website'],
    ['search', `/${lang}/search/`, 'website'],
    ] as Array<[string, string | null, string]>).filter((kind): kind is [string, string, string] => kind[1] !== null)

  const meta = (html: string, key: string) =>
    new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1]

  it.each(locales)('are on every page kind in %s, with an image that exists', (lang) => {
    for (const [kind, url, type] of [...pageKinds(lang), ['404', `/${lang}/404.html`, 'website'] as [string, string, string]]) {
      const html = fs.readFileSync(liveFile(url), 'utf8')
      for (const key of ['og:title', 'og:description', 'og:type', 'og:image', 'og:locale', 'twitter:card', 'twitter:image']) {
        expect(meta(html, key), `${key} on ${kind} ${url}`).toBeTruthy()
      }
      if (type) expect(meta(html, 'og:type'), `og:type on ${kind}`).toBe(type)
      const image = meta(html, 'og:image')!
      expect(image.startsWith(`${siteUrl}/`), image).toBe(true)
      if (image.startsWith(`${siteUrl}/og/`)) expect(fs.existsSync(liveFile(image)), `${image} is built`).toBe(true)
      expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/(kk|ru|en)\/publications\/feed\.xml"/)
    }
  })

  it('gives a publication its own card, with its title in the page language', () => {
    const html = fs.readFileSync(liveFile('/en/publications/kyrgyzstan-civil-society-local-government-conflict-prevention-trainings-2021/'), 'utf8')
    expect(meta(html, 'og:image')).toBe(`${siteUrl}/og/en/publications/kyrgyzstan-civil-society-local-government-conflict-prevention-trainings-2021.png`)
    expect(meta(html, 'article:published_time')).toMatch(/^2021-11-12T/)
    const png = fs.readFileSync(liveFile('/og/en/publications/kyrgyzstan-civil-society-local-government-conflict-prevention-trainings-2021.png'))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(1200)
    expect(png.readUInt32BE(20)).toBe(630)
  })
})
