import type { CollectionConfig, FieldAccess } from 'payload'

import { anyone, isStaffField, registrationsStaff } from '../../access'
import { languageOptions, localeOr } from '../../core/locales'
import { registrationMessages } from '../../core/messages'
import { isValidEmail, normalizeEmail } from '../../core/registration'
import { enforceRegistrationRules, limitPublicBodySize } from './hooks/enforceRegistrationRules'
import { placeNewRegistration, refillAfterStaffChange } from './hooks/placeRegistration'
import { keepSeatKeysInStep } from './hooks/keepSeatKeysInStep'
import { stampConsent } from './hooks/stampConsent'
import { guardPublicCreate } from './hooks/guardPublicCreate'
import { exportRegistrationsEndpoint } from '../../endpoints/exportRegistrations'
import { giveSeatEndpoint, sendCertificatesEndpoint } from '../../endpoints/registrationActions'

// Written by the hooks only: field access strips whatever a request sends for them (hooks run
// after field access, so their own values stand).
const hooksOnly: FieldAccess = () => false

export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: { en: 'Registration', ru: 'Регистрация' }, plural: { en: 'Registrations', ru: 'Регистрации' } },
  admin: {
    useAsTitle: 'name',
    // The list's search box finds a participant by name, e-mail, reference, organization or certificate code.
    listSearchableFields: ['name', 'email', 'reference', 'organization', 'certificateCode'],
    defaultColumns: ['name', 'event', 'status', 'seat', 'reference', 'email', 'createdAt'],
    group: 'Events',
    components: { beforeListTable: ['/components/ExportRegistrationsLink#ExportRegistrationsLink'] },
  },
  endpoints: [exportRegistrationsEndpoint, giveSeatEndpoint, sendCertificatesEndpoint],
  // Anyone may register; only staff may see, change or remove registrations.
  access: { create: anyone, read: registrationsStaff, update: registrationsStaff, delete: registrationsStaff },
  hooks: {
    beforeOperation: [limitPublicBodySize, guardPublicCreate],
    beforeChange: [enforceRegistrationRules, keepSeatKeysInStep, stampConsent],
    afterChange: [placeNewRegistration, refillAfterStaffChange],
  },
  defaultSort: '-createdAt',
  fields: [
    // A registration stays with its event: its seat and its duplicate key name the event.
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, access: { update: hooksOnly } },
    { name: 'name', type: 'text', required: true },
    {
      // A text field checked by the one e-mail rule in cms/core, not Payload's `email` type: its
      // ASCII-only pattern refused addresses the form accepts (пример.қаз), which surfaced as 503s.
      name: 'email',
      type: 'text',
      required: true,
      index: true,
      validate: (value: unknown, { req }: { req: { locale?: unknown } }) =>
        isValidEmail(normalizeEmail(value)) || registrationMessages[localeOr(req.locale)].emailInvalid,
    },
    { name: 'phone', type: 'text' },
    { name: 'organization', type: 'text' },
    { name: 'region', type: 'text', admin: { description: 'Region code chosen by the participant.' } },
    { name: 'consent', type: 'checkbox', required: true, label: 'Consent to personal-data processing' },
    // Answers to the event's own questions, { key: value }: written by enforceRegistrationRules
    // from the validated input only (create is open so the hook can read what was sent).
    {
      name: 'answers',
      type: 'json',
      access: { update: hooksOnly },
      admin: { readOnly: true, description: 'Answers to the event questions, by question key.' },
    },
    // Proof of consent for staff: which wording (cms/core/consent.ts) was accepted, and when.
    {
      name: 'consentVersion',
      type: 'text',
      access: { create: hooksOnly, update: hooksOnly },
      admin: { readOnly: true, description: 'Version of the consent text the participant accepted.' },
    },
    {
      name: 'consentedAt',
      type: 'date',
      access: { create: hooksOnly, update: hooksOnly },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' }, description: 'When the consent was given.' },
    },
    {
      name: 'locale',
      type: 'select',
      options: languageOptions,
      admin: { position: 'sidebar', description: 'Language the participant registered in.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'waiting',
      index: true,
      access: { create: isStaffField, update: isStaffField },
      options: [
        { label: { en: 'Confirmed', ru: 'Подтверждена' }, value: 'confirmed' },
        { label: { en: 'Waiting list', ru: 'Лист ожидания' }, value: 'waiting' },
        { label: { en: 'Cancelled', ru: 'Отменена' }, value: 'cancelled' },
        { label: { en: 'Attended', ru: 'Участвовал(а)' }, value: 'attended' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'seat',
      type: 'number',
      access: { create: hooksOnly, update: hooksOnly },
      admin: { position: 'sidebar', readOnly: true, description: 'Seat number, given when the registration is confirmed.' },
    },
    {
      name: 'reference',
      type: 'text',
      unique: true,
      access: { create: hooksOnly, update: hooksOnly },
      admin: { position: 'sidebar', readOnly: true, description: 'Code the participant quotes.' },
    },
    // The participation certificate (cms/lib/certificates.ts): its code is given once, by one
    // conditional write, and reused by every later sending; the public never sets or reads it.
    {
      name: 'certificateCode',
      type: 'text',
      unique: true,
      access: { create: hooksOnly, update: hooksOnly },
      admin: { position: 'sidebar', readOnly: true, description: 'Code of the certificate, checked at /{lang}/verify/{code}/.' },
    },
    {
      name: 'certificateIssuedAt',
      type: 'date',
      access: { create: hooksOnly, update: hooksOnly },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' }, description: 'When the certificate code was given.' },
    },
    {
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/RegistrationActions#RegistrationActions' } },
    },
    // The two keys the database keeps unique (see cms/lib/seats.ts); never shown or sent.
    { name: 'seatKey', type: 'text', unique: true, access: { create: hooksOnly, update: hooksOnly }, admin: { hidden: true } },
    { name: 'activeKey', type: 'text', unique: true, access: { create: hooksOnly, update: hooksOnly }, admin: { hidden: true } },
  ],
}
