import type { APIRoute } from 'astro'

import { useTranslations } from '../../../../i18n'

import { feedIcs, feeds, siteOrigin } from '../../../../lib/calendarFeeds'
import { getCalendar } from '../../../../lib/calendar'
import { locales, type Locale } from '../../../../../cms/core/locales'

/** Subscribable calendars per language: all events, each region, each kind. */
export async function getStaticPaths() {
  const entries = await getCalendar()
  const now = new Date()
  return locales.flatMap((lang) => feeds(entries, lang, label(lang), now).map((feed) => ({ params: { lang, feed: feed.name }, props: { lang, feed } })))
}

const label = (lang: Locale) => useTranslations(lang) as (key: string) => string

export const GET: APIRoute = ({ props, site }) => {
  const { lang, feed } = props as { lang: Locale; feed: ReturnType<typeof feeds>[number] }
  return new Response(feedIcs(feed, lang, label(lang), siteOrigin(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
