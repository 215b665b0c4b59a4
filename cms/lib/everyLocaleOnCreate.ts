import { ValidationError, type CollectionConfig, type Field, type FieldHook } from 'payload'

import { mapFields } from '../fields/mapFields'

/**
 * One create that stores a document in every language at once, for imports and the seed.
 *
 * Payload writes one locale per operation: a document in kk, ru and en took a create and two
 * updates, and each update reads the document back, writes a version and re-inserts its locale rows
 * (57 SQL statements for one event against 13 for a create; about 3× the time). Payload's own
 * create already merges the other languages into what it stores, from `docWithLocales` (empty for a
 * new document). A `beforeChange` hook on every localized field fills that from the request
 * context, so the other languages go into the same single insert and its version, inside the same
 * transaction. Each value is checked with the field's own validator first; a failure throws a
 * ValidationError that names the language, and nothing is stored.
 *
 * The other languages' values skip their field's hooks (beforeValidate/beforeChange, and for rich
 * text the editor's, which resolve links to documents and uploads), as a stored translation does
 * on an ordinary update: meant for plain imported text. The localized fields here are text,
 * textarea and rich text; none has hooks of its own, and the seed's rich text is plain paragraphs.
 */

const OTHER_LOCALES = 'kelisimOtherLocales'

type OtherLocales = {
  collection: string
  /** Per language, data shaped like the create's (array rows in the same order). */
  data: Record<string, Record<string, unknown>>
}

/** The request context that gives a create of `collection` its other languages. */
export function otherLocalesContext(collection: string, data: OtherLocales['data']): Record<string, OtherLocales> {
  return { [OTHER_LOCALES]: { collection, data } }
}

const valueAt = (data: unknown, path: ReadonlyArray<string | number>): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data)

const fillOtherLocales: FieldHook = async (args) => {
  const { context, collection, operation, field, path, req, siblingDocWithLocales, value } = args
  const other = context?.[OTHER_LOCALES] as OtherLocales | undefined
  // Only the create it was given for: a nested operation on the same request (a job, an audit
  // entry) is another collection, and updates merge stored translations already.
  const name = 'name' in field ? field.name : undefined
  if (!other || operation !== 'create' || collection?.slug !== other.collection || !siblingDocWithLocales || !name) return value
  const merged = (siblingDocWithLocales[name] ??= {}) as Record<string, unknown>
  for (const [locale, data] of Object.entries(other.data)) {
    if (locale === req.locale) continue
    const translated = valueAt(data, path)
    if (translated === undefined) continue
    const validate = 'validate' in field ? (field.validate as ((v: unknown, o: object) => Promise<string | true> | string | true) | undefined) : undefined
    const verdict = validate
      ? await validate(translated, {
          ...field,
          collectionSlug: collection.slug,
          data: args.data,
          event: 'submit',
          operation,
          path,
          preferences: { fields: {} },
          previousValue: undefined,
          req,
          siblingData: args.siblingData,
        })
      : true
    if (typeof verdict === 'string') {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: path.join('.'), message: `${locale}: ${verdict}` }] }, req.t)
    }
    merged[locale] = translated
  }
  return value
}

/** A localized field with fillOtherLocales first among its beforeChange hooks. A localized array or group takes its rows per language whole: its own hook covers them. */
function withFillHook(field: Field, insideLocalized: boolean): Field | undefined {
  if (insideLocalized || !('name' in field) || !('localized' in field) || !field.localized) return undefined
  return { ...field, hooks: { ...field.hooks, beforeChange: [fillOtherLocales, ...(field.hooks?.beforeChange ?? [])] } } as Field
}

/** Lets every collection's create take its other languages (see otherLocalesContext). */
export const withEveryLocaleOnCreate = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((config) => ({ ...config, fields: mapFields(config.fields, withFillHook) }))
