import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import {
  collectionLabels,
  commonFields,
  globalLabels,
  groupLabels,
  type EntityLabels,
  type FieldLabels,
  type Trilingual,
} from './labels'

/**
 * Applies the one label dictionary (cms/admin/labels.ts) and the admin's date conventions to
 * collection and global configs, without touching their files:
 * - collection / global names, sidebar groups, field labels, descriptions, array row labels and
 *   select options from the dictionary (options already labelled in every language are kept);
 * - every date field shows and picks 24-hour time: `dd.MM.yyyy HH:mm` (dates without time
 *   `dd.MM.yyyy`), time list `HH:mm`, never "AM/PM" ("ДП/ПП");
 * - collections with required translated fields get a `translationStatus` column (kk/ru/en present).
 * Fields the dictionary lacks keep their own label; tests/unit/admin-labels.test.ts names them.
 */

type AnyField = Record<string, unknown> & { type: string; name?: string; fields?: Field[]; tabs?: AnyField[] }
/** Return false to skip the field's children. */
type Visitor = (field: AnyField, path: string) => void | boolean

/** 24-hour display formats per picker appearance. */
export const dateDisplayFormats = {
  dayAndTime: 'dd.MM.yyyy HH:mm',
  timeOnly: 'HH:mm',
  dayOnly: 'dd.MM.yyyy',
  default: 'dd.MM.yyyy',
  monthOnly: 'MM.yyyy',
} as const
export const timeFormat = 'HH:mm'

/**
 * The key a field has in the dictionary: its name, or `(Label)` for an unnamed collapsible or tab.
 * Rows have none. Unnamed containers hold no data of their own, so the fields inside them keep the
 * container's parent path (`venueAddress`, not `(Place).venueAddress`), like the data does.
 */
export function pathSegment(field: AnyField): string | undefined {
  if (typeof field.name === 'string' && field.name) return field.name
  if ((field.type === 'collapsible' || field.type === 'tab') && typeof field.label === 'string') return `(${field.label})`
  return undefined
}

const join = (parent: string, segment: string | undefined) => (segment ? (parent ? `${parent}.${segment}` : segment) : parent)
/** The path the children of `field` are under. */
const childPath = (field: AnyField, own: string, parent: string) => (typeof field.name === 'string' && field.name ? own : parent)

/** Calls `visit` for every field (tabs as `type: 'tab'`), depth first, with its dictionary path. */
export function walkFields(fields: readonly unknown[] | undefined, visit: Visitor, parent = ''): void {
  for (const raw of fields ?? []) {
    const field = raw as AnyField
    const path = join(parent, pathSegment(field))
    if (visit(field, path) === false) continue
    const inner = childPath(field, path, parent)
    if (Array.isArray(field.fields)) walkFields(field.fields, visit, inner)
    if (Array.isArray(field.tabs)) {
      walkFields(
        field.tabs.map((tab) => ({ ...tab, type: 'tab' })),
        visit,
        inner,
      )
    }
    if (Array.isArray(field.blocks)) {
      for (const block of field.blocks as Array<{ slug: string; fields: Field[] }>) {
        walkFields(block.fields, visit, `${inner}.${block.slug}`)
      }
    }
  }
}

const isTrilingual = (value: unknown): value is Trilingual =>
  Boolean(value) &&
  typeof value === 'object' &&
  ['kk', 'ru', 'en'].every((l) => typeof (value as Record<string, unknown>)[l] === 'string' && (value as Record<string, string>)[l]!.trim() !== '')

/**
 * A field label as a function of the admin language, carrying its three texts in `translations`.
 * Payload passes a field's static label object unresolved to a few places (the list's sort buttons
 * read "Sort by [object Object]"); a function is resolved per language when the admin's client config
 * is built, like Payload's own labels.
 */
export type TranslatedLabel = ((args: { i18n: { language: string } }) => string) & { translations: Trilingual }
export function translatedLabel(texts: Trilingual): TranslatedLabel {
  const fn = ({ i18n }: { i18n: { language: string } }) => texts[i18n.language as keyof Trilingual] ?? texts.ru
  return Object.assign(fn, { translations: texts })
}

function entryFor(entity: EntityLabels | undefined, path: string): FieldLabels | undefined {
  if (!path) return undefined
  const own = entity?.fields[path]
  const common = commonFields[path]
  if (!own && !common) return undefined
  return { ...common, ...own }
}

