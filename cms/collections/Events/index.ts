import type { CollectionConfig } from 'payload'

import { isStaffField, regionalRead, regionalWrite, organizerRegionDefault } from '../../access'
import { optionsOf } from '../../core/vocabulary'
import { languagesField, publishedListIndex, slugField } from '../../fields/common'
import { publicCollectionHooks } from '../../hooks/scheduleSiteRebuild'
import { refuseDeleteWithRegistrations } from './hooks/refuseDeleteWithRegistrations'
import { seatWaitingListWhenCapacityGrows } from './hooks/seatWaitingListWhenCapacityGrows'
import { bumpSequence } from './hooks/bumpSequence'
import { endBeforeStartFor } from '../../core/calendar'
import { repeatEventEndpoint } from '../../endpoints/repeatEvent'
import { localeOr } from '../../core/locales'
import { questionSetupMessages } from '../../core/messages'
import { maxQuestions, questionKeyPattern, questionKinds } from '../../core/registrationQuestions'
import { fillQuestionKeys as fillKeys } from './hooks/fillQuestionKeys'

const dateTime = { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd MMM yyyy HH:mm' }

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { en: 'Event', ru: 'Мероприятие' }, plural: { en: 'Events', ru: 'Мероприятия' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'region', '_status'],
    group: 'Events',
  },
  access: { read: regionalRead(), ...regionalWrite() },
  versions: { drafts: true },
  indexes: publishedListIndex('startsAt'),
  hooks: {
    ...publicCollectionHooks,
    beforeDelete: [refuseDeleteWithRegistrations],
    beforeValidate: [fillKeys],
    beforeChange: [bumpSequence],
    afterChange: [...publicCollectionHooks.afterChange, seatWaitingListWhenCapacityGrows],
  },
  defaultSort: '-startsAt',
  // POST /api/events/:id/repeat: weekly copies as drafts (the sidebar's "repeat" below).
  endpoints: [repeatEventEndpoint],
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'seminar-training',
          options: optionsOf('event.kind'),
        },
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'offline',
          options: optionsOf('event.format'),
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'scheduled',
          options: optionsOf('event.status'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          timezone: true,
          admin: { date: dateTime, description: 'Kazakhstan time (UTC+5, Asia/Almaty).' },
        },
        {
          name: 'endsAt',
          type: 'date',
          timezone: true,
          admin: { date: dateTime },
          validate: (value: unknown, { siblingData, req }: { siblingData: Record<string, unknown>; req?: { i18n?: { language?: string } } }) => {
            if (!value || !siblingData?.startsAt) return true
            return new Date(value as string) >= new Date(siblingData.startsAt as string) ? true : endBeforeStartFor(req?.i18n?.language)
          },
        },
      ],
    },
    {
      name: 'sequence',
      type: 'number',
      defaultValue: 0,
      min: 0,
      label: { kk: 'Күнтізбе нұсқасы (SEQUENCE)', en: 'Calendar revision (SEQUENCE)', ru: 'Версия для календарей (SEQUENCE)' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          kk: 'Уақыт, орын не мәртебе өзгерген сайын артады; жазылған күнтізбелер көшірмесін жаңартады.',
          en: 'Counts changes of time, place or status; subscribed calendars update their copy when it grows.',
          ru: 'Считает изменения времени, места или статуса; календари подписчиков обновляют копию, когда оно растёт.',
        },
      },
    },
    {
      name: 'repeat',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/RepeatEvent#RepeatEvent' } },
    },
    {
      name: 'certificates',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/SendCertificates#SendCertificates' } },
    },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    {
      type: 'collapsible',
      label: 'Place',
      fields: [
        { name: 'region', type: 'relationship', relationTo: 'regions', index: true, defaultValue: organizerRegionDefault },
        { name: 'venueOffice', type: 'relationship', relationTo: 'offices' },
        { name: 'venueAddress', type: 'text', localized: true, admin: { description: 'When the venue is not an office.' } },
        {
          name: 'onlineUrl',
          type: 'text',
          validate: (value: string | null | undefined) =>
            !value || /^https?:\/\/\S+$/.test(value) ? true : 'Enter a full http(s) link.',
        },
      ],
    },
    { name: 'audience', type: 'text', localized: true },
    languagesField(),
    {
      name: 'speakers',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', localized: true, required: true },
        { name: 'role', type: 'text', localized: true },
      ],
    },
    {
      name: 'registration',
      type: 'group',
      fields: [
        { name: 'enabled', type: 'checkbox', defaultValue: false, label: 'Registration on the site' },
        { name: 'capacity', type: 'number', min: 1, admin: { description: 'Seats; empty means no limit.' } },
        {
          name: 'waitingList',
          type: 'checkbox',
          defaultValue: true,
          label: 'Waiting list when the seats are taken',
          admin: { description: 'Off: a full event refuses new registrations instead.' },
        },
        {
          type: 'row',
          fields: [
            { name: 'opensAt', type: 'date', timezone: true, admin: { date: dateTime } },
            {
              name: 'closesAt',
              type: 'date',
              timezone: true,
              admin: { date: dateTime, description: 'Defaults to the start of the event.' },
            },
          ],
        },
        {
          // The event's own questions on the form; answers are stored by `key` (cms/core/registrationQuestions.ts).
          name: 'questions',
          type: 'array',
          maxRows: maxQuestions,
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  defaultValue: 'text',
                  options: questionKinds.map((value) => ({ label: value, value })),
                },
                { name: 'required', type: 'checkbox', defaultValue: false },
                {
                  name: 'key',
                  type: 'text',
                  admin: { description: 'Filled automatically (q1, q2…); keep it once registrations exist.' },
                  validate: (value: unknown, { data, req }: { data: Record<string, unknown>; req?: { i18n?: { language?: string } } }) => {
                    const t = questionSetupMessages[localeOr(req?.i18n?.language)]
                    if (value === null || value === undefined || value === '') return true
                    if (typeof value !== 'string' || !questionKeyPattern.test(value)) return t.keyInvalid
                    const questions = ((data?.registration as { questions?: Array<{ key?: unknown }> } | undefined)?.questions ?? [])
                    return questions.filter((q) => q.key === value).length > 1 ? t.keyTaken : true
                  },
                },
              ],
            },
            { name: 'label', type: 'text', localized: true, required: true },
            {
              name: 'options',
              type: 'array',
              admin: { condition: (_data: unknown, sibling: { kind?: string }) => sibling?.kind === 'choice' },
              validate: (value: unknown, { siblingData, req }: { siblingData: { kind?: string }; req?: { i18n?: { language?: string } } }) => {
                if (siblingData?.kind !== 'choice') return true
                const rows = Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0
                return rows >= 2 ? true : questionSetupMessages[localeOr(req?.i18n?.language)].twoOptions
              },
              fields: [{ name: 'label', type: 'text', localized: true, required: true }],
            },
          ],
        },
      ],
    },
    {
      name: 'outcomes',
      type: 'group',
      // A copy (the admin's duplicate, the repeat action) has not happened yet.
      disableDuplicate: true,
      admin: { description: 'After the event.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'participants', type: 'number', min: 0 },
            { name: 'certificatesIssued', type: 'number', min: 0 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'consultations', type: 'number', min: 0 },
            { name: 'agreements', type: 'number', min: 0 },
          ],
        },
        { name: 'summary', type: 'textarea', localized: true },
        // Shown on the event's page once it is over; public only while the event is published.
        { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, maxRows: 12 },
        { name: 'report', type: 'upload', relationTo: 'documents' },
      ],
    },
    {
      name: 'registrations',
      type: 'join',
      collection: 'registrations',
      on: 'event',
      // Who registered is staff business: the public can neither read nor filter by it.
      access: { read: isStaffField },
      admin: { defaultColumns: ['name', 'email', 'phone', 'organization', 'createdAt'] },
    },
  ],
}
