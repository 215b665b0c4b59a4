import { describe, expect, it } from 'vitest'

import { useTranslations } from '../../../site/i18n/index'
import { eventBadges, languageNames, officeKindLabel, telHref } from '../../../site/i18n/labels'
import { perLanguage, perLanguageAndDoc } from '../../../site/lib/routes'

describe('route helpers', () => {
  it('make one page per language', () => {
    expect(perLanguage()).toEqual([
      { params: { lang: 'kk' }, props: { lang: 'kk' } },
      { params: { lang: 'ru' }, props: { lang: 'ru' } },
      { params: { lang: 'en' }, props: { lang: 'en' } },
    ])
  })

  it('make one page per language per document, with the shown language computed once', () => {
    const docs = [
      { slug: 'both', title: { kk: 'Қазақша атауы', ru: 'Русское название', en: 'English title' } },
      { slug: 'ru-only', title: { ru: 'Только по-русски', en: '' } },
    ]
    const routes = perLanguageAndDoc(docs, (d) => d.title)
    expect(routes).toHaveLength(6)
    const find = (lang: string, slug: string) => routes.find((r) => r.params.lang === lang && r.params.slug === slug)!.props
    expect(find('kk', 'both')).toMatchObject({ lang: 'kk', shown: 'kk', isFallback: false })
    expect(find('en', 'ru-only')).toMatchObject({ lang: 'en', shown: 'ru', isFallback: true })
    expect(find('kk', 'ru-only')).toMatchObject({ lang: 'kk', shown: 'ru', isFallback: true })
    expect(find('ru', 'ru-only').doc).toBe(docs[1])
  })
})

describe('labels', () => {
  const t = useTranslations('ru')

  it('name an office kind, with the platform type for dialogue platforms', () => {
    expect(officeKindLabel(t, { kind: 'house-of-friendship' })).toBe(t('office.kind.house-of-friendship'))
    expect(officeKindLabel(t, { kind: 'dialogue-platform', platformType: 'school' })).toBe(
      `${t('office.kind.dialogue-platform')}: ${t('office.platform.school')}`,
    )
  })

  it('turn a written phone number into a tel: link', () => {
    expect(telHref('+7 (7172) 55-66-77')).toBe('tel:+77172556677')
  })

  it('name languages in themselves', () => {
    expect(languageNames(['kk', 'ru'])).toBe('Қазақша, Русский')
  })

  it('give an event its kind and format, and a status only when it is not as planned', () => {
    expect(eventBadges(t, { kind: 'round-table', format: 'online', status: 'scheduled' }).filter(Boolean)).toEqual([
      { label: t('event.kind.round-table') },
      { label: t('event.format.online'), variant: 'online' },
    ])
    expect(eventBadges(t, { kind: 'conference', format: 'offline', status: 'cancelled' }).filter(Boolean)).toHaveLength(3)
  })
})
