import type { CollectionConfig } from 'payload'

import { isStaff, publishedOrStaff } from '../access'
import { slugField } from '../fields/common'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'

export const publicationKinds = ['press-release', 'news', 'report', 'methodology', 'infographic', 'video'] as const

export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: { en: 'Publication', ru: 'Публикация' }, plural: { en: 'Publications', ru: 'Публикации' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'publishedOn', '_status'], group: 'Press' },
  access: { read: publishedOrStaff, create: isStaff, update: isStaff, delete: isStaff },
  versions: { drafts: true },
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
          options: [
            { label: { en: 'Press release', ru: 'Пресс-релиз' }, value: 'press-release' },
            { label: { en: 'News', ru: 'Новость' }, value: 'news' },
            { label: { en: 'Report', ru: 'Отчёт' }, value: 'report' },
            { label: { en: 'Methodology', ru: 'Методические материалы' }, value: 'methodology' },
            { label: { en: 'Infographic', ru: 'Инфографика' }, value: 'infographic' },
            { label: { en: 'Video', ru: 'Видео' }, value: 'video' },
          ],
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
