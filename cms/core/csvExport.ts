/**
 * CSV for organizers' spreadsheets. Excel in a Kazakh or Russian Windows opens a double-clicked
 * .csv with the list separator of its regional settings (`;`) and guesses the encoding from a BOM:
 * so UTF-8 with a BOM, `;` between cells, CRLF between rows. Cells that a spreadsheet would run as
 * a formula (= + - @, or a leading tab/CR) are prefixed with an apostrophe: a registrant's name is
 * data, never a formula (CSV injection).
 */

export const csvSeparator = ';'
const bom = '\uFEFF'

const formulaStart = /^[=+\-@\t\r]/

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`
  return /[";\r\n,]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A whole file: header row first. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return bom + rows.map((row) => row.map(csvCell).join(csvSeparator)).join('\r\n') + '\r\n'
}
