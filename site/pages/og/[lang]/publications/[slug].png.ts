import type { APIRoute } from 'astro'

import { useTranslations } from '../../../../i18n'
import { getPublications, type Publication } from '../../../../lib/cms'
import { pngResponse, renderCard } from '../../../../lib/shareCards'
import { pick, shownLanguage } from '../../../../../cms/core/localize'
import { locales, type Locale } from '../../../../../cms/core/locales'

/** /og/<lang>/publications/<slug>.png: a publication's share card, its title in the page's language. */
export async function getStaticPaths() {
  const publications = await getPublications()
  return locales.flatMap((lang) => publications.map((p) => ({ params: { lang, slug: p.slug }, props: { lang, p } })))
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, p } = props as { lang: Locale; p: Publication }
  const t = useTranslations(lang)
  const title = pick(p.title, shownLanguage(p.title, lang).shown) ?? p.slug
  return pngResponse(await renderCard({ title, kicker: `${t('press.card.section')} · ${t(`publication.kind.${p.kind}`)}`, siteName: t('site.name'), tagline: t('site.tagline') }))
}
