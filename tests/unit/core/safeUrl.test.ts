import { describe, expect, it } from 'vitest'

import { locales } from '../../../cms/core/locales'
import { isSafeUrl, urlMessages } from '../../../cms/core/safeUrl'

describe('safe URLs', () => {
  it.each(['https://zoom.us/j/123', 'http://example.kz/path?x=1#y', 'HTTPS://EXAMPLE.KZ'])('accepts the web link %s', (url) => {
    expect(isSafeUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https:evil',
    '//evil.example',
    'ftp://example.kz',
    '/kk/events',
    'mailto:press@kelisim.kz',
  ])('refuses %j as a web link', (url) => {
    expect(isSafeUrl(url)).toBe(false)
  })

  it('admits mailto:, tel: and site paths only where they fit', () => {
    expect(isSafeUrl('mailto:press@kelisim.kz', 'web-or-contact')).toBe(true)
    expect(isSafeUrl('tel:+7 717 200 00 00', 'web-or-contact')).toBe(true)
    expect(isSafeUrl('tel:javascript', 'web-or-contact')).toBe(false)
    expect(isSafeUrl('/kk/events/', 'web-or-contact', { allowRelative: true })).toBe(true)
    expect(isSafeUrl('#section', 'web-or-contact', { allowRelative: true })).toBe(true)
    expect(isSafeUrl('javascript:alert(1)', 'web-or-contact', { allowRelative: true })).toBe(false)
    expect(isSafeUrl('//evil.example', 'web-or-contact', { allowRelative: true })).toBe(false)
  })

  it('explains the rule in kk, ru and en', () => {
    for (const lang of locales) expect(urlMessages[lang].web).toContain('https://')
  })
})
