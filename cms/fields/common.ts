import type { CollectionSlug, Field, NumberFieldSingleValidation, TextField, TextFieldSingleValidation } from 'payload'

import { defaultLocale, languageOptions, locales } from '../core/locales'
import { slugify } from '../core/slugify'
import { coordinatesProblem, directoryMessage, isValidPhone } from '../core/directoryRules'


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

/** Both coordinates or neither, and inside Kazakhstan (a swapped pair is the usual slip). */
const insideKazakhstan: NumberFieldSingleValidation = (value, { siblingData, req, required }) => {
  if (required && (value === null || value === undefined)) return 'Required / Міндетті'
  const { lat, lng } = siblingData as { lat?: number | null; lng?: number | null }
  const problem = coordinatesProblem(lat, lng)
  return problem ? directoryMessage(problem, req?.i18n?.language) : true
}

/** An optional phone, a Kazakhstan number (+7 and 10 digits, written any usual way). */
export const phoneValidation: TextFieldSingleValidation = (value, { req }) =>
  isValidPhone(value) ? true : directoryMessage('phone', req?.i18n?.language)

/**
 * Marks a record as demonstration data: never built into a production site (see
 * `KELISIM_INCLUDE_DEMO` in site/lib/cms.ts).
 */
export const demoField: Field = {
  name: 'demo',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  label: { kk: 'Демо жазба', ru: 'Демонстрационная запись', en: 'Demo record' },
  admin: {
    position: 'sidebar',
    description: {
      kk: 'Ойдан шығарылған үлгі: жергілікті демода ғана көрсетіледі, жұмыс сайтына шықпайды.',
      ru: 'Вымышленный образец: показывается только в локальном демо, на рабочий сайт не попадает.',
      en: 'Fictional sample: shown only in the local demo, never on the production site.',
    },
  },
}

/** Latitude and longitude as plain numbers: SQLite has no point type. */
export const coordinatesFields = (required = false): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'lat', type: 'number', required, admin: { step: 0.0001 }, validate: insideKazakhstan },
      { name: 'lng', type: 'number', required, admin: { step: 0.0001 }, validate: insideKazakhstan },
    ],
  },
]
