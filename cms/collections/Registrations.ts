import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type Payload } from 'payload'

import { anyone, isStaff } from '../access'
import { isLocale, type Locale } from '../i18n/locales'
import { registrationMessages } from '../i18n/messages'
import {
  refusalStatus,
  registrationState,
  validateRegistrationInput,
  type RegistrationError,
  type RegistrationWindow,
} from '../lib/registration'

/**
 * A registration the rules refuse. Carries the rule codes (for the form endpoint) and, like a
 * validation error, field paths with messages in the request's language (for REST and GraphQL).
 */
export class RegistrationRefused extends APIError<{ errors: Array<{ path: string; message: string }> }> {
  readonly refusals: RegistrationError[]

  constructor(refusals: RegistrationError[], locale: Locale) {
    const t = registrationMessages[locale]
    const errors = refusals.map((e) => ({ path: e.field ?? 'event', message: t[e.code] }))
    super(errors.map((e) => e.message).join(' '), refusalStatus(refusals), { errors }, true)
    this.refusals = refusals
  }
}

/** Seats taken = registrations not cancelled. */
async function countSeatsTaken(payload: Payload, eventId: string | number): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { not_equals: 'cancelled' } }] },
    overrideAccess: true,
  })
  return totalDocs
}

async function isRegisteredAlready(payload: Payload, eventId: string | number, email: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { email: { equals: email } }, { status: { not_equals: 'cancelled' } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * The one place the registration rules are enforced, for every way in (the public form, REST,
 * GraphQL, Local API with access control), so no path stores what the form would refuse.
 */
const enforceRegistrationRules: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const locale: Locale = isLocale(req.locale) ? req.locale : 'kk'
  const refuse: (refusals: RegistrationError[]) => never = (refusals) => {
    throw new RegistrationRefused(refusals, locale)
  }
  const { input, errors } = validateRegistrationInput(data)
  const eventId = typeof data.event === 'object' && data.event ? data.event.id : data.event
  const event = eventId
    ? await req.payload
        .findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, draft: false, disableErrors: true, req })
        .catch(() => null)
    : null
  if (!event || (event as { _status?: string })._status !== 'published') refuse([{ field: 'event', code: 'eventUnknown' }, ...errors])
  if (errors.length) refuse(errors)
  const state = registrationState(event as RegistrationWindow, new Date(), await countSeatsTaken(req.payload, event.id))
  if (state !== 'open') refuse([{ field: null, code: state }])
  if (await isRegisteredAlready(req.payload, event.id, input.email)) refuse([{ field: 'email', code: 'alreadyRegistered' }])
  return { ...data, ...input, event: event.id, status: 'confirmed', locale: isLocale(data.locale) ? data.locale : locale }
}

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
      options: [
        { label: 'Қазақша', value: 'kk' },
        { label: 'Русский', value: 'ru' },
        { label: 'English', value: 'en' },
      ],
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
