import { describe, expect, it } from 'vitest'

import { locales } from '../../../cms/core/locales'
import {
  parsePreviewDoc,
  previewFilePath,
  previewLabels,
  previewMessages,
  previewPagePaths,
  rewritePreviewUrls,
} from '../../../cms/core/preview'

describe('draft preview rules', () => {
  it('reads the previewed document from the environment, only for collections with pages', () => {
    expect(parsePreviewDoc('events:12')).toEqual({ collection: 'events', id: '12' })
    expect(parsePreviewDoc('open-door-days:6742c0ffee')).toEqual({ collection: 'open-door-days', id: '6742c0ffee' })
    expect(parsePreviewDoc('users:1')).toBeUndefined()
    expect(parsePreviewDoc('events:')).toBeUndefined()
    expect(parsePreviewDoc('events:1/../2')).toBeUndefined()
    expect(parsePreviewDoc(undefined)).toBeUndefined()
  })

  it('builds the document page in every language', () => {
    expect(previewPagePaths('events', 'school-mediation')).toEqual(['/kk/events/school-mediation/', '/ru/events/school-mediation/', '/en/events/school-mediation/'])
    expect(previewPagePaths('open-door-days', 'x')[1]).toBe('/ru/open-door-days/x/')
  })

  it('points root-relative URLs into the preview, leaving the CMS API, the admin and other origins alone', () => {
    const prefix = '/api/previews/abc/site'
    const html = [
      '<link rel="stylesheet" href="/styles/site.css">',
      '<script type="module" src="/_astro/page.js"></script>',
      '<a href="/ru/events/x/">ru</a>',
      '<img src="/api/media/file/a.jpg" srcset="/api/media/file/a-web.jpg 1280w, /og/kk/events.png 2x">',
      '<a href="/admin">admin</a><a href="//example.org/x">x</a><a href="https://example.org/">y</a>',
      '<form action="/kk/search/"></form>',
    ].join('')
    const out = rewritePreviewUrls(html, prefix)
    expect(out).toContain('href="/api/previews/abc/site/styles/site.css"')
    expect(out).toContain('src="/api/previews/abc/site/_astro/page.js"')
    expect(out).toContain('href="/api/previews/abc/site/ru/events/x/"')
    expect(out).toContain('src="/api/media/file/a.jpg"')
    expect(out).toContain('srcset="/api/media/file/a-web.jpg 1280w, /api/previews/abc/site/og/kk/events.png 2x"')
    expect(out).toContain('href="/admin"')
    expect(out).toContain('href="//example.org/x"')
    expect(out).toContain('action="/api/previews/abc/site/kk/search/"')
    expect(rewritePreviewUrls('a{background:url(/img/x.svg)} b{background:url("/api/media/file/y.png")}', prefix)).toBe(
      'a{background:url(/api/previews/abc/site/img/x.svg)} b{background:url("/api/media/file/y.png")}',
    )
  })

  it('maps site paths to files inside the preview folder, never outside it', () => {
    expect(previewFilePath('/kk/events/x/')).toBe('kk/events/x/index.html')
    expect(previewFilePath('/kk/events/x')).toBe('kk/events/x/index.html')
    expect(previewFilePath('/_astro/a.css')).toBe('_astro/a.css')
    expect(previewFilePath('/')).toBe('index.html')
    expect(previewFilePath('/kk/../../preview.json')).toBeUndefined()
    expect(previewFilePath('/kk/..\\x')).toBeUndefined()
    expect(previewFilePath('/.kelisim/pages.json')).toBeUndefined()
  })

  it('says everything in kk, ru and en', () => {
    for (const lang of locales) {
      for (const value of Object.values(previewLabels[lang])) expect(typeof value === 'function' ? value('x') : value).toMatch(/\S/)
      for (const value of Object.values(previewMessages[lang])) expect(value).toMatch(/\S/)
    }
  })
})
