import type { APIRoute } from 'astro'

import { feedText } from '../../../../../i18n/feedText'
import { getPublications } from '../../../../../lib/cms'
import { publicationKinds, publicationsFeed, type PublicationKind } from '../../../../../lib/press'
import { locales, type Locale } from '../../../../../../cms/core/locales'

/** /<lang>/publications/kind/<kind>/feed.xml: one kind's released publications, Atom. */
export function getStaticPaths() {
  return locales.flatMap((lang) => publicationKinds.map((kind) => ({ params: { lang, kind }, props: { lang, kind } })))
}

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, kind } = props as { lang: Locale; kind: PublicationKind }
  const xml = publicationsFeed({ publications: await getPublications(), lang, kind, site: site!, text: feedText(lang, kind), builtAt: new Date() })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
