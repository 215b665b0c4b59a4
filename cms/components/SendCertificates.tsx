'use client'
import { useDocumentInfo } from '@payloadcms/ui'

import { registrationActionLabels as labels } from '../admin/labels'
import { ActionResult, useOrganizerAction } from './RegistrationActions'

/** In an event's sidebar: certificates for every registration marked attended (one job each). */
export function SendCertificates() {
  const { id } = useDocumentInfo()
  const { lang, busy, result, run } = useOrganizerAction()
  if (!id) return <p style={{ color: 'var(--theme-elevation-500)' }}>{labels.saveFirst[lang]}</p>
  return (
    <div style={{ marginBottom: '1.5rem' }} data-testid="send-certificates">
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void run('/registrations/send-certificates', { event: id })}>
        {labels.sendAll[lang]}
      </button>
      <p style={{ color: 'var(--theme-elevation-500)' }}>{labels.sendHelp[lang]}</p>
      <ActionResult result={result} />
    </div>
  )
}
