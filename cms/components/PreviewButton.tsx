'use client'
import { useConfig, useDocumentInfo, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { localeNames, locales, localeOr, type Locale } from '../core/locales'
import { previewLabels } from '../core/preview'

type Answer = { previewId?: string; state?: 'preparing' | 'ready' | 'failed'; error?: string; urls?: Record<string, string>; errors?: Array<{ message?: string }> }

const pollEveryMs = 1500

/**
 * In the sidebar of events, open-door days, publications, offices and mediators: "Preview" in a
 * chosen language (the document's current locale first). It asks the CMS to build the saved draft
 * (POST /api/previews, cms/endpoints/preview.ts), shows "preparing preview…" while the build runs,
 * then a link that opens the page in a new tab; a failed build says so, with the build's last words.
 */
export function PreviewButton() {
  const { i18n } = useTranslation()
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const documentLocale = useLocale()
  const modified = useFormModified()
  const t = previewLabels[localeOr(i18n.language)]
  const [lang, setLang] = useState<Locale>(localeOr(documentLocale?.code))
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])
  useEffect(() => setLang(localeOr(documentLocale?.code)), [documentLocale?.code])
  if (!id) return <p style={{ color: 'var(--theme-elevation-500)' }}>{t.saveFirst}</p>

  const poll = (previewId: string) => {
    timer.current = setTimeout(async () => {
      const response = await fetch(`${config.routes.api}/previews/${previewId}?lang=${i18n.language}`, { credentials: 'include' }).catch(() => null)
      const next = ((await response?.json().catch(() => null)) ?? { state: 'failed', error: String(response?.status ?? '') }) as Answer
      if (response && !response.ok) next.state = 'failed'
      setAnswer(next)
      if (next.state === 'preparing') poll(previewId)
      else setBusy(false)
    }, pollEveryMs)
  }

  const start = async () => {
    if (timer.current) clearTimeout(timer.current)
    setBusy(true)
    setAnswer({ state: 'preparing' })
    try {
      const response = await fetch(`${config.routes.api}/previews`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ collection: collectionSlug, id, lang: i18n.language }),
      })
      const first = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok) {
        setAnswer({ state: 'failed', error: first.errors?.[0]?.message ?? String(response.status) })
        setBusy(false)
        return
      }
      setAnswer(first)
      if (first.state === 'preparing' && first.previewId) poll(first.previewId)
      else setBusy(false)
    } catch (error) {
      setAnswer({ state: 'failed', error: String(error) })
      setBusy(false)
    }
  }

  const url = answer?.urls?.[lang]
  return (
    <div style={{ marginBottom: '1.5rem' }} data-testid="draft-preview">
      <p className="field-label" style={{ fontWeight: 600 }}>{t.heading}</p>
      <p>
        <label htmlFor="preview-lang">{t.language}</label>
        <br />
        <select id="preview-lang" value={lang} onChange={(e) => setLang(localeOr(e.target.value))}>
          {locales.map((l) => (
            <option key={l} value={l}>
              {localeNames[l]}
            </option>
          ))}
        </select>
      </p>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void start()}>
        {t.button}
      </button>
      {modified && <p style={{ color: 'var(--theme-warning-500)' }}>{t.unsaved}</p>}
      <p style={{ color: 'var(--theme-elevation-500)' }}>{t.help}</p>
      {answer?.state === 'preparing' && <p role="status">{t.preparing}</p>}
      {answer?.state === 'ready' && url && (
        <p role="status">
          {t.ready}{' '}
          <a href={url} target="_blank" rel="noopener" data-testid="preview-link" hrefLang={lang}>
            {t.open(localeNames[lang])}
          </a>
        </p>
      )}
      {answer?.state === 'failed' && (
        <div role="alert" style={{ color: 'var(--theme-error-500)' }}>
          <p>{t.failed}</p>
          {answer.error && <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '12rem', overflow: 'auto', fontSize: '0.75rem' }}>{answer.error.slice(-1500)}</pre>}
        </div>
      )}
    </div>
  )
}
