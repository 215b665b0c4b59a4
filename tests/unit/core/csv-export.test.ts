import { describe, expect, it } from 'vitest'

import { csvCell, toCsv } from '../../../cms/core/csvExport'

describe('toCsv', () => {
  it('writes a BOM, semicolons and CRLF, keeping Kazakh and Russian letters as they are', () => {
    const csv = toCsv([
      ['Аты-жөні', 'Эл. пошта'],
      ['Әсел Ңұрғалиқызы', 'asel@example.kz'],
    ])
    expect(csv).toBe('\uFEFFАты-жөні;Эл. пошта\r\nӘсел Ңұрғалиқызы;asel@example.kz\r\n')
  })

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('ТОО "Келісім"; филиал')).toBe('"ТОО ""Келісім""; филиал"')
    expect(csvCell('строка 1\nстрока 2')).toBe('"строка 1\nстрока 2"')
    expect(csvCell('1,5')).toBe('"1,5"')
  })

  it('never lets a cell start a formula, but leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`)
    expect(csvCell('+77011234567')).toBe("'+77011234567")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(null)).toBe('')
  })
})
