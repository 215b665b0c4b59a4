import type { APIRoute } from 'astro'

import type { Locale } from '../../../../cms/core/locales'
import { useTranslations } from '../../../i18n'
import { officeKindLabel } from '../../../i18n/labels'
import { finderData } from '../../../lib/finder'
import { perLanguage } from '../../../lib/routes'

export const getStaticPaths = perLanguage

/** The data the "near me" finder downloads, once per language: see cms/core/finder.ts. */
export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Locale }
  const t = useTranslations(lang)
  const data = await finderData(lang, (office) => officeKindLabel(t, office))
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } })
}
