import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '../access'
import { coordinatesFields } from '../fields/common'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'

/** The 17 regions and 3 cities of republican significance. */
export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: { en: 'Region', ru: 'Регион' }, plural: { en: 'Regions', ru: 'Регионы' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'kind'], group: 'Directory' },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: publicCollectionHooks,
  defaultSort: 'code',
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Stable Latin code used in URLs and imports, e.g. "almaty-city".' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'region',
      options: [
        { label: { en: 'Region (oblys)', ru: 'Область' }, value: 'region' },
        { label: { en: 'City of republican significance', ru: 'Город республиканского значения' }, value: 'city' },
      ],
    },
    { name: 'centre', type: 'text', localized: true, admin: { description: 'Administrative centre' } },
    ...coordinatesFields(true),
  ],
}
