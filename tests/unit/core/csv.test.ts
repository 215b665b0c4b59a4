import { describe, expect, it } from 'vitest'

import { detectSeparator, parseCsv, parseCsvRows } from '../../../cms/core/csv'

describe('CSV of the registries', () => {
  it('reads comma-separated UTF-8 with Kazakh text', () => {
    expect(parseCsvRows('a,b\nТүркістан,Қостанай\n')).toEqual([['a', 'b'], ['Түркістан', 'Қостанай']])
  })
  it('reads semicolons (Excel in a Russian locale), a BOM and CRLF', () => {
    const text = '\uFEFFregistry_number;name_ru;lat\r\nA-1;"Дом дружбы; г. Тараз";42,9\r\n'
    expect(detectSeparator(text)).toBe(';')
    expect(parseCsv(text)).toEqual([{ line: 2, fields: { registry_number: 'A-1', name_ru: 'Дом дружбы; г. Тараз', lat: '42,9' } }])
  })
  it('keeps quotes, separators and line breaks inside quoted fields, and skips blank lines', () => {
    const rows = parseCsvRows('x,y\n"say ""hi""","a,b\nc"\n\n1,2')
    expect(rows).toEqual([['x', 'y'], ['say "hi"', 'a,b\nc'], ['1', '2']])
  })
  it('detects the separator from the header only, outside quotes', () => {
    expect(detectSeparator('"a;b",c\n1;2;3')).toBe(',')
    expect(parseCsv('')).toEqual([])
  })
})
