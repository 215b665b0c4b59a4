import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, Field, GlobalConfig, TextField, TextFieldSingleValidation } from 'payload'

import { localeOr } from '../core/locales'
import { isSafeUrl, urlMessages, type UrlKind } from '../core/safeUrl'
import { mapFields } from './mapFields'

/**
 * Every link the CMS stores is http(s) (or mailto:/tel: where those fit): URL fields and rich-text
 * links alike, checked on the server whichever door the data came through (admin, REST, GraphQL,
 * Local API). Wired once in payload.config.ts, so a URL field added to any collection later is
 * covered by its name alone: a text field named `url` or ending in `Url`/`Link` is a web link, and
 * one named `contactUrl`/`link` with `mailto:`/`tel:` in its purpose can opt in with
 * `custom: { urlKind: 'web-or-contact' }`.
 */

const isUrlFieldName = (name: string) => /(^url$|Url$|^link$|Link$)/.test(name)

function safeUrlValidator(kind: UrlKind, original?: TextFieldSingleValidation, options: { allowRelative?: boolean } = {}): TextFieldSingleValidation {
  return (value, args) => {
    if (typeof value === 'string' && value.trim() !== '' && !isSafeUrl(value, kind, options)) {
      return urlMessages[localeOr(args.req?.i18n?.language ?? args.req?.locale, 'ru')][kind]
    }
    return original ? original(value, args) : true
  }
}

/** A web-link text field with the safe-scheme check in front of its own validator; other fields as they are. */
function withSafeUrlValidator(field: Field): Field | undefined {
  if (field.type !== 'text' || field.hasMany || !('name' in field)) return undefined
  const declared = (field.custom as { urlKind?: UrlKind } | undefined)?.urlKind
  if (!declared && !isUrlFieldName(field.name)) return undefined
  const text = field as TextField & { validate?: TextFieldSingleValidation }
  return { ...text, validate: safeUrlValidator(declared ?? 'web', text.validate) } as Field
}

const withSafeUrlFields = (fields: Field[]) => mapFields(fields, withSafeUrlValidator)

export const safeUrlCollections = (collections: CollectionConfig[]) => collections.map((c) => ({ ...c, fields: withSafeUrlFields(c.fields) }))
export const safeUrlGlobals = (globals: GlobalConfig[]) => globals.map((g) => ({ ...g, fields: withSafeUrlFields(g.fields) }))

/** The rich-text editor: Payload's default features, with links limited to http(s), mailto:, tel: and site paths. */
export const safeLinkEditor = () =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'link'),
      LinkFeature({
        fields: ({ defaultFields }) =>
          defaultFields.map((field) =>
            'name' in field && field.name === 'url'
              ? ({
                  ...field,
                  validate: safeUrlValidator('web-or-contact', (field as { validate?: TextFieldSingleValidation }).validate, { allowRelative: true }),
                } as Field)
              : field,
          ),
      }),
    ],
  })
