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

/** How many numbered variants of a generated slug are tried before a timestamp is appended. */
const MAX_SLUG_SUFFIX = 99

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
        // Generated slugs must not collide: two events may well share a title. One query fetches
        // every taken candidate (through the slug's unique index) instead of one count per candidate.
        const base = slugify(String(text)) || collection.slug
        const candidates = Array.from({ length: MAX_SLUG_SUFFIX }, (_, i) => (i === 0 ? base : `${base}-${i + 1}`))
        const { docs } = await req.payload.find({
          collection: collection.slug as CollectionSlug,
          where: { and: [{ slug: { in: candidates } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
          select: { slug: true } as never,
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
        const taken = new Set(docs.map((doc) => (doc as { slug?: string }).slug))
        const free = candidates.find((candidate) => !taken.has(candidate))
        if (free) return free
        return `${base}-${Date.now()}`
      },
    ],
  },
})

/**
 * The compound index behind the site build's read of a collection (`_status = published`, sorted
 * by one field): SQLite and MongoDB both serve the filter and the order from it without sorting.
 */
export const publishedListIndex = (sortField: string) => [{ fields: ['_status', sortField] }]

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
