import type { APIRoute } from 'astro'

import { buildEventIndex } from '../../../../cms/core/eventIndex'
import { locales, type Locale } from '../../../../cms/core/locales'
import { eventFormats, eventKinds, eventStatuses } from '../../../../cms/core/vocabulary'
import { useTranslations, type UIKey } from '../../../i18n'
import { entryHref, entryTitle, getCalendar, localName, splitByNow } from '../../../lib/calendar'
import { getRegions } from '../../../lib/cms'

/** The upcoming list's filter data in the page language (see cms/core/eventIndex.ts). */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang }, props: { lang } }))
}

export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Locale }
  const t = useTranslations(lang)
  const { upcoming } = splitByNow(await getCalendar(), new Date())
  const regions = (await getRegions()).map((r): [string, string] => [r.code, localName(r.name, lang) ?? r.code])
  const index = buildEventIndex(
    upcoming.map((e) => ({
      href: entryHref(lang, e),
      title: entryTitle(lang, e).text,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      region: e.region,
      kind: e.kind,
      format: e.format,
      status: e.status,
      languages: e.languages,
      audience: localName(e.audience, lang) ?? null,
      // The place is the venue office (events have no coordinates of their own).
      lat: e.venue?.lat,
      lng: e.venue?.lng,
    })),
    {
      regions,
      kinds: [...eventKinds.map((k): [string, string] => [k, t(`event.kind.${k}` as UIKey)]), ['open-door-day', t('openDoor.title')]],
      formats: eventFormats.map((f): [string, string] => [f, t(`event.format.${f}`)]),
      statuses: eventStatuses.map((s): [string, string] => [s, t(`event.status.${s}`)]),
      languages: [...locales],
    },
  )
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } })
}
