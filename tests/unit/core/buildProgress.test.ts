import { describe, expect, it } from 'vitest'

import { siteBuildStatusLabels } from '../../../cms/components/siteBuildStatusLabels'
import { buildPhases, describeProgress, formatProgressLine, parseProgressLine } from '../../../cms/core/buildProgress'
import { locales } from '../../../cms/core/locales'

describe('build progress', () => {
  it('reads back what it prints, with and without a step', () => {
    for (const p of [{ done: 12, total: 24399 }, { done: 24399, total: 24399, phase: 'pages live' }]) {
      expect(parseProgressLine(formatProgressLine(p))).toEqual(p)
    }
    expect(parseProgressLine('KELISIM_PROGRESS twelve/3 pages')).toBeUndefined()
  })

  it('names every step in the admin language, and leaves out a step it does not know', () => {
    for (const locale of locales) {
      const labels = siteBuildStatusLabels[locale].phase
      for (const phase of buildPhases) expect(labels[phase], `${locale} ${phase}`).toMatch(/\S/)
      // The three languages say different things (no step left in English).
      if (locale !== 'en') for (const phase of buildPhases) expect(labels[phase]).not.toBe(siteBuildStatusLabels.en.phase[phase])
    }
    const ru = siteBuildStatusLabels.ru
    expect(describeProgress({ done: 1234, total: 24399, phase: 'pages live' }, ru.pages, 'ru-KZ', ru.phase)).toBe(
      `1\u00a0234 / 24\u00a0399 страниц (5%) · ${ru.phase['pages live']}`,
    )
    expect(describeProgress({ done: 5, total: 10, phase: 'something new' }, 'pages', 'en', siteBuildStatusLabels.en.phase)).toBe('5 / 10 pages (50%)')
  })
})
