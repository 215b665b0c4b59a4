import type { CollectionConfig } from 'payload'

import { isStaff, publishedOrStaff, regionalRead, regionalWrite, organizerRegionDefault } from '../access'
import { coordinatesFields, demoField, languagesField, phoneValidation, slugField, timeOfDay, publishedListIndex } from '../fields/common'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'
import { optionsOf } from '../core/vocabulary'

const isoDate = (value: string | null | undefined) =>
  !value || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) ? true : 'YYYY-MM-DD'

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
    { name: 'region', type: 'relationship', relationTo: 'regions', required: true, index: true, defaultValue: organizerRegionDefault },
    {
      name: 'district',
      type: 'text',
      localized: true,
      label: { kk: 'Аудан', ru: 'Район', en: 'District' },
      admin: { description: { kk: 'Облыстағы аудан (қалалар үшін бос).', ru: 'Район области (для городов пусто).', en: 'District of the region (empty for cities).' } },
    },
    { name: 'settlement', type: 'text', localized: true, required: true },
    {
      name: 'address',
      type: 'text',
      localized: true,
      admin: { description: { kk: 'Тек расталған мекенжай; белгісіз болса бос қалдырыңыз.', ru: 'Только проверенный адрес; если неизвестен — оставьте пустым.', en: 'Only a verified address; leave empty when unknown.' } },
    },
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
    {
      name: 'exceptions',
      type: 'array',
      labels: { singular: { kk: 'Ерекше күн', ru: 'Особый день', en: 'Exception' }, plural: { kk: 'Ерекше күндер', ru: 'Особые дни', en: 'Exceptions' } },
      admin: {
        description: {
          kk: 'Мерекелер өздігінен ескеріледі. Мұнда ауыстырылған күндер, Құрбан айт т.б.: уақытсыз — жабық.',
          ru: 'Государственные праздники учитываются сами. Здесь — перенесённые дни, Курбан айт и т.п.: без времени — закрыто.',
          en: 'Public holidays are applied automatically. Add moved days, Kurban Ait etc. here: no times means closed.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'text', required: true, validate: isoDate, admin: { placeholder: 'YYYY-MM-DD' } },
            { name: 'opens', type: 'text', validate: timeOfDay },
            { name: 'closes', type: 'text', validate: timeOfDay },
          ],
        },
      ],
    },
    {
      name: 'phone',
      type: 'text',
      validate: phoneValidation,
      admin: { description: { kk: 'Тек ұйымның телефоны.', ru: 'Только телефон организации.', en: 'Organizational phone only.' } },
    },
    { name: 'email', type: 'email' },
    languagesField(),
    {
      name: 'accessibility',
      type: 'textarea',
      localized: true,
      label: { kk: 'Қолжетімділік', ru: 'Доступность', en: 'Accessibility' },
      admin: { description: { kk: 'Пандус, лифт, қабат т.б.', ru: 'Пандус, лифт, этаж и т.п.', en: 'Ramp, lift, floor etc.' } },
    },
    { name: 'registryNumber', type: 'text', index: true, label: { kk: 'Тізілім нөмірі', ru: 'Номер в реестре', en: 'Registry number' } },
    demoField,
    { name: 'description', type: 'textarea', localized: true },
  ],
}
