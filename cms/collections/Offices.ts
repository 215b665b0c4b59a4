import type { CollectionConfig } from 'payload'

import { isStaff, publishedOrStaff } from '../access'
import { coordinatesFields, languagesField, slugField, timeOfDay } from '../fields/common'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'
import { weekdays } from '../lib/openingHours'

/** Mediation offices and dialogue platforms. */
export const Offices: CollectionConfig = {
  slug: 'offices',
  labels: { singular: { en: 'Office', ru: 'Кабинет медиации' }, plural: { en: 'Offices', ru: 'Кабинеты медиации' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'region', '_status'], group: 'Directory' },
  access: { read: publishedOrStaff, create: isStaff, update: isStaff, delete: isStaff },
  versions: { drafts: true },
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
      options: [
        { label: { en: 'Office at a House of Friendship', ru: 'Кабинет при Доме дружбы' }, value: 'house-of-friendship' },
        { label: { en: 'Office at a university', ru: 'Кабинет при университете' }, value: 'university' },
        { label: { en: 'Dialogue platform', ru: 'Диалоговая площадка' }, value: 'dialogue-platform' },
      ],
    },
    {
      name: 'platformType',
      type: 'select',
      admin: { condition: (data) => data?.kind === 'dialogue-platform' },
      options: [
        { label: { en: 'Public reception of a state body', ru: 'Общественная приёмная госоргана' }, value: 'public-reception' },
        { label: { en: 'Public service centre', ru: 'ЦОН' }, value: 'service-centre' },
        { label: { en: 'Crisis centre', ru: 'Кризисный центр' }, value: 'crisis-centre' },
        { label: { en: 'School', ru: 'Школа' }, value: 'school' },
        { label: { en: 'Clinic', ru: 'Поликлиника' }, value: 'clinic' },
        { label: { en: 'Akimat', ru: 'Акимат' }, value: 'akimat' },
        { label: { en: 'Party public reception', ru: 'Общественная приёмная партии' }, value: 'party-reception' },
        { label: { en: 'Trade union', ru: 'Профсоюз' }, value: 'trade-union' },
      ],
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
            { name: 'day', type: 'select', required: true, options: weekdays.map((d) => ({ label: d, value: d })) },
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
