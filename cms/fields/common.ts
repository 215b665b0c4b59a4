import type { CollectionSlug, Field, TextField } from 'payload'

import { defaultLocale, languageOptions, locales } from '../core/locales'
import { slugify } from '../core/slugify'


/** Which content languages a person or office works in. */
export const languagesField = (name = 'languages'): Field => ({
  name,
  type: 'select',
  hasMany: true,
  options: languageOptions,
  // Most offices and mediators work in the state language and Russian.
  defaultValue: [defaultLocale, 'ru'],
})

/**
 * A URL slug shared by all languages (one page per document per language). Filled from the
 * title when left empty, transliterated so Kazakh and Russian titles give readable Latin slugs.
 */
export const slugField = (sourceField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: 'Latin letters, digits and dashes; filled from the title if empty.' },
  validate: (value: string | null | undefined) =>
    !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : 'Use lowercase Latin letters, digits and dashes.',
  hooks: {
    beforeValidate: [
      async ({ value, data, originalDoc, req, collection }) => {
        if (value) return slugify(String(value))
        const source = data?.[sourceField] ?? originalDoc?.[sourceField]
        // With locale=all the title is an object of translations; otherwise a string.
        const text =
          typeof source === 'string'
            ? source
            : source && typeof source === 'object'
              ? locales.map((l) => source[l]).find(Boolean)
              : undefined
        if (!text || !collection) return value
        // Generated slugs must not collide: two events may well share a title.
        const base = slugify(String(text)) || collection.slug
        for (let n = 1; n < 100; n++) {
          const candidate = n === 1 ? base : `${base}-${n}`
          const { totalDocs } = await req.payload.count({
            collection: collection.slug as CollectionSlug,
            where: { and: [{ slug: { equals: candidate } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
            overrideAccess: true,
            req,
          })
          if (totalDocs === 0) return candidate
        }
        return `${base}-${Date.now()}`
      },
    ],
  },
})

/** Validates a 24-hour local time of day, 'HH:MM'. */
export const timeOfDay = (value: string | null | undefined) =>
  !value || /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? true : 'Use 24-hour HH:MM, e.g. 09:00.'

/** Latitude and longitude as plain numbers: SQLite has no point type. */
export const coordinatesFields = (required = false): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'lat', type: 'number', required, min: 40, max: 56, admin: { step: 0.0001 } },
      { name: 'lng', type: 'number', required, min: 46, max: 88, admin: { step: 0.0001 } },
    ],
  },
]
