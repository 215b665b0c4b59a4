import { describe, expect, it } from 'vitest'

import { missingLocales, translationStatus } from '../../../cms/core/translationStatus'

describe('translationStatus', () => {
  it('counts a language only when every required translated field has a value in it', () => {
    const doc = { title: { kk: 'Семинар', ru: 'Семинар', en: '' }, place: { kk: 'Астана', ru: null } }
    expect(translationStatus(doc, ['title'])).toEqual({ kk: true, ru: true, en: false })
    expect(translationStatus(doc, ['title', 'place'])).toEqual({ kk: true, ru: false, en: false })
    expect(missingLocales(doc, ['title', 'place'])).toEqual(['ru', 'en'])
  })

  it('treats blank strings and missing objects as absent, and no fields as nothing known', () => {
    expect(translationStatus({ title: { kk: '  ' } }, ['title']).kk).toBe(false)
    expect(translationStatus({}, ['title'])).toEqual({ kk: false, ru: false, en: false })
    expect(translationStatus({ title: { kk: 'a' } }, [])).toEqual({ kk: false, ru: false, en: false })
  })
})
