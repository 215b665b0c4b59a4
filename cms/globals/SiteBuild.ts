import type { GlobalConfig } from 'payload'

import { isStaff, nobody } from '../access'

/**
 * The publisher's report: what is live, when the last build ran and why it failed. Written only
 * by the server (overrideAccess); staff read it in the admin panel.
 */
export const SiteBuild: GlobalConfig = {
  slug: 'site-build',
  label: { en: 'Public site status', ru: 'Статус публичного сайта' },
  admin: { group: 'Administration' },
  access: { read: isStaff, update: nobody },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'idle',
      options: ['idle', 'scheduled', 'building', 'succeeded', 'failed'].map((value) => ({ label: value, value })),
      admin: { readOnly: true },
    },
    { name: 'liveBuild', type: 'text', admin: { readOnly: true, description: 'Folder of the build that is live.' } },
    { name: 'lastReason', type: 'text', admin: { readOnly: true } },
    { name: 'lastStartedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastSucceededAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastFailedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastDurationMs', type: 'number', admin: { readOnly: true } },
    { name: 'pagesPerLocale', type: 'json', admin: { readOnly: true } },
    {
      name: 'lastError',
      type: 'textarea',
      admin: { readOnly: true, description: 'Empty when the last build succeeded. The previous site stays live after a failure.' },
    },
  ],
}
