import { describe, expect, it } from 'vitest'

import { foldLetters } from '../../../cms/core/fold'
import { searchEntries, type SearchEntry } from '../../../cms/core/siteSearch'

const entry = (url: string, title: string, kind: SearchEntry[2], extra = ''): SearchEntry => [url, title, kind, foldLetters(`${title} ${extra}`), '']

const entries = [
  entry('/kk/offices/turkistan/', 'Түркістан облысының Достық үйі', 'office', 'Туркестан Turkistan'),
  entry('/kk/offices/kostanay/', 'Қостанай облысының Достық үйі', 'office'),
  entry('/kk/events/x/', 'Түркістанда дөңгелек үстел', 'event'),
]

describe('the search without JavaScript', () => {
  it('forgives Kazakh letters typed as Russian ones and case', () => {
    expect(searchEntries(entries, 'Туркистан').map((e) => e[0])).toEqual(['/kk/offices/turkistan/', '/kk/events/x/'])
    expect(searchEntries(entries, 'КОСТАНАЙ').map((e) => e[0])).toEqual(['/kk/offices/kostanay/'])
  })
  it('needs every word, filters by kind, and answers nothing to an empty query', () => {
    expect(searchEntries(entries, 'туркистан достык').map((e) => e[0])).toEqual(['/kk/offices/turkistan/'])
    expect(searchEntries(entries, 'туркистан', 'event').map((e) => e[0])).toEqual(['/kk/events/x/'])
    expect(searchEntries(entries, '  ')).toEqual([])
  })
})
