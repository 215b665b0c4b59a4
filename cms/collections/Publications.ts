import type { CollectionConfig } from 'payload'

import { pressWrite, publishedOrStaff } from '../access'
import { slugField, publishedListIndex } from '../fields/common'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'
import { optionsOf } from '../core/vocabulary'

export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: { en: 'Publication', ru: 'Публикация' }, plural: { en: 'Publications', ru: 'Публикации' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'publishedOn', '_status'], group: 'Press' },
  access: { read: publishedOrStaff, ...pressWrite },
  versions: { drafts: true },
  indexes: publishedListIndex('publishedOn'),
  hooks: publicCollectionHooks,
  defaultSort: '-publishedOn',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'news',
          options: optionsOf('publication.kind'),
        },
        { name: 'publishedOn', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    { name: 'videoUrl', type: 'text', admin: { condition: (data) => data?.kind === 'video' } },
    { name: 'region', type: 'relationship', relationTo: 'regions' },
    {
      name: 'attachments',
      type: 'array',
      fields: [
        { name: 'file', type: 'upload', relationTo: 'documents', required: true },
        { name: 'label', type: 'text', localized: true },
      ],
    },
    { name: 'pressContact', type: 'text', localized: true, admin: { description: 'Organization contact, never a private phone.' } },
  ],
}
