import { describe, expect, it } from 'vitest'

import { locales } from '../../../cms/core/locales'
import { labelsOf, optionsOf, vocabularies, vocabularyLabels, type VocabularyKey } from '../../../cms/core/vocabulary'

const allKeys = Object.entries(vocabularies).flatMap(([name, values]) => values.map((v) => `${name}.${v}` as VocabularyKey))

describe('controlled vocabularies', () => {
  it('label every value in every language, and nothing else', () => {
    for (const lang of locales) {
      expect(Object.keys(vocabularyLabels[lang]).sort()).toEqual([...allKeys].sort())
      for (const key of allKeys) expect(vocabularyLabels[lang][key].trim(), `${lang} ${key}`).not.toBe('')
    }
  })

  it('have Kazakh labels that are not the English ones', () => {
    expect(allKeys.filter((k) => vocabularyLabels.kk[k] === vocabularyLabels.en[k])).toEqual([])
  })

  it('give admin select options with the labels of every language', () => {
    const options = optionsOf('event.format')
    expect(options.map((o) => o.value)).toEqual(['offline', 'online', 'hybrid'])
    expect(options[1]!.label).toEqual(labelsOf('event.format.online'))
    expect(Object.keys(options[1]!.label).sort()).toEqual([...locales].sort())
  })

  it('have no duplicate values within a list', () => {
    for (const values of Object.values(vocabularies)) expect(new Set(values).size).toBe(values.length)
  })
})
