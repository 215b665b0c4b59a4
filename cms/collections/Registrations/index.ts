import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from '../../access'
import { languageOptions } from '../../core/locales'
import { enforceRegistrationRules } from './hooks/enforceRegistrationRules'

export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: { en: 'Registration', ru: 'Регистрация' }, plural: { en: 'Registrations', ru: 'Регистрации' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'event', 'email', 'phone', 'organization', 'createdAt'],
    group: 'Events',
  },
  // Anyone may register; only staff may see, change or remove registrations.
  access: { create: anyone, read: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeChange: [enforceRegistrationRules] },
  defaultSort: '-createdAt',
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true },
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', required: true, index: true },
    { name: 'phone', type: 'text' },
    { name: 'organization', type: 'text' },
    { name: 'region', type: 'text', admin: { description: 'Region code chosen by the participant.' } },
    { name: 'consent', type: 'checkbox', required: true, label: 'Consent to personal-data processing' },
    {
      name: 'locale',
      type: 'select',
      options: languageOptions,
      admin: { position: 'sidebar', description: 'Language the participant registered in.' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'confirmed',
      options: [
        { label: { en: 'Confirmed', ru: 'Подтверждена' }, value: 'confirmed' },
        { label: { en: 'Cancelled', ru: 'Отменена' }, value: 'cancelled' },
      ],
      admin: { position: 'sidebar' },
    },
  ],
}
