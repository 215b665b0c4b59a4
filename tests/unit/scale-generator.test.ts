import { describe, expect, it } from 'vitest'

import { eventKinds, officeKinds, publicationKinds, specializations } from '../../cms/core/vocabulary'
import { checkReferences, loadSeedContent } from '../../cms/seed/content'
import { countsAt, generateNationalDataSet, GENERATED_SLUG_PREFIX, GENERATED_TITLE_PREFIX } from '../bench/scale/generate'

describe('the national-scale data set generator', () => {
  const data = generateNationalDataSet(0.05, 42)

  it('is reproducible from its seed, and the seed matters', () => {
    expect(generateNationalDataSet(0.05, 42)).toEqual(data)
    expect(generateNationalDataSet(0.05, 43).events.map((e) => e.start)).not.toEqual(data.events.map((e) => e.start))
  })

  it('has the size of the network times the scale', () => {
    expect(countsAt(1)).toEqual({ offices: 500, mediators: 1600, events: 5000, publications: 600 })
    expect(data.offices).toHaveLength(25)
    expect(data.mediators).toHaveLength(80)
    expect(data.events).toHaveLength(250)
    expect(data.publications).toHaveLength(30)
  })

  it('marks everything as generated, in every language', () => {
    const docs = [...data.offices, ...data.mediators, ...data.events, ...data.publications]
    for (const doc of docs) expect(doc.slug.startsWith(GENERATED_SLUG_PREFIX)).toBe(true)
    const titles = [...data.offices.map((o) => o.name), ...data.mediators.map((m) => m.name), ...data.events.map((e) => e.title), ...data.publications.map((p) => p.title)]
    for (const title of titles) {
      for (const locale of ['kk', 'ru', 'en'] as const) expect(title[locale]!.startsWith(GENERATED_TITLE_PREFIX)).toBe(true)
    }
  })

  it('uses the real regions and the controlled vocabularies, and its references resolve', () => {
    expect(data.regions).toEqual(loadSeedContent().regions)
    for (const o of data.offices) expect(officeKinds).toContain(o.kind)
    for (const e of data.events) expect(eventKinds).toContain(e.kind)
    for (const p of data.publications) expect(publicationKinds).toContain(p.kind)
    for (const m of data.mediators) for (const s of m.specializations) expect(specializations).toContain(s)
    expect(() => checkReferences(data)).not.toThrow()
  })

  it('writes text of realistic length: several paragraphs of body, speakers and opening hours', () => {
    const bodies = data.events.map((e) => e.body.ru!.join('\n\n').length)
    expect(Math.min(...bodies)).toBeGreaterThan(200)
    expect(data.events.every((e) => e.speakers.length >= 1)).toBe(true)
    expect(data.offices.every((o) => o.hours.length >= 5)).toBe(true)
  })
})
