import type { APIRoute } from 'astro'

import { useTranslations } from '../../../i18n'
import { cardSections, pngResponse, renderCard, type CardSection } from '../../../lib/shareCards'
import { locales, type Locale } from '../../../../cms/core/locales'

/** /og/<lang>/<section>.png: the generic share card of a section in a language. */
export function getStaticPaths() {
  return locales.flatMap((lang) => cardSections.map((card) => ({ params: { lang, card }, props: { lang, card } })))
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, card } = props as { lang: Locale; card: CardSection }
  const t = useTranslations(lang)
  const title = card === 'home' ? t('site.tagline') : t(`nav.${card}`)
  return pngResponse(await renderCard({ title, kicker: card === 'home' ? t('site.name') : t('site.tagline'), siteName: t('site.name'), tagline: t('site.tagline') }))
}
