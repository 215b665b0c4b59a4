import type { Field } from 'payload'

/**
 * Rewrites a field tree for the config wrappers of payload.config.ts (safe URLs, every language on
 * create): `replace` sees each field with whether a localized group, array, tab or block holds it;
 * a field it returns takes that field's place, and `undefined` leaves the field as it is and goes
 * on into the fields it contains (groups, arrays, rows, collapsibles, tabs, blocks).
 */
export function mapFields(fields: Field[], replace: (field: Field, insideLocalized: boolean) => Field | undefined, insideLocalized = false): Field[] {
  return fields.map((field) => {
    const replaced = replace(field, insideLocalized)
    if (replaced) return replaced
    const inside = insideLocalized || ('localized' in field && field.localized === true)
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: mapFields(field.fields, replace, inside) } as Field
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, replace, insideLocalized || ('localized' in tab && tab.localized === true)) })) }
    }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, replace, inside) })) }
    return field
  })
}
