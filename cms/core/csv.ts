/**
 * CSV as the registries are kept in spreadsheets: comma or semicolon (Excel in a Russian locale
 * writes semicolons), UTF-8 with or without a BOM, quoted fields with doubled quotes and line
 * breaks inside, CRLF or LF. The separator is the one of the two found more often in the header
 * line outside quotes.
 */

export function detectSeparator(text: string): ',' | ';' {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const c of firstLine) {
    if (c === '"') quoted = !quoted
    else if (!quoted && c === ',') commas++
    else if (!quoted && c === ';') semicolons++
  }
  return semicolons > commas ? ';' : ','
}

/** Rows of fields; blank lines are skipped. */
export function parseCsvRows(input: string, separator = detectSeparator(input)): string[][] {
  const text = input.replace(/^\uFEFF/, '')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === separator) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((f) => f.trim() !== '')) rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  row.push(field)
  if (row.some((f) => f.trim() !== '')) rows.push(row)
  return rows
}

/** Records keyed by the header row's names (trimmed, lower case); `line` is the record's line number in the file. */
export function parseCsv(input: string): Array<{ line: number; fields: Record<string, string> }> {
  const [header, ...rows] = parseCsvRows(input)
  if (!header) return []
  const names = header.map((h) => h.trim().toLowerCase())
  return rows.map((row, i) => ({
    line: i + 2,
    fields: Object.fromEntries(names.map((name, k) => [name, (row[k] ?? '').trim()])),
  }))
}
