import i18next, { type i18n } from 'i18next'

import { defaultLocale, locales, type Locale } from '../../cms/core/locales'
import { vocabularyLabels, type VocabularyKey } from '../../cms/core/vocabulary'
import { en } from './ui.en'
import { kk, type UIStrings, type UIStringKey } from './ui.kk'
import { ru } from './ui.ru'

/** Every key a template may translate: the UI strings and the labels of the controlled vocabularies. */
export type UIKey = UIStringKey | VocabularyKey

export const uiStrings: Record<Locale, UIStrings> = { kk, ru, en }

let instance: i18n | undefined

/** One i18next instance for the whole build; resources are bundled, nothing loads at run time. */
function getI18n(): i18n {
  if (instance) return instance
  instance = i18next.createInstance()
  void instance.init({
    initImmediate: false,
    lng: defaultLocale,
    supportedLngs: [...locales],
    // A missing key must never silently show another language: tests check parity instead.
    fallbackLng: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(locales.map((l) => [l, { translation: { ...vocabularyLabels[l], ...uiStrings[l] } }])),
  } as Parameters<i18n['init']>[0])
  return instance
}

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string

/** A translator bound to one locale, with typed keys. */
export function useTranslations(lang: Locale): Translate {
  let t = translators.get(lang)
  if (t) return t
  const fixed = getI18n().getFixedT(lang)
  // Every page asks for the same strings: a string without variables is looked up once per build.
  const plain = new Map<UIKey, string>()
  t = (key, vars) => {
    if (vars) return fixed(key, vars) as string
    let text = plain.get(key)
    if (text === undefined) plain.set(key, (text = fixed(key, {}) as string))
    return text
  }
  translators.set(lang, t)
  return t
}
const translators = new Map<Locale, Translate>()
