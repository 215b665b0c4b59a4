'use client'
import { useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

const labels: Record<string, { all: string; event: string; hint: string }> = {
  kk: { all: 'Барлық тіркеуді CSV-ге жүктеу (Excel)', event: 'Осы іс-шараның тіркеулерін CSV-ге жүктеу (Excel)', hint: 'Іс-шара бойынша сүзсеңіз, тек соның тізімі жүктеледі.' },
  ru: { all: 'Скачать все регистрации в CSV (Excel)', event: 'Скачать регистрации этого мероприятия в CSV (Excel)', hint: 'Отфильтруйте по мероприятию, чтобы скачать только его список.' },
  en: { all: 'Download all registrations as CSV (Excel)', event: "Download this event's registrations as CSV (Excel)", hint: 'Filter by event to download only its list.' },
}

/** Above the registrations list: the CSV export, narrowed to the event the list is filtered by. */
export function ExportRegistrationsLink() {
  const { i18n } = useTranslation()
  const params = useSearchParams()
  const language = labels[i18n.language] ? i18n.language : 'ru'
  const t = labels[language]!
  // The list's filter lives in the URL as where[...][event][equals]=<id>, however deeply nested.
  let eventId: string | null = null
  params.forEach((value, key) => {
    if (/\[event\]\[equals\]$/.test(key) && /^\w+$/.test(value)) eventId = value
  })
  const query = new URLSearchParams({ lang: language })
  if (eventId) query.set('event', eventId)
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/registrations/export.csv?${query}`} download>
        {eventId ? t.event : t.all}
      </a>{' '}
      {!eventId && <span style={{ color: 'var(--theme-elevation-500)' }}>{t.hint}</span>}
    </p>
  )
}
