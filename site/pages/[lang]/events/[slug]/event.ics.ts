import type { APIRoute } from 'astro'

import { useTranslations } from '../../../../i18n'

import { entryIcs, siteOrigin } from '../../../../lib/calendarFeeds'
import { getCalendar, type CalendarEntry } from '../../../../lib/calendar'
import { locales, type Locale } from '../../../../../cms/core/locales'

/** One .ics per event and language, beside the event's page. */
export async function getStaticPaths() {
  const entries = (await getCalendar()).filter((e) => e.section === 'events')
  return locales.flatMap((lang) => entries.map((entry) => ({ params: { lang, slug: entry.slug }, props: { lang, entry } })))
}

const label = (lang: Locale) => useTranslations(lang) as (key: string) => string

export const GET: APIRoute = ({ props, site }) => {
  const { lang, entry } = props as { lang: Locale; entry: CalendarEntry }
  return new Response(entryIcs(entry, lang, label(lang), siteOrigin(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
