import type { CollectionConfig, FieldAccess } from 'payload'

import { isStaff, isStaffUser, publishedOrStaff, regionalRead, regionalWrite, organizerRegionDefault } from '../access'
import { demoField, languagesField, phoneValidation, slugField, publishedListIndex } from '../fields/common'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'
import { optionsOf } from '../core/vocabulary'

/** A mediator's phone and e-mail leave the CMS only with their recorded consent. */
const contactsVisible: FieldAccess = ({ req, doc }) =>
  isStaffUser(req.user) || Boolean((doc as { publishContacts?: boolean } | undefined)?.publishContacts)

/** Registered mediators. Contacts reach the public site only with the mediator's consent. */
export const Mediators: CollectionConfig = {
  slug: 'mediators',
  labels: { singular: { en: 'Mediator', ru: 'Медиатор' }, plural: { en: 'Mediators', ru: 'Медиаторы' } },
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
      options: optionsOf('mediator.kind'),
    },
    { name: 'registryNumber', type: 'text', index: true },
    { name: 'region', type: 'relationship', relationTo: 'regions', required: true, index: true, defaultValue: organizerRegionDefault },
    { name: 'offices', type: 'relationship', relationTo: 'offices', hasMany: true },
    languagesField(),
    {
      name: 'specializations',
      type: 'select',
      hasMany: true,
      options: optionsOf('specialization'),
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { kk: 'Белсенді', ru: 'Активен', en: 'Active' },
      admin: { position: 'sidebar', description: { kk: 'Белсенді емес медиаторлар сайтта көрсетілмейді.', ru: 'Неактивные медиаторы на сайте не показываются.', en: 'Inactive mediators are not shown on the site.' } },
    },
    demoField,
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'bio', type: 'textarea', localized: true },
    {
      name: 'publishContacts',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Written consent of the mediator to publish the phone and e-mail below.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', validate: phoneValidation, access: { read: contactsVisible } },
        { name: 'email', type: 'email', access: { read: contactsVisible } },
      ],
    },
  ],
}
