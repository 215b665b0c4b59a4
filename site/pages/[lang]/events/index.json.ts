import type { APIRoute } from 'astro'

import { locales, type Locale } from '../../../../cms/core/locales'
import { useTranslations } from '../../../i18n'
import { eventIndexFor } from '../../../lib/eventIndex'

/** The upcoming list's filter manifest in the page language: shared tables and the months (cms/core/eventIndex.ts). */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang }, props: { lang } }))
}

export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Locale }
  const { manifest } = await eventIndexFor(lang, useTranslations(lang))
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } })
}
