import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { walkFields } from '../../../cms/admin/withAdminLabels'

/**
 * Every label an organizer reads in the admin exists in kk, ru and en: collection and global names,
 * sidebar groups, fields, tabs, collapsibles, array rows, descriptions and select options, walked
 * in the final (sanitized) config, so collections added later are covered too. A failure lists
 * each gap as `collection <slug> › <field path>: <what>`; fill it in cms/admin/labels.ts.
 * Labels given as functions are Payload's own (translated through the interface keys).
 */
const LANGS = ['kk', 'ru', 'en'] as const

function problem(value: unknown): string | null {
  if (value === undefined || value === null) return 'no label'
  if (value === false) return null
  // Our dictionary labels are functions of the admin language carrying their texts; Payload's own
  // label functions translate through the interface keys.
  if (typeof value === 'function') return 'translations' in value ? problem((value as { translations: unknown }).translations) : null
  if (typeof value === 'string') return `plain string "${value}" (needs kk, ru, en)`
  if (typeof value === 'object') {
    const missing = LANGS.filter((l) => {
      const text = (value as Record<string, unknown>)[l]
      return typeof text !== 'string' || text.trim() === ''
    })
    return missing.length ? `missing ${missing.join(', ')}` : null
  }
  return `unexpected ${typeof value}`
}

type Entity = { fields: unknown[]; admin?: Record<string, unknown> }

function fieldGaps(where: string, entity: Entity): string[] {
  const gaps: string[] = []
  const note = (path: string, what: string, value: unknown, optional = false) => {
    if (optional && (value === undefined || value === null)) return
    const p = problem(value)
    if (p) gaps.push(`${where} › ${path || '(top)'}: ${what} ${p}`)
  }
  walkFields(entity.fields, (field, path) => {
    const admin = (field.admin ?? {}) as Record<string, unknown>
    // Hidden fields (seat keys, timezone companions) are never shown.
    if (admin.hidden === true || admin.disabled === true || field.hidden === true) return false
    if (field.type === 'row') return
    if (field.type === 'collapsible' || field.type === 'tab' || field.type === 'group' || field.name) {
      if (!(field.type === 'tab' && !field.label && !field.name)) note(path, 'label', field.label)
    }
    if (field.type === 'array' || field.type === 'blocks') {
      const labels = field.labels as { singular?: unknown; plural?: unknown } | undefined
      note(path, 'row label (singular)', labels?.singular)
      note(path, 'row label (plural)', labels?.plural)
    }
    note(path, 'description', admin.description ?? (field.type === 'tab' ? field.description : undefined), true)
    if (Array.isArray(field.options)) {
      for (const option of field.options as Array<{ value: string; label?: unknown } | string>) {
        const o = typeof option === 'string' ? { value: option, label: option } : option
        note(`${path}=${o.value}`, 'option', o.label)
      }
    }
  })
  return gaps
}

describe('admin labels in kk, ru and en', () => {
  let config: SanitizedConfig
  beforeAll(async () => {
    config = await (await import('../../../cms/payload.config')).default
  })

  it('every collection: name, group, fields, options, descriptions', () => {
    const gaps: string[] = []
    for (const collection of config.collections) {
      // Payload's internal collections (preferences, migrations, locked documents, jobs) are hidden.
      if (collection.slug.startsWith('payload-')) continue
      const where = `collection ${collection.slug}`
      const note = (what: string, value: unknown, optional = false) => {
        if (optional && value == null) return
        const p = problem(value)
        if (p) gaps.push(`${where}: ${what} ${p}`)
      }
      note('singular name', collection.labels.singular)
      note('plural name', collection.labels.plural)
      note('sidebar group', collection.admin.group, true)
      note('description', collection.admin.description, true)
      gaps.push(...fieldGaps(where, collection as unknown as Entity))
    }
    expect(gaps, `fill these in cms/admin/labels.ts:\n${gaps.join('\n')}`).toEqual([])
  })

  it('every global: name, group, fields, options, descriptions', () => {
    const gaps: string[] = []
    for (const global of config.globals) {
      // Payload's internal globals (job statistics) are hidden.
      if (global.slug.startsWith('payload-')) continue
      const where = `global ${global.slug}`
      const p = problem(global.label)
      if (p) gaps.push(`${where}: name ${p}`)
      const g = problem(global.admin?.group ?? null)
      if (global.admin?.group != null && g) gaps.push(`${where}: sidebar group ${g}`)
      gaps.push(...fieldGaps(where, global as unknown as Entity))
    }
    expect(gaps, `fill these in cms/admin/labels.ts:\n${gaps.join('\n')}`).toEqual([])
  })

  it('every date field picks and shows 24-hour time, never AM/PM', () => {
    const bad: string[] = []
    const check = (where: string, fields: unknown[]) =>
      walkFields(fields, (field, path) => {
        const admin = (field.admin ?? {}) as { disabled?: boolean; hidden?: boolean }
        if (admin.disabled || field.hidden === true) return false
        // Hidden dates never show a picker; Payload's own timestamps are declared with formats anyway.
        if (field.type !== 'date' || (admin.hidden && !['createdAt', 'updatedAt'].includes(String(field.name)))) return
        const date = ((field.admin as Record<string, unknown> | undefined)?.date ?? {}) as Record<string, string>
        const formats = [date.displayFormat, date.timeFormat]
        if (date.timeFormat !== 'HH:mm' || !date.displayFormat || formats.some((f) => /a|h(?!h)/.test(f ?? '') && !/HH/.test(f ?? ''))) {
          bad.push(`${where} › ${path}: ${JSON.stringify(date)}`)
        }
      })
    for (const c of config.collections) if (!c.slug.startsWith('payload-')) check(`collection ${c.slug}`, c.fields)
    for (const g of config.globals) if (!g.slug.startsWith('payload-')) check(`global ${g.slug}`, g.fields)
    expect(bad).toEqual([])
    expect(config.admin.dateFormat).toBe('dd.MM.yyyy HH:mm')
  })

  it('select options from the vocabulary reach the admin in all three languages', () => {
    const events = config.collections.find((c) => c.slug === 'events')!
    const kinds: Array<{ value: string; label: Record<string, string> }> = []
    walkFields(events.fields, (field) => {
      if (field.name === 'kind') kinds.push(...(field.options as typeof kinds))
    })
    expect(kinds.find((o) => o.value === 'round-table')?.label).toEqual({ kk: 'Дөңгелек үстел', ru: expect.any(String), en: 'Round table' })
  })

  it('collections with required translations show the translation status column', () => {
    const events = config.collections.find((c) => c.slug === 'events')!
    expect(events.admin.defaultColumns).toContain('translationStatus')
    expect(events.fields.some((f) => 'name' in f && f.name === 'translationStatus')).toBe(true)
  })
})
