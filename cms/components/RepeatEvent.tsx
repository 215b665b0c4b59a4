'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const labels = {
  kk: {
    heading: 'Қайталау',
    every: 'Жиілігі',
    week: 'Апта сайын',
    twoWeeks: 'Екі апта сайын',
    until: 'Қай күнге дейін (қоса алғанда)',
    button: 'Көшірмелерді жасау',
    help: 'Осы іс-шараның көшірмелері сол уақытта, жоба ретінде жасалады (тіркеулерсіз). Бар күндер өткізіледі.',
    saveFirst: 'Алдымен іс-шараны сақтаңыз.',
    done: (created: number, skipped: number) => `Жасалды: ${created}, өткізілді (бұрыннан бар): ${skipped}.`,
    list: 'Іс-шаралар тізіміне',
  },
  ru: {
    heading: 'Повторение',
    every: 'Как часто',
    week: 'Каждую неделю',
    twoWeeks: 'Раз в две недели',
    until: 'До даты (включительно)',
    button: 'Создать копии',
    help: 'Копии этого мероприятия в то же время создаются черновиками (без регистраций). Уже существующие даты пропускаются.',
    saveFirst: 'Сначала сохраните мероприятие.',
    done: (created: number, skipped: number) => `Создано: ${created}, пропущено (уже есть): ${skipped}.`,
    list: 'К списку мероприятий',
  },
  en: {
    heading: 'Repeat',
    every: 'How often',
    week: 'Every week',
    twoWeeks: 'Every two weeks',
    until: 'Until (inclusive)',
    button: 'Create the copies',
    help: 'Copies of this event at the same time are created as drafts (without registrations). Dates that already exist are skipped.',
    saveFirst: 'Save the event first.',
    done: (created: number, skipped: number) => `Created: ${created}, skipped (already there): ${skipped}.`,
    list: 'To the events list',
  },
}

/**
 * In the event's sidebar: "repeat every week (or two) until" and a button that runs
 * POST /api/events/:id/repeat (cms/endpoints/repeatEvent.ts); the answer, or the refusal in the
 * admin's language, is shown below. It sits inside the document's form, so it posts with fetch.
 */
export function RepeatEvent() {
  const { i18n } = useTranslation()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const lang = i18n.language === 'ru' || i18n.language === 'en' ? i18n.language : 'kk'
  const t = labels[lang]
  const [every, setEvery] = useState('week')
  const [until, setUntil] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  if (!id) return <p style={{ color: 'var(--theme-elevation-500)' }}>{t.saveFirst}</p>

  const run = async () => {
    setBusy(true)
    setResult(null)
    try {
      const response = await fetch(`${config.routes.api}/events/${id}/repeat`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ every, until, lang }),
      })
      const answer = (await response.json().catch(() => ({}))) as { created?: number; skipped?: number; errors?: Array<{ message?: string }> }
      if (response.ok) setResult({ ok: true, text: t.done(answer.created ?? 0, answer.skipped ?? 0) })
      else setResult({ ok: false, text: answer.errors?.[0]?.message ?? String(response.status) })
    } catch (error) {
      setResult({ ok: false, text: String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: '1.5rem' }} data-testid="repeat-event">
      <p className="field-label" style={{ fontWeight: 600 }}>{t.heading}</p>
      <p>
        <label htmlFor="repeat-every">{t.every}</label>
        <br />
        <select id="repeat-every" value={every} onChange={(e) => setEvery(e.target.value)}>
          <option value="week">{t.week}</option>
          <option value="2weeks">{t.twoWeeks}</option>
        </select>
      </p>
      <p>
        <label htmlFor="repeat-until">{t.until}</label>
        <br />
        <input
          id="repeat-until"
          type="date"
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          // Enter here must not submit (save) the document's form.
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              void run()
            }
          }}
        />
      </p>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void run()}>
        {t.button}
      </button>
      <p style={{ color: 'var(--theme-elevation-500)' }}>{t.help}</p>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} style={result.ok ? undefined : { color: 'var(--theme-error-500)' }}>
          {result.text} {result.ok && <a href={`${config.routes.admin}/collections/events`}>{t.list}</a>}
        </p>
      )}
    </div>
  )
}
