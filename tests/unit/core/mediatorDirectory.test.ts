import { describe, expect, it } from 'vitest'

import { directoryRow, filterDirectory, rowKind, rowSpecializations } from '../../../cms/core/mediatorDirectory'

const rows = [
  directoryRow({ slug: 'a', name: 'A', kind: 'professional', region: 'astana', specializations: ['family', 'medical'], languages: ['kk', 'ru'] }),
  directoryRow({ slug: 'b', name: 'B', kind: 'public', region: 'astana', specializations: ['labour'], languages: ['ru'] }),
  directoryRow({ slug: 'c', name: 'C', kind: 'public', region: 'aktobe', specializations: ['family'], languages: ['kk'] }),
]

describe('mediator directory', () => {
  it('filters by region, specialization, language and kind together', () => {
    expect(filterDirectory(rows, {}).map((r) => r[0])).toEqual(['a', 'b', 'c'])
    expect(filterDirectory(rows, { region: 'astana' }).map((r) => r[0])).toEqual(['a', 'b'])
    expect(filterDirectory(rows, { specialization: 'family', language: 'kk' }).map((r) => r[0])).toEqual(['a', 'c'])
    expect(filterDirectory(rows, { specialization: 'family', kind: 'public' }).map((r) => r[0])).toEqual(['c'])
    expect(filterDirectory(rows, { language: 'en' })).toEqual([])
  })
  it('reads a row back', () => {
    expect(rowSpecializations(rows[0]!)).toEqual(['family', 'medical'])
    expect(rowKind(rows[0]!)).toBe('professional')
  })
})
