import type { CollectionBeforeChangeHook } from 'payload'

import { nextSequence } from '../../../core/calendar'

/**
 * Calendars that imported an event replace their copy only when its SEQUENCE grows (RFC 5545
 * §3.8.7.4): a change of time, place, format or status counts one up; other edits keep it.
 */
export const bumpSequence: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation === 'create') return { ...data, sequence: 0 }
  return { ...data, sequence: nextSequence(originalDoc as Record<string, unknown> | undefined, { ...originalDoc, ...data }) }
}
