import type { Locale } from './locales'
import type { RegistrationErrorCode } from './registration'

/**
 * Messages the CMS itself shows to the public (the registration endpoint's answers).
 * Typed so a key missing in any language fails the type check; tests check parity too.
 */
type RegistrationMessages = Record<RegistrationErrorCode, string> & {
  successTitle: string
  successBody: string
  errorTitle: string
  badRequest: string
  backToEvent: string
  backHome: string
  serverError: string
}

export const registrationMessages: Record<Locale, RegistrationMessages> = {
  kk: {
    nameRequired: 'Аты-жөніңізді жазыңыз.',
    nameTooLong: 'Аты-жөні тым ұзын (200 таңбадан аспауы керек).',
    emailRequired: 'Электрондық поштаңызды жазыңыз.',
    emailInvalid: 'Электрондық пошта мекенжайы дұрыс емес, мысалы: name@example.kz.',
    phoneInvalid: 'Телефон нөмірі дұрыс емес, мысалы: +7 701 123 45 67.',
    organizationTooLong: 'Ұйым атауы тым ұзын (300 таңбадан аспауы керек).',
    regionInvalid: 'Тізімнен өңірді таңдаңыз.',
    consentRequired: 'Тіркелу үшін дербес деректерді өңдеуге келісім беріңіз.',
    eventUnknown: 'Мұндай іс-шара табылмады.',
    registrationNotEnabled: 'Бұл іс-шараға сайт арқылы тіркелу қарастырылмаған.',
    registrationNotYetOpen: 'Тіркеу әлі ашылған жоқ.',
    registrationClosed: 'Тіркеу жабылды.',
    eventCancelled: 'Іс-шара тоқтатылды, тіркеу жабық.',
    eventFull: 'Бос орын қалмады.',
    alreadyRegistered: 'Бұл электрондық пошта осы іс-шараға тіркеліп қойған.',
    successTitle: 'Сіз тіркелдіңіз',
    successBody: 'Өтінішіңіз қабылданды. Ұйымдастырушылар сізбен электрондық пошта арқылы байланысады.',
    errorTitle: 'Тіркеу орындалмады',
    badRequest: 'Форма деректері оқылмады. Бетті жаңартып, қайта көріңіз.',
    backToEvent: 'Іс-шараға оралу',
    backHome: 'Басты бетке',
    serverError: 'Қызмет уақытша қолжетімсіз. Өтініш сақталған жоқ, кейінірек қайталап көріңіз.',
  },
  ru: {
    nameRequired: 'Укажите имя и фамилию.',
    nameTooLong: 'Имя слишком длинное (не более 200 символов).',
    emailRequired: 'Укажите адрес электронной почты.',
    emailInvalid: 'Адрес электронной почты указан неверно, например: name@example.kz.',
    phoneInvalid: 'Номер телефона указан неверно, например: +7 701 123 45 67.',
    organizationTooLong: 'Название организации слишком длинное (не более 300 символов).',
    regionInvalid: 'Выберите регион из списка.',
    consentRequired: 'Для регистрации нужно согласие на обработку персональных данных.',
    eventUnknown: 'Такое мероприятие не найдено.',
    registrationNotEnabled: 'Регистрация на это мероприятие через сайт не предусмотрена.',
    registrationNotYetOpen: 'Регистрация ещё не открыта.',
    registrationClosed: 'Регистрация закрыта.',
    eventCancelled: 'Мероприятие отменено, регистрация закрыта.',
    eventFull: 'Свободных мест нет.',
    alreadyRegistered: 'С этим адресом электронной почты уже есть регистрация на это мероприятие.',
    successTitle: 'Вы зарегистрированы',
    successBody: 'Заявка принята. Организаторы свяжутся с вами по электронной почте.',
    errorTitle: 'Регистрация не выполнена',
    badRequest: 'Не удалось прочитать данные формы. Обновите страницу и попробуйте снова.',
    backToEvent: 'Вернуться к мероприятию',
    backHome: 'На главную',
    serverError: 'Сервис временно недоступен. Заявка не сохранена, попробуйте позже.',
  },
  en: {
    nameRequired: 'Enter your full name.',
    nameTooLong: 'The name is too long (200 characters at most).',
    emailRequired: 'Enter your e-mail address.',
    emailInvalid: 'The e-mail address is not valid, for example: name@example.kz.',
    phoneInvalid: 'The phone number is not valid, for example: +7 701 123 45 67.',
    organizationTooLong: 'The organization name is too long (300 characters at most).',
    regionInvalid: 'Choose a region from the list.',
    consentRequired: 'To register, agree to the processing of your personal data.',
    eventUnknown: 'This event was not found.',
    registrationNotEnabled: 'This event does not take registrations on the site.',
    registrationNotYetOpen: 'Registration has not opened yet.',
    registrationClosed: 'Registration is closed.',
    eventCancelled: 'The event is cancelled; registration is closed.',
    eventFull: 'There are no seats left.',
    alreadyRegistered: 'This e-mail address is already registered for this event.',
    successTitle: 'You are registered',
    successBody: 'Your registration was received. The organizers will contact you by e-mail.',
    errorTitle: 'Registration failed',
    badRequest: 'The form data could not be read. Reload the page and try again.',
    backToEvent: 'Back to the event',
    backHome: 'Home',
    serverError: 'The service is temporarily unavailable. Nothing was saved; please try again later.',
  },
}
