import { isLocale, type Locale } from '../core/locales'

/** Words of the translation-status column and the "missing in Kazakh" panel, in every admin language. */
export type TranslationStatusLabels = {
  present: (language: string) => string
  missing: (language: string) => string
  unsaved: string
  panelTitle: string
  panelAllDone: string
  panelCount: (shown: number, total: number) => string
  untitled: string
}

const short: Record<Locale, Record<Locale, string>> = {
  kk: { kk: 'қазақша', ru: 'орысша', en: 'ағылшынша' },
  ru: { kk: 'казахский', ru: 'русский', en: 'английский' },
  en: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
}

export const translationStatusLabels: Record<Locale, TranslationStatusLabels & { languageName: Record<Locale, string> }> = {
  kk: {
    languageName: short.kk,
    present: (l) => `${l} нұсқасы бар`,
    missing: (l) => `${l} нұсқасы жоқ`,
    unsaved: 'Сақталғаннан кейін көрсетіледі',
    panelTitle: 'Қазақша нұсқасы жоқ құжаттар',
    panelAllDone: 'Барлық құжаттың қазақша нұсқасы бар.',
    panelCount: (shown, total) => (shown < total ? `${total} құжаттың ${shown} көрсетілген` : `${total} құжат`),
    untitled: 'Атаусыз',
  },
  ru: {
    languageName: short.ru,
    present: (l) => `есть ${l}`,
    missing: (l) => `нет: ${l}`,
    unsaved: 'Появится после сохранения',
    panelTitle: 'Документы без казахской версии',
    panelAllDone: 'У всех документов есть казахская версия.',
    panelCount: (shown, total) => (shown < total ? `показано ${shown} из ${total}` : `всего ${total}`),
    untitled: 'Без названия',
  },
  en: {
    languageName: short.en,
    present: (l) => `${l} present`,
    missing: (l) => `${l} missing`,
    unsaved: 'Shown once saved',
    panelTitle: 'Documents missing in Kazakh',
    panelAllDone: 'Every document has a Kazakh version.',
    panelCount: (shown, total) => (shown < total ? `${shown} of ${total} shown` : `${total} in all`),
    untitled: 'Untitled',
  },
}

export function translationLabelsFor(language: string | undefined) {
  return translationStatusLabels[isLocale(language) ? language : 'ru']
}
