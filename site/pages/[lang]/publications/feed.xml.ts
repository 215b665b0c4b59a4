import type { APIRoute } from 'astro'

import { feedText } from '../../../i18n/feedText'
import { getPublications } from '../../../lib/cms'
import { publicationsFeed } from '../../../lib/press'
import { perLanguage } from '../../../lib/routes'
import type { Locale } from '../../../../cms/core/locales'

/** /<lang>/publications/feed.xml: every released publication, Atom. */
export const getStaticPaths = perLanguage

export const GET: APIRoute = async ({ props, site }) => {
  const lang = (props as { lang: Locale }).lang
  const xml = publicationsFeed({ publications: await getPublications(), lang, site: site!, text: feedText(lang), builtAt: new Date() })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
