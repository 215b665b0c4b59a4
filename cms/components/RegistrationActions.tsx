'use client'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { registrationActionLabels as labels } from '../admin/labels'

type Lang = 'kk' | 'ru' | 'en'
const langOf = (language: string): Lang => (language === 'ru' || language === 'en' ? language : 'kk')

/** Posts one organizer action and shows the server's answer (in the admin's language). */
export function useOrganizerAction() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const lang = langOf(i18n.language)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const run = async (path: string, body: Record<string, unknown>, afterSuccess?: () => void) => {
    setBusy(true)
    setResult(null)
    try {
      const response = await fetch(`${config.routes.api}${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ ...body, lang }),
      })
      const answer = (await response.json().catch(() => ({}))) as { message?: string; errors?: Array<{ message?: string }> }
      const text = answer.message ?? answer.errors?.[0]?.message ?? String(response.status)
      setResult({ ok: response.ok, text })
      if (response.ok) afterSuccess?.()
    } catch (error) {
      setResult({ ok: false, text: String(error) })
    } finally {
      setBusy(false)
    }
  }
  return { lang, busy, result, run }
}

export function ActionResult({ result }: { result: { ok: boolean; text: string } | null }) {
  if (!result) return null
  return (
    <p role={result.ok ? 'status' : 'alert'} style={result.ok ? undefined : { color: 'var(--theme-error-500)' }}>
      {result.text}
    </p>
  )
}

/**
 * In a registration's sidebar: "Give a seat now" while it waits (POST /api/registrations/:id/give-seat),
 * "Send the certificate" once it is marked attended (POST /api/registrations/send-certificates).
 * Reads the saved status: an unsaved change of status must be saved first.
 */
export function RegistrationActions() {
  const { id, savedDocumentData } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.initialValue) ?? (savedDocumentData as { status?: string } | undefined)?.status
  const { lang, busy, result, run } = useOrganizerAction()
  if (!id) return null
  if (status !== 'waiting' && status !== 'attended') return null
  return (
    <div style={{ marginBottom: '1.5rem' }} data-testid="registration-actions">
      {status === 'waiting' ? (
        <>
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void run(`/registrations/${id}/give-seat`, {}, () => setTimeout(() => window.location.reload(), 1500))}>
            {labels.giveSeat[lang]}
          </button>
          <p style={{ color: 'var(--theme-elevation-500)' }}>{labels.giveSeatHelp[lang]}</p>
        </>
      ) : (
        <>
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void run('/registrations/send-certificates', { registration: id })}>
            {labels.sendOne[lang]}
          </button>
          <p style={{ color: 'var(--theme-elevation-500)' }}>{labels.sendHelp[lang]}</p>
        </>
      )}
      <ActionResult result={result} />
    </div>
  )
}
