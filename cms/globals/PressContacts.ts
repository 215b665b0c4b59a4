import type { GlobalConfig } from 'payload'

import { anyone, isPressOrPublisher } from '../access'

/**
 * The network's press contacts, shown in the press room: organizational contacts only (a press
 * service's name, its shared mailbox and switchboard), never a private person's phone or e-mail.
 * Left empty until the organization gives them; the site then shows nothing.
 */
export const PressContacts: GlobalConfig = {
  slug: 'press-contacts',
  label: { kk: 'Баспасөз байланыстары', ru: 'Контакты для прессы', en: 'Press contacts' },
  admin: { group: 'Press' },
  access: { read: anyone, update: isPressOrPublisher },
  fields: [
    {
      name: 'contacts',
      type: 'array',
      label: { kk: 'Байланыстар', ru: 'Контакты', en: 'Contacts' },
      admin: { description: { kk: 'Тек ұйымның байланыстары.', ru: 'Только контакты организации, не частных лиц.', en: 'Organizational contacts only, never a private person’s.' } },
      fields: [
        { name: 'name', type: 'text', localized: true, required: true, label: { kk: 'Қызмет', ru: 'Служба', en: 'Service' } },
        { name: 'email', type: 'email', label: { kk: 'Электрондық пошта', ru: 'Эл. почта', en: 'E-mail' } },
        {
          name: 'phone',
          type: 'text',
          label: { kk: 'Телефон', ru: 'Телефон', en: 'Phone' },
          validate: (value: string | null | undefined) =>
            !value || /^\+?[0-9 ()-]{6,20}$/.test(value) ? true : 'Digits, spaces, brackets and dashes, e.g. +7 7172 00 00 00.',
        },
      ],
    },
  ],
}
