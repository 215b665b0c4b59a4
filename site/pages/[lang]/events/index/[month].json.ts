import type { APIRoute } from 'astro'

import type { EventIndexMonth } from '../../../../../cms/core/eventIndex'
import { locales, type Locale } from '../../../../../cms/core/locales'
import { useTranslations } from '../../../../i18n'
import { eventIndexFor } from '../../../../lib/eventIndex'

/** One month of the upcoming list's filter data (rows starting in it), per language. */
export async function getStaticPaths() {
  const paths = await Promise.all(
    locales.map(async (lang) => [...(await eventIndexFor(lang, useTranslations(lang))).months].map(([month, part]) => ({ params: { lang, month }, props: { part } }))),
  )
  return paths.flat()
}

export const GET: APIRoute = ({ props }) => {
  const { part } = props as { part: EventIndexMonth; lang: Locale }
  return new Response(JSON.stringify(part), { headers: { 'Content-Type': 'application/json' } })
}
