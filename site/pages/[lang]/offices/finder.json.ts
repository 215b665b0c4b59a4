import type { APIRoute } from 'astro'

import type { Locale } from '../../../../cms/core/locales'
import { finderData } from '../../../lib/finder'
import { perLanguage } from '../../../lib/routes'

export const getStaticPaths = perLanguage

/** The data the "near me" finder downloads, once per language: see cms/core/finder.ts. */
export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await finderData((props as { lang: Locale }).lang)), { headers: { 'content-type': 'application/json' } })
