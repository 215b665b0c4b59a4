/** Helpers for the dictionary tests: placeholder lists, key differences, select fields in a config. */
export function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]).sort()
}

export type Dict = Record<string, string>

/** Differences between two key sets, so a failure names the keys. */
export function keyDiff(a: Dict, b: Dict) {
  const ka = new Set(Object.keys(a))
  const kb = new Set(Object.keys(b))
  return {
    missing: [...ka].filter((k) => !kb.has(k)).sort(),
    extra: [...kb].filter((k) => !ka.has(k)).sort(),
  }
}

/**
 * Every `select` field in a Payload field tree, by field name, with its option values.
 * Walks presentational containers (row, collapsible, tabs) and data containers (group, array,
 * blocks) alike, since the site shows values from any of them.
 */
export type AnyField = Record<string, unknown> & { type?: string; name?: string }
export function selectOptions(fields: unknown[], prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const visit = (list: unknown[], path: string) => {
    for (const raw of list) {
      const f = raw as AnyField
      const name = typeof f.name === 'string' ? f.name : undefined
      const here = name ? (path ? `${path}.${name}` : name) : path
      if (f.type === 'select' && name) {
        const values = (f.options as Array<string | { value: string }>).map((o) => (typeof o === 'string' ? o : o.value))
        out.set(here, values)
      }
      if (Array.isArray(f.fields)) visit(f.fields as unknown[], f.type === 'group' || f.type === 'array' ? here : path)
      if (Array.isArray(f.tabs)) for (const tab of f.tabs as AnyField[]) visit((tab.fields as unknown[]) ?? [], path)
      if (Array.isArray(f.blocks)) for (const block of f.blocks as AnyField[]) visit((block.fields as unknown[]) ?? [], here)
    }
  }
  visit(fields, prefix)
  return out
}

export function selectValues(fields: unknown[], name: string): string[] {
  const values = selectOptions(fields).get(name)
  if (!values) throw new Error(`No select field "${name}" found in the collection config`)
  return values
}
