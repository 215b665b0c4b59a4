import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '../../../access'
import { localeFromAcceptLanguage, localeOr } from '../../../core/locales'
import { AbuseRefused, checkPublicRequest, clientIp, guardSettings, refusalLogLine } from '../../../lib/abuseGuard'

/**
 * The form's door (/api/register) is not the only one: anonymous REST and GraphQL creates must
 * meet the same origin check and rate limits, or a script would simply go around the form. The
 * form's own create runs through the Local API and was checked by the endpoint already.
 */
export const guardPublicCreate: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local' || isStaffUser(req.user as never) || !req.headers) return args
  const locale = localeOr(req.locale, localeFromAcceptLanguage(req.headers.get('accept-language')))
  const ip = clientIp(req.headers.get('x-forwarded-for'), guardSettings().trustProxy)
  const event = (args as { data?: { event?: unknown } }).data?.event
  const refusal = checkPublicRequest(req.headers, ip, event, locale)
  if (!refusal) return args
  req.payload.logger.warn(refusalLogLine(refusal, ip, event))
  throw new AbuseRefused(refusal.message, refusal.httpStatus)
}
