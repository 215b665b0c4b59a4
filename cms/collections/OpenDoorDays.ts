import type { CollectionConfig } from 'payload'

import { nationwideWrite, publishedOrStaff } from '../access'
import { slugField, timeOfDay, publishedListIndex } from '../fields/common'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'
import { generateOpenDoorDays } from '../endpoints/generateOpenDoorDays'

/**
 * The quarterly nationwide open-door day: first Friday of the second month of each quarter,
 * 10:00–18:00 in every office and dialogue platform, also online.
 */
export const OpenDoorDays: CollectionConfig = {
  slug: 'open-door-days',
  labels: { singular: { en: 'Open-door day', ru: 'День открытых дверей' }, plural: { en: 'Open-door days', ru: 'Дни открытых дверей' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', '_status'],
    group: 'Events',
    // One action creates the days the quarterly rule gives and the database lacks.
    components: { beforeListTable: ['/components/GenerateOpenDoorDays#GenerateOpenDoorDays'] },
  },
  endpoints: [generateOpenDoorDays],
  access: { read: publishedOrStaff, ...nationwideWrite },
  versions: { drafts: true },
  indexes: publishedListIndex('date'),
  hooks: publicCollectionHooks,
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField('title'),
    { name: 'date', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      type: 'row',
      fields: [
        { name: 'opens', type: 'text', required: true, defaultValue: '10:00', validate: timeOfDay },
        { name: 'closes', type: 'text', required: true, defaultValue: '18:00', validate: timeOfDay },
      ],
    },
    {
      name: 'allOffices',
      type: 'checkbox',
      defaultValue: true,
      label: 'In every office and dialogue platform',
    },
    {
      name: 'participatingOffices',
      type: 'relationship',
      relationTo: 'offices',
      hasMany: true,
      admin: { condition: (data) => !data?.allOffices },
    },
    { name: 'onlineUrl', type: 'text' },
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'results',
      type: 'group',
      admin: { description: 'Filled in after the day.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'offices', type: 'number', min: 0 },
            { name: 'platforms', type: 'number', min: 0 },
            { name: 'mediators', type: 'number', min: 0 },
            { name: 'appeals', type: 'number', min: 0 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'agreements', type: 'number', min: 0 },
            { name: 'consultations', type: 'number', min: 0 },
            { name: 'pending', type: 'number', min: 0 },
          ],
        },
        { name: 'summary', type: 'textarea', localized: true },
      ],
    },
  ],
}
