import type { Locale } from './locales'

/**
 * Answers of the organizer's registration actions in the admin (cms/endpoints/registrationActions.ts):
 * "give a seat now" to a waiting registration and "send certificates". kk is the reference.
 */
const kk = {
  forbidden: 'Бұл іс-шараның тіркеулерін басқаруға құқығыңыз жоқ.',
  notFound: 'Тіркеу не іс-шара табылмады.',
  seatGiven: 'Орын берілді; қатысушыға «орын сіздікі» хаты жіберіледі.',
  noSeatFree: 'Бос орын жоқ. Алдымен іс-шараның орын санын көбейтіңіз (немесе басқа тіркеуді жойыңыз), содан кейін қайталаңыз.',
  notWaiting: 'Бұл тіркеу күту тізімінде емес.',
  notAttended: 'Сертификат тек «Қатысты» күйіндегі тіркеуге беріледі.',
  certificatesQueued: 'Сертификаттар жіберілу кезегіне қойылды: {{count}}. Бұрын берілген кодтар сақталады.',
  noneAttended: 'Бұл іс-шарада «Қатысты» деп белгіленген тіркеу жоқ.',
}
export type OrganizerActionMessages = { [K in keyof typeof kk]: string }

export const organizerActionMessages: Record<Locale, OrganizerActionMessages> = {
  kk,
  ru: {
    forbidden: 'У вас нет прав управлять регистрациями этого мероприятия.',
    notFound: 'Регистрация или мероприятие не найдены.',
    seatGiven: 'Место выделено; участнику отправляется письмо «место за вами».',
    noSeatFree: 'Свободных мест нет. Сначала увеличьте число мест мероприятия (или отмените другую регистрацию), затем повторите.',
    notWaiting: 'Эта регистрация не в листе ожидания.',
    notAttended: 'Сертификат выдаётся только регистрации со статусом «Участвовал(а)».',
    certificatesQueued: 'Сертификаты поставлены в очередь на отправку: {{count}}. Уже выданные коды сохраняются.',
    noneAttended: 'На этом мероприятии нет регистраций со статусом «Участвовал(а)».',
  },
  en: {
    forbidden: "You may not manage this event's registrations.",
    notFound: 'Registration or event not found.',
    seatGiven: 'Seat given; the participant is sent the “a seat is yours” e-mail.',
    noSeatFree: "No seat is free. Raise the event's number of seats first (or cancel another registration), then try again.",
    notWaiting: 'This registration is not on the waiting list.',
    notAttended: 'A certificate is issued only for a registration marked “Attended”.',
    certificatesQueued: 'Certificates queued for sending: {{count}}. Codes already issued are kept.',
    noneAttended: 'This event has no registrations marked “Attended”.',
  },
}
