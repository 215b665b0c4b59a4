import type { CollectionBeforeChangeHook } from 'payload'

import { consentVersion, retentionMonthsFrom } from '../../../core/consent'

/**
 * Records which consent text a new registration agreed to and when: the version of the wording
 * the site shows now (cms/core/consent.ts) and the server's clock. Both fields are closed to the
 * request (field access), so the public cannot claim another version or date.
 */
export const stampConsent: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create' || data.consent !== true) return data
  return {
    ...data,
    consentVersion: consentVersion(retentionMonthsFrom(process.env.KELISIM_RETENTION_MONTHS)),
    consentedAt: new Date().toISOString(),
  }
}
