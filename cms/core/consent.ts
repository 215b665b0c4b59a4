import type { Locale } from './locales'

/**
 * The consent a registrant gives, in the terms Kazakhstan's law on personal data and their
 * protection asks for: who processes the data (the operator), for what purpose, which data, for how
 * long, and how to withdraw. No legal entity is named here: the operator is the network of
 * mediation offices that organizes the event. Registrations store `consentVersion(...)` of the text
 * they agreed to, so any edit of the wording (or of the retention period) yields a new version.
 */
export type ConsentText = { label: string; details: string }

/** Months the data is kept after the event when KELISIM_RETENTION_MONTHS is not set. */
export const defaultRetentionMonths = 12

/** The retention period from its setting: a whole number of months from 1 to 120, else the default. */
export function retentionMonthsFrom(value: string | undefined): number {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= 120 ? n : defaultRetentionMonths
}

const texts: Record<Locale, ConsentText> = {
  kk: {
    label: 'Дербес деректерімді осы іс-шараға тіркеу үшін өңдеуге келісемін.',
    details:
      'Деректерді өңдейтін – медиация кабинеттерінің желісі, осы іс-шараның ұйымдастырушысы. Мақсаты – осы іс-шараға тіркеу және ол бойынша сізбен байланыс. ' +
      'Өңделетін деректер: аты-жөні, электрондық пошта, телефон, ұйым, өңір. Деректер іс-шарадан кейін {{months}} ай сақталады, содан соң жойылады; үшінші тұлғаларға берілмейді. ' +
      'Келісімді кез келген уақытта тіркеуден бас тарту сілтемесі арқылы кері қайтара аласыз (сілтеме тіркелгеннен кейін беріледі).',
  },
  ru: {
    label: 'Я согласен(на) на обработку моих персональных данных для регистрации на это мероприятие.',
    details:
      'Оператор – сеть кабинетов медиации, организатор этого мероприятия. Цель – регистрация на это мероприятие и связь с вами по нему. ' +
      'Обрабатываются: имя и фамилия, электронная почта, телефон, организация, регион. Данные хранятся {{months}} мес. после мероприятия, затем удаляются; третьим лицам не передаются. ' +
      'Отозвать согласие можно в любой момент по ссылке отмены регистрации (её выдают после регистрации).',
  },
  en: {
    label: 'I agree to the processing of my personal data to register for this event.',
    details:
      'The operator is the network of mediation offices organizing this event. Purpose: registration for this event and contacting you about it. ' +
      'Data processed: full name, e-mail, phone, organization, region. It is kept for {{months}} months after the event, then deleted, and not passed on to anyone else. ' +
      'You can withdraw your consent at any time with the cancel link you get after registering.',
  },
}

/** The consent text in one language, with the retention period filled in. */
export function consentText(locale: Locale, months: number): ConsentText {
  const { label, details } = texts[locale]
  return { label, details: details.replace('{{months}}', String(months)) }
}

/** FNV-1a over UTF-16 code units: small, dependency-free, stable across Node and browsers. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** The version of the consent text as shown in all three languages, e.g. `c1-12m-3fa9c2d1`. */
export function consentVersion(months: number): string {
  const all = (Object.keys(texts) as Locale[]).map((l) => consentText(l, months))
  return `c1-${months}m-${fnv1a(JSON.stringify(all))}`
}
