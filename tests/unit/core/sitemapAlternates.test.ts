import { describe, expect, it } from 'vitest'

import { sitemapAlternates } from '../../../cms/core/sitemap'

const languages = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-US' }
const base = 'https://kelisim.example.kz/'
type Item = { url: string; links?: { url: string; lang: string }[] }

/** What @astrojs/sitemap's `i18n` option computes (generate-sitemap.js), written out as it does it. */
function integrationLinks(urls: string[]) {
  const sorted = [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  const parse = (url: string) => {
    let s = url.slice(base.length)
    if (!s || s === '/') return { locale: 'kk', path: '/' }
    if (s[0] !== '/') s = '/' + s
    const locale = s.split('/')[1]!
    return locale in languages ? { locale, path: s.slice(1 + locale.length) || '/' } : { locale: 'kk', path: s }
  }
  return sorted.map((url) => {
    const { path } = parse(url)
    const links = sorted.filter((u) => parse(u).path === path).map((u) => ({ url: u, lang: languages[parse(u).locale as keyof typeof languages] }))
    return { url, links: links.length > 1 ? links : undefined }
  })
}

describe('sitemapAlternates', () => {
  it('writes the same alternates as the integration, indexed once', () => {
    const paths = ['', 'kk/', 'ru/', 'en/', 'kk/events/', 'ru/events/', 'kk/events/page/10/', 'kk/events/page/9/', 'ru/events/page/9/', 'og/en/home.png', 'en/only-english/', 'robots.txt', 'kk/404/']
    const urls = paths.map((p) => base + p)
    const { filter, serialize } = sitemapAlternates(languages, (u) => !u.endsWith('/404/'))
    const kept = urls.filter(filter)
    const sorted = [...kept].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    const ours = sorted.map((url) => serialize<Item>({ url }))
    expect(ours).toEqual(integrationLinks(kept))
    // A second build in the same process starts afresh.
    expect(['kk/x/', 'ru/x/'].map((p) => base + p).filter(filter)).toHaveLength(2)
    expect(serialize<Item>({ url: base + 'kk/x/' }).links).toHaveLength(2)
  })
})
