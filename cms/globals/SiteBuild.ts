import type { GlobalConfig } from 'payload'

import { isStaff, nobody } from '../access'

/**
 * The outcome of the site builds: what is live, the last success and the last failure. Written
 * only by the rebuild job (cms/jobs/rebuildSite.ts, overrideAccess); staff read it in the admin
 * panel. Whether a rebuild is queued or running is the job queue's state, shown on the dashboard.
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
      // The outcome of the last finished build.
      options: ['idle', 'succeeded', 'failed'].map((value) => ({ label: value, value })),
      admin: { readOnly: true, description: 'Outcome of the last finished build. Queued and running builds are shown on the dashboard.' },
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
