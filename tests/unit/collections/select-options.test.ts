import { describe, expect, it } from 'vitest'

import { Events } from '../../../cms/collections/Events'
import { Mediators } from '../../../cms/collections/Mediators'
import { Offices } from '../../../cms/collections/Offices'
import { Publications } from '../../../cms/collections/Publications'
import { locales } from '../../../cms/core/locales'
import {
  eventKinds,
  specializations as specializationOptions,
  publicationKinds,
  vocabularyLabels,
  weekdays,
} from '../../../cms/core/vocabulary'
import { selectOptions, selectValues as optionsOf } from '../support/dictionaries'

const ui = vocabularyLabels as unknown as Record<'kk' | 'ru' | 'en', Record<string, string>>

function expectKeysInAllLanguages(prefix: string, values: readonly string[]) {
  expect(values.length).toBeGreaterThan(0)
  const missing = locales.flatMap((lang) => values.map((v) => `${prefix}${v}`).filter((k) => !ui[lang][k]?.trim()).map((k) => `${lang}: ${k}`))
  expect(missing).toEqual([])
}

describe('CMS select values shown on the site are labelled in every language', () => {
  it('finds select fields nested in rows, collapsibles, groups and arrays', () => {
    const eventSelects = selectOptions(Events.fields)
    expect([...eventSelects.keys()]).toEqual(expect.arrayContaining(['kind', 'format', 'status', 'languages']))
    expect(selectOptions(Offices.fields).has('hours.day')).toBe(true)
  })

  it('event kinds: the exported list matches the select options', () => {
    expect(optionsOf(Events.fields, 'kind')).toEqual([...eventKinds])
    expectKeysInAllLanguages('event.kind.', eventKinds)
  })

  it('event formats', () => {
    const values = optionsOf(Events.fields, 'format')
    expect(values).toEqual(expect.arrayContaining(['offline', 'online', 'hybrid']))
    expectKeysInAllLanguages('event.format.', values)
  })

  it('event statuses', () => {
    const values = optionsOf(Events.fields, 'status')
    expect(values).toContain('cancelled')
    expectKeysInAllLanguages('event.status.', values)
  })

  it('office kinds', () => {
    const values = optionsOf(Offices.fields, 'kind')
    expect(values).toContain('house-of-friendship')
    expectKeysInAllLanguages('office.kind.', values)
  })

  it('dialogue platform types', () => {
    const values = optionsOf(Offices.fields, 'platformType')
    expect(values.length).toBeGreaterThanOrEqual(5)
    expectKeysInAllLanguages('office.platform.', values)
  })

  it('opening-hours weekdays (exported list and the select in Offices)', () => {
    expect([...weekdays]).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
    expect(optionsOf(Offices.fields, 'hours.day')).toEqual([...weekdays])
    expectKeysInAllLanguages('weekday.', weekdays)
  })

  it('mediator kinds', () => {
    const values = optionsOf(Mediators.fields, 'kind')
    expect(values).toEqual(expect.arrayContaining(['professional', 'public']))
    expectKeysInAllLanguages('mediator.kind.', values)
  })

  it('mediator specializations: the exported list matches the select options', () => {
    expect(optionsOf(Mediators.fields, 'specializations')).toEqual([...specializationOptions])
    expectKeysInAllLanguages('specialization.', specializationOptions)
  })

  it('publication kinds: the exported list matches the select options', () => {
    expect(optionsOf(Publications.fields, 'kind')).toEqual([...publicationKinds])
    expectKeysInAllLanguages('publication.kind.', publicationKinds)
  })

  it('languages fields offer exactly the site locales, each with a language.<l> key', () => {
    for (const config of [Events, Offices, Mediators]) {
      const values = optionsOf(config.fields, 'languages')
      expect([...values].sort()).toEqual([...locales].sort())
    }
  })

  it('has no orphan option keys: every event.kind.* key is a real kind', () => {
    const families: Array<[string, readonly string[]]> = [
      ['event.kind.', eventKinds],
      ['event.format.', optionsOf(Events.fields, 'format')],
      ['event.status.', optionsOf(Events.fields, 'status')],
      ['office.kind.', optionsOf(Offices.fields, 'kind')],
      ['office.platform.', optionsOf(Offices.fields, 'platformType')],
      ['mediator.kind.', optionsOf(Mediators.fields, 'kind')],
      ['specialization.', specializationOptions],
      ['publication.kind.', publicationKinds],
      ['weekday.', weekdays],
    ]
    const orphans: string[] = []
    for (const [prefix, values] of families) {
      for (const key of Object.keys(ui.kk)) {
        if (key.startsWith(prefix) && !values.includes(key.slice(prefix.length))) orphans.push(key)
      }
    }
    expect(orphans).toEqual([])
  })
})

describe('admin option labels', () => {
  it('come from the one vocabulary label map, in every language', () => {
    const kindOption = (Events.fields.flatMap((f) => ('fields' in f ? f.fields : [f])) as Array<{ name?: string; options?: unknown }>).find(
      (f) => f.name === 'kind',
    )
    const options = kindOption?.options as Array<{ value: string; label: Record<string, string> }>
    for (const { value, label } of options) {
      for (const lang of locales) expect(label[lang]).toBe(ui[lang][`event.kind.${value}`])
    }
  })
})
