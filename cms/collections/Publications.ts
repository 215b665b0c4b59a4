import type { CollectionConfig } from 'payload'

import { pressWrite } from '../access'
import { releasedOrStaff } from '../access/publicUploads'
import { slugField, publishedListIndex } from '../fields/common'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'
import { scheduleReleaseRebuild } from '../hooks/scheduleReleaseRebuild'
import { optionsOf } from '../core/vocabulary'

export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: { en: 'Publication', ru: 'Публикация' }, plural: { en: 'Publications', ru: 'Публикации' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'publishedOn', '_status'], group: 'Press' },
  access: { read: releasedOrStaff, ...pressWrite },
  versions: { drafts: true },
  indexes: publishedListIndex('publishedOn'),
  hooks: { ...publicCollectionHooks, afterChange: [...publicCollectionHooks.afterChange, scheduleReleaseRebuild] },
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
    {
      // Embargo: before this moment the publication and its files are nowhere public; a rebuild is
      // queued for it, so it appears on time by itself (cms/hooks/scheduleReleaseRebuild.ts).
      name: 'releaseAt',
      type: 'date',
      index: true,
      label: { kk: 'Жариялау уақыты (эмбарго)', ru: 'Время выхода (эмбарго)', en: 'Release time (embargo)' },
      timezone: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' },
        description: {
          kk: 'Бос болса — жарияланған сәтте шығады. Алдағы уақыт болса, сол уақытқа дейін сайтта, арналарда және іздеуде көрінбейді.',
          ru: 'Пусто — выходит сразу после публикации. Если время впереди, до него публикации нет на сайте, в лентах и в поиске.',
          en: 'Empty: out as soon as it is published. A time ahead keeps it off the site, feeds and search until then.',
        },
      },
    },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    { name: 'videoUrl', type: 'text', admin: { condition: (data) => data?.kind === 'video' } },
    {
      // What the video shows and says, for people who cannot watch it and for search.
      name: 'videoDescription',
      type: 'textarea',
      localized: true,
      label: { kk: 'Бейненің мәтіндік сипаттамасы', ru: 'Текстовое описание видео', en: 'Text description of the video' },
      admin: { condition: (data) => data?.kind === 'video' || Boolean(data?.videoUrl) },
    },
    {
      // The media kit: images journalists may use, each in web, print and original size.
      name: 'mediaKit',
      type: 'array',
      label: { kk: 'Медиа-кит суреттері', ru: 'Изображения медиакита', en: 'Media kit images' },
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media', required: true },
        { name: 'caption', type: 'text', localized: true, label: { kk: 'Қолтаңба', ru: 'Подпись', en: 'Caption' } },
      ],
    },
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
