import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../access'
import { auditActions } from '../lib/audit'

/**
 * Who signed in, published, unpublished, deleted or exported personal data, and when. Written only
 * by hooks (cms/lib/audit.ts, overrideAccess); admins read it; nobody edits or deletes an entry
 * through any API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { kk: 'Аудит жазбасы', ru: 'Запись аудита', en: 'Audit entry' },
    plural: { kk: 'Аудит журналы', ru: 'Журнал аудита', en: 'Audit log' },
  },
  admin: { useAsTitle: 'summary', defaultColumns: ['createdAt', 'action', 'actorEmail', 'summary', 'ip'], group: 'Administration' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { kk: 'Әрекет', ru: 'Действие', en: 'Action' },
      options: auditActions.map((a) => ({ value: a.value, label: a.label })),
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { kk: 'Кім', ru: 'Кто', en: 'Who' } },
    { name: 'actorEmail', type: 'text', index: true, label: { kk: 'Электрондық пошта', ru: 'Эл. почта', en: 'E-mail' } },
    { name: 'targetCollection', type: 'text', label: { kk: 'Жинақ', ru: 'Коллекция', en: 'Collection' } },
    { name: 'targetId', type: 'text', label: { kk: 'Құжат', ru: 'Документ', en: 'Document' } },
    { name: 'summary', type: 'text', label: { kk: 'Сипаттама', ru: 'Описание', en: 'Summary' } },
    { name: 'ip', type: 'text', label: { kk: 'IP мекенжайы', ru: 'IP-адрес', en: 'IP address' } },
  ],
  timestamps: true,
}
