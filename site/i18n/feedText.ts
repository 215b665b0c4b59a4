import type { Locale } from '../../cms/core/locales'
import type { PublicationKind } from '../../cms/core/vocabulary'
import { useTranslations } from './index'

/** The words of a publications feed in its language: all publications, or one kind. */
export function feedText(lang: Locale, kind?: PublicationKind) {
  const t = useTranslations(lang)
  const site = t('site.name')
  return {
    title: kind ? t('press.feedTitleKind', { site, kind: t(`publication.kind.${kind}`) }) : t('press.feedTitle', { site }),
    subtitle: t('publications.lead'),
    author: site,
    kindLabel: (k: PublicationKind) => t(`publication.kind.${k}`),
  }
}
