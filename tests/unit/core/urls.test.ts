import { describe, expect, it } from 'vitest'

import { localizedPath, localizedUrl, sectionPath, sections } from '../../../cms/core/urls'

describe('public URL shapes', () => {
  it('builds section and document paths with a trailing slash', () => {
    expect(sectionPath('home')).toBe('')
    expect(sectionPath('events')).toBe('events/')
    expect(sectionPath('events', 'round-table-2023')).toBe('events/round-table-2023/')
    expect(sectionPath('openDoorDays', 'open-door-day-2026-q4')).toBe('open-door-days/open-door-day-2026-q4/')
  })

  it('puts the language first', () => {
    expect(localizedUrl('kk', 'home')).toBe('/kk/')
    expect(localizedUrl('ru', 'offices')).toBe('/ru/offices/')
    expect(localizedUrl('en', 'mediators', 'sample-1')).toBe('/en/mediators/sample-1/')
    expect(localizedPath('kk', 'events/x/')).toBe('/kk/events/x/')
    expect(localizedPath('kk', '/events/x/')).toBe('/kk/events/x/')
  })

  it('escapes a slug so it cannot leave its segment', () => {
    expect(localizedUrl('kk', 'events', 'a/b?c')).toBe('/kk/events/a%2Fb%3Fc/')
  })

  it('has one path segment per section, all distinct', () => {
    const segments = Object.values(sections).filter(Boolean)
    expect(new Set(segments).size).toBe(segments.length)
    for (const s of segments) expect(s).toMatch(/^[a-z-]+$/)
  })
})
