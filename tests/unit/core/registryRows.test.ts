import { describe, expect, it } from 'vitest'

import { parseCsv } from '../../../cms/core/csv'
import { markDuplicates, mediatorFromRow, officeFromRow, regionLookup, vocabularyValue } from '../../../cms/core/registryRows'

const findRegion = regionLookup([
  { code: 'turkistan', names: ['Түркістан облысы', 'Туркестанская область', 'Turkistan Region'] },
  { code: 'shymkent', names: ['Шымкент'] },
])

describe('registry rows', () => {
  it('reads an office row in Russian with a semicolon file and decimal commas', () => {
    const [row] = parseCsv('\uFEFFregistry_number;kind;region;name_ru;settlement_ru;lat;lng;phone\nR-1;Диалоговая площадка;Туркестанская область;Площадка в Кентау;Кентау;"43,52";"68,5";8 (72544) 3-00-00\n')
    const result = officeFromRow(row!.line, row!.fields, findRegion)
    expect(result.problems).toEqual([])
    expect(result.record).toMatchObject({ registryNumber: 'R-1', kind: 'dialogue-platform', region: 'turkistan', lat: 43.52, lng: 68.5, phone: '+77254430000' })
  })
  it('names every problem of a row', () => {
    const result = officeFromRow(3, { registry_number: 'R-2', kind: 'castle', region: 'Atlantis', name_kk: 'X', lat: '68.5', lng: '43.5', phone: '123' }, findRegion)
    expect(result.problems.sort()).toEqual(['coordinates', 'kind', 'phone', 'region', 'settlement'])
    expect(result.record).toBeUndefined()
  })
  it('reads a mediator row, knows labels in any language and flags duplicates and unknown offices', () => {
    expect(vocabularyValue('mediator.kind', 'Қоғамдық медиатор')).toBe('public')
    expect(vocabularyValue('specialization', 'family')).toBe('family')
    const row = { registry_number: 'M-1', kind: 'профессиональный', region: 'shymkent', name_ru: 'Имя', office_registry_number: 'R-1', specializations: 'family, labour', active: 'нет' }
    const ok = mediatorFromRow(2, row, findRegion, (r) => r === 'R-1')
    expect(ok.record).toMatchObject({ kind: 'professional', specializations: ['family', 'labour'], active: false, publishContacts: false })
    expect(mediatorFromRow(3, { ...row, office_registry_number: 'R-9' }, findRegion, () => false).problems).toEqual(['office'])
    const rows = markDuplicates([ok, mediatorFromRow(4, row, findRegion, () => true)])
    expect(rows[1]!.problems).toEqual(['duplicate'])
  })
})
