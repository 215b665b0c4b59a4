import { formatDateTime } from './format'
import type { Locale } from './locales'
import type { RegistrationStatus } from './registration'
import { answerText, type Question } from './registrationQuestions'

/** The organizer's list of registrations as spreadsheet rows, headed in the organizer's language. */

const columns = {
  kk: ['Тіркеу коды', 'Мәртебесі', 'Орын', 'Аты-жөні', 'Электрондық пошта', 'Телефон', 'Ұйым', 'Өңір', 'Тілі', 'Тіркелген уақыты (UTC+5)', 'Келісім нұсқасы'],
  ru: ['Код регистрации', 'Статус', 'Место', 'ФИО', 'Электронная почта', 'Телефон', 'Организация', 'Регион', 'Язык', 'Время регистрации (UTC+5)', 'Версия согласия'],
  en: ['Reference', 'Status', 'Seat', 'Name', 'E-mail', 'Phone', 'Organization', 'Region', 'Language', 'Registered at (UTC+5)', 'Consent version'],
} satisfies Record<Locale, string[]>

export const registrationStatusLabels: Record<Locale, Record<RegistrationStatus, string>> = {
  kk: { confirmed: 'Расталды', waiting: 'Күту тізімінде', cancelled: 'Жойылды', attended: 'Қатысты' },
  ru: { confirmed: 'Подтверждена', waiting: 'Лист ожидания', cancelled: 'Отменена', attended: 'Участвовал(а)' },
  en: { confirmed: 'Confirmed', waiting: 'Waiting list', cancelled: 'Cancelled', attended: 'Attended' },
}

export type ExportedRegistration = {
  reference?: string | null
  status: string
  seat?: number | null
  name: string
  email: string
  phone?: string | null
  organization?: string | null
  region?: string | null
  locale?: string | null
  createdAt: string
  consentVersion?: string | null
  answers?: unknown
}

/** Yes/no answers in words (the export and the confirmation e-mail). */
export const yesNoLabels: Record<Locale, { yes: string; no: string }> = {
  kk: { yes: 'Иә', no: 'Жоқ' },
  ru: { yes: 'Да', no: 'Нет' },
  en: { yes: 'Yes', no: 'No' },
}

const answersOf = (r: ExportedRegistration): Record<string, unknown> =>
  r.answers && typeof r.answers === 'object' && !Array.isArray(r.answers) ? (r.answers as Record<string, unknown>) : {}

/**
 * `questions` (one event's, in `lang`): one more column each, headed with the question and holding
 * the answer as the participant read it (the option's label, yes/no in `lang`).
 */
export function registrationRows(
  registrations: readonly ExportedRegistration[],
  lang: Locale,
  questions: readonly Question[] = [],
): Array<Array<string | number | null>> {
  const statusLabel = registrationStatusLabels[lang] as Record<string, string>
  return [
    [...columns[lang], ...questions.map((q) => q.label)],
    ...registrations.map((r) => [
      r.reference ?? '',
      statusLabel[r.status] ?? r.status,
      r.seat ?? null,
      r.name,
      r.email,
      r.phone ?? '',
      r.organization ?? '',
      r.region ?? '',
      r.locale ?? '',
      formatDateTime(r.createdAt, lang),
      r.consentVersion ?? '',
      ...questions.map((q) => {
        const value = answersOf(r)[q.key]
        return answerText(q, typeof value === 'string' ? value : undefined, yesNoLabels[lang])
      }),
    ]),
  ]
}
