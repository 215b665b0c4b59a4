import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { localeOr } from '../../../core/locales'
import { fillMessage, registrationMessages } from '../../../core/messages'

/**
 * An event with registrations is never deleted: it used to fail half-way (versions gone, then a
 * 500 from the foreign key), and the registrations are people's personal records. Staff delete
 * or cancel those first, or mark the event cancelled.
 */
export const refuseDeleteWithRegistrations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'registrations', where: { event: { equals: id } }, overrideAccess: true, req })
  if (totalDocs === 0) return
  const lang = localeOr(req.i18n?.language, localeOr(req.locale))
  throw new APIError(fillMessage(registrationMessages[lang].eventHasRegistrations, { count: totalDocs }), 409, null, true)
}
