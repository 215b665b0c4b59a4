import type { CollectionConfig } from 'payload'

import { regionalRead, regionalWrite } from '../access'
import { coordinatesFields, languagesField, slugField, timeOfDay, publishedListIndex } from '../fields/common'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'
import { optionsOf } from '../core/vocabulary'

/** Mediation offices and dialogue platforms. */
export const Offices: CollectionConfig = {
  slug: 'offices',
  labels: { singular: { en: 'Office', ru: 'Кабинет медиации' }, plural: { en: 'Offices', ru: 'Кабинеты медиации' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'region', '_status'], group: 'Directory' },
  access: { read: regionalRead(), ...regionalWrite() },
  versions: { drafts: true },
  indexes: publishedListIndex('slug'),
  hooks: publicCollectionHooks,
  defaultSort: 'slug',
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'house-of-friendship',
      options: optionsOf('office.kind'),
    },
    {
      name: 'platformType',
      type: 'select',
      admin: { condition: (data) => data?.kind === 'dialogue-platform' },
      options: optionsOf('office.platform'),
    },
    { name: 'hostOrganization', type: 'text', localized: true },
    { name: 'region', type: 'relationship', relationTo: 'regions', required: true, index: true },
    { name: 'settlement', type: 'text', localized: true, required: true },
    { name: 'address', type: 'text', localized: true, required: true },
    ...coordinatesFields(),
    {
      name: 'hours',
      type: 'array',
      labels: { singular: { en: 'Opening period', ru: 'Часы приёма' }, plural: { en: 'Opening hours', ru: 'Часы приёма' } },
      admin: { description: 'Local time (Asia/Almaty). One row per day and period.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', required: true, options: optionsOf('weekday') },
            { name: 'opens', type: 'text', required: true, validate: timeOfDay },
            { name: 'closes', type: 'text', required: true, validate: timeOfDay },
          ],
        },
      ],
    },
    { name: 'phone', type: 'text' },
    { name: 'email', type: 'email' },
    languagesField(),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