/** Returns a copy of `fields` with dictionary labels and 24-hour dates applied. */
function labelFields(fields: Field[], entity: EntityLabels | undefined, parent = ''): Field[] {
  return fields.map((raw) => {
    const field = { ...(raw as unknown as AnyField) }
    const segment = pathSegment(field)
    const path = join(parent, segment)
    const inner = childPath(field, path, parent)
    const entry = segment ? entryFor(entity, path) : undefined
    if (entry?.label) field.label = translatedLabel(entry.label)
    else if (isTrilingual(field.label)) field.label = translatedLabel(field.label)
    if (entry?.labels) field.labels = entry.labels
    if (entry?.description) field.admin = { ...(field.admin as object), description: entry.description }
    if (Array.isArray(field.options)) {
      field.options = (field.options as unknown[]).map((option) => {
        const o = typeof option === 'string' ? { value: option, label: option } : (option as { value: string; label: unknown })
        if (isTrilingual(o.label)) return o
        const label = entry?.options?.[o.value]
        return label ? { ...o, label } : o
      })
    }
    if (field.type === 'date') field.admin = withDateFormats(field.admin as Record<string, unknown> | undefined)
    if (Array.isArray(field.fields)) field.fields = labelFields(field.fields, entity, inner)
    if (Array.isArray(field.tabs)) {
      field.tabs = field.tabs.map((tab) => {
        const copy = { ...tab }
        const tabField = { ...tab, type: 'tab' }
        const tabPath = join(inner, pathSegment(tabField))
        const tabEntry = pathSegment(tabField) ? entryFor(entity, tabPath) : undefined
        if (tabEntry?.label) copy.label = translatedLabel(tabEntry.label) as never
        if (tabEntry?.description) copy.description = tabEntry.description
        copy.fields = labelFields(tab.fields ?? [], entity, childPath(tabField, tabPath, inner))
        return copy
      })
    }
    if (Array.isArray(field.blocks)) {
      field.blocks = (field.blocks as Array<{ slug: string; fields: Field[] }>).map((block) => ({
        ...block,
        fields: labelFields(block.fields, entity, `${inner}.${block.slug}`),
      }))
    }
    return field as unknown as Field
  })
}

/** `admin` of a date field with 24-hour picking and display. */
export function withDateFormats(admin: Record<string, unknown> | undefined): Record<string, unknown> {
  const date = { ...((admin?.date as Record<string, unknown> | undefined) ?? {}) }
  const appearance = (date.pickerAppearance as keyof typeof dateDisplayFormats | undefined) ?? 'default'
  date.displayFormat = dateDisplayFormats[appearance] ?? dateDisplayFormats.dayAndTime
  date.timeFormat = timeFormat
  return { ...admin, date }
}

function group(admin: { group?: unknown } | undefined) {
  const name = admin?.group
  return typeof name === 'string' && groupLabels[name] ? groupLabels[name] : name
}

/** Top-level required translated fields (through rows and collapsibles): what "has a language" means. */
export function requiredLocalizedFields(fields: readonly unknown[]): string[] {
  const out: string[] = []
  const visit = (list: readonly unknown[]) => {
    for (const raw of list) {
      const field = raw as AnyField
      if (field.name) {
        if (field.localized && field.required && field.type !== 'richText') out.push(field.name)
      } else if (Array.isArray(field.fields)) visit(field.fields)
      else if (Array.isArray(field.tabs)) for (const tab of field.tabs) if (!tab.name) visit(tab.fields ?? [])
    }
  }
  visit(fields)
  return out
}

/**
 * The created/updated timestamps Payload would add, declared here with 24-hour formats (Payload
 * adds its own only when a collection lacks them; same names, type and index, so the schema is unchanged).
 */
function timestampFields(entity: { fields: Field[]; timestamps?: boolean }, index: boolean): Field[] {
  if (entity.timestamps === false) return []
  const has = (name: string) => entity.fields.some((f) => 'name' in f && f.name === name)
  const stamp = (name: 'updatedAt' | 'createdAt'): Field => ({
    name,
    type: 'date',
    // Payload indexes collection timestamps, not global ones.
    index,
    label: ({ t }) => t(`general:${name}`),
    admin: withDateFormats({ disableBulkEdit: true, hidden: true, date: { pickerAppearance: 'dayAndTime' } }),
  })
  return (['updatedAt', 'createdAt'] as const).filter((n) => !has(n)).map(stamp)
}

/** A sidebar/list field showing which of kk/ru/en the document has. */
function translationStatusField(): Field {
  return {
    name: 'translationStatus',
    type: 'ui',
    label: translatedLabel(commonFields.translationStatus!.label!) as never,
    admin: {
      position: 'sidebar',
      components: {
        Field: '/components/TranslationStatus#TranslationStatusField',
        Cell: '/components/TranslationStatus#TranslationStatusCell',
      },
    },
  }
}

export function withAdminLabels(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const entity = collectionLabels[collection.slug]
    const fields = [...labelFields(collection.fields, entity), ...timestampFields(collection, true)]
    if (requiredLocalizedFields(collection.fields).length > 0 && !fields.some((f) => 'name' in f && f.name === 'translationStatus')) {
      fields.push(translationStatusField())
    }
    const defaultColumns = collection.admin?.defaultColumns
    return {
      ...collection,
      labels: entity?.singular && entity.plural ? { singular: entity.singular, plural: entity.plural } : collection.labels,
      admin: {
        ...collection.admin,
        group: group(collection.admin) as string,
        ...(entity?.description ? { description: entity.description } : {}),
        ...(defaultColumns && fields.some((f) => 'name' in f && f.name === 'translationStatus')
          ? { defaultColumns: [...defaultColumns.filter((c) => c !== 'translationStatus'), 'translationStatus'] }
          : {}),
      },
      fields,
    }
  })
}

export function withAdminGlobalLabels(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => {
    const entity = globalLabels[global.slug]
    return {
      ...global,
      label: entity?.label ?? global.label,
      admin: { ...global.admin, group: group(global.admin) as string },
      fields: [...labelFields(global.fields, entity), ...timestampFields(global, false)],
    }
  })
}
