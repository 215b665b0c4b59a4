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
  waitingTitle: string
  waitingBody: string
  alreadyConfirmedBody: string
  alreadyWaitingBody: string
  alreadyAttendedBody: string
  referenceLine: string
  cancelLinkLabel: string
  bodyTooLarge: string
  cancelTitle: string
  cancelQuestion: string
  cancelButton: string
  cancelledTitle: string
  cancelledBody: string
  cancelAlreadyDone: string
  cancelLinkInvalid: string
  eventHasRegistrations: string
  waitingPromotedOnlyBySeat: string
  /** Live seat figures under the form (GET /api/register/seats). */
  seatsLeft: string
  seatsUnlimited: string
  seatsFullWaiting: string
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
    answerRequired: 'Бұл сұраққа жауап беріңіз.',
    answerInvalid: 'Ұсынылған нұсқалардың бірін таңдаңыз.',
    answerTooLong: 'Жауап тым ұзын (1000 таңбадан аспауы керек).',
    hiddenCharacters: 'Өрісте көрінбейтін немесе басқару таңбалары бар. Мәтінді көшірмей, қайта теріңіз.',
    successTitle: 'Сіз тіркелдіңіз',
    successBody: 'Өтінішіңіз қабылданды. Ұйымдастырушылар сізбен электрондық пошта арқылы байланысады.',
    errorTitle: 'Тіркеу орындалмады',
    badRequest: 'Форма деректері оқылмады. Бетті жаңартып, қайта көріңіз.',
    backToEvent: 'Іс-шараға оралу',
    backHome: 'Басты бетке',
    serverError: 'Қызмет уақытша қолжетімсіз. Өтініш сақталған жоқ, кейінірек қайталап көріңіз.',
    waitingTitle: 'Сіз күту тізіміндесіз',
    waitingBody: 'Барлық орын бос емес. Сіз күту тізімінде {{position}}-орындасыз; орын босаса, тіркеуіңіз автоматты түрде расталады.',
    alreadyConfirmedBody: 'Бұл электрондық пошта осы іс-шараға тіркелген, орын сізге бекітілген. Екінші рет тіркелудің қажеті жоқ.',
    alreadyWaitingBody: 'Бұл электрондық пошта осы іс-шараның күту тізімінде тұр, кезегіңіз: {{position}}.',
    alreadyAttendedBody: 'Бұл электрондық пошта бойынша іс-шараға қатысу белгіленген.',
    referenceLine: 'Тіркеу коды: {{reference}}. Оны сақтап қойыңыз.',
    cancelLinkLabel: 'Тіркеуден бас тарту',
    bodyTooLarge: 'Жіберілген деректер тым үлкен. Форманы қайта толтырыңыз.',
    cancelTitle: 'Тіркеуден бас тарту',
    cancelQuestion: '«{{event}}» іс-шарасына тіркеуіңізден (код {{reference}}) бас тартасыз ба?',
    cancelButton: 'Иә, бас тартамын',
    cancelledTitle: 'Тіркеу жойылды',
    cancelledBody: 'Тіркеуіңіз жойылды. Орныңыз келесі қатысушыға беріледі.',
    cancelAlreadyDone: 'Бұл тіркеу бұрын жойылған.',
    cancelLinkInvalid: 'Сілтеме жарамсыз немесе толық көшірілмеген. Хаттағы сілтемені толығымен ашыңыз.',
    eventHasRegistrations: 'Іс-шараны жою мүмкін емес: оған {{count}} тіркеу бар. Алдымен тіркеулерді жойыңыз немесе іс-шараны «тоқтатылды» деп белгілеңіз.',
    waitingPromotedOnlyBySeat: 'Күту тізіміндегі қатысушының күйін қолмен өзгертуге болмайды: орын босағанда ол автоматты түрде расталады. Оған қазір орын беру үшін тіркеудегі «Қазір орын беру» батырмасын басыңыз (бос орын болуы керек).',
    seatsLeft: '{{capacity}} орынның {{left}} орны бос.',
    seatsUnlimited: 'Орын саны шектелмеген.',
    seatsFullWaiting: 'Бос орын қалмады: тіркелсеңіз, күту тізіміне қосыласыз. Орын босаса, тіркеуіңіз автоматты түрде расталады.',
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
    answerRequired: 'Ответьте на этот вопрос.',
    answerInvalid: 'Выберите один из предложенных вариантов.',
    answerTooLong: 'Ответ слишком длинный (не более 1000 символов).',
    hiddenCharacters: 'В поле есть невидимые или управляющие символы. Наберите текст заново, не копируя.',
    successTitle: 'Вы зарегистрированы',
    successBody: 'Заявка принята. Организаторы свяжутся с вами по электронной почте.',
    errorTitle: 'Регистрация не выполнена',
    badRequest: 'Не удалось прочитать данные формы. Обновите страницу и попробуйте снова.',
    backToEvent: 'Вернуться к мероприятию',
    backHome: 'На главную',
    serverError: 'Сервис временно недоступен. Заявка не сохранена, попробуйте позже.',
    waitingTitle: 'Вы в листе ожидания',
    waitingBody: 'Все места заняты. Вы в листе ожидания под номером {{position}}; если место освободится, регистрация подтвердится автоматически.',
    alreadyConfirmedBody: 'С этим адресом уже есть регистрация на это мероприятие, место за вами. Регистрироваться снова не нужно.',
    alreadyWaitingBody: 'Этот адрес уже в листе ожидания этого мероприятия, ваш номер: {{position}}.',
    alreadyAttendedBody: 'По этому адресу участие в мероприятии уже отмечено.',
    referenceLine: 'Код регистрации: {{reference}}. Сохраните его.',
    cancelLinkLabel: 'Отменить регистрацию',
    bodyTooLarge: 'Отправлено слишком много данных. Заполните форму заново.',
    cancelTitle: 'Отмена регистрации',
    cancelQuestion: 'Отменить вашу регистрацию (код {{reference}}) на мероприятие «{{event}}»?',
    cancelButton: 'Да, отменить',
    cancelledTitle: 'Регистрация отменена',
    cancelledBody: 'Ваша регистрация отменена. Место перейдёт следующему участнику.',
    cancelAlreadyDone: 'Эта регистрация уже отменена.',
    cancelLinkInvalid: 'Ссылка недействительна или скопирована не полностью. Откройте ссылку из письма целиком.',
    eventHasRegistrations: 'Мероприятие нельзя удалить: на него {{count}} регистраций. Сначала удалите регистрации или отметьте мероприятие как отменённое.',
    waitingPromotedOnlyBySeat: 'Статус участника из листа ожидания нельзя менять вручную: он подтверждается автоматически, когда освобождается место. Чтобы дать ему место сейчас, нажмите в регистрации кнопку «Выделить место сейчас» (нужно свободное место).',
    seatsLeft: 'Свободно {{left}} из {{capacity}} мест.',
    seatsUnlimited: 'Число мест не ограничено.',
    seatsFullWaiting: 'Свободных мест нет: зарегистрировавшись, вы попадёте в лист ожидания. Если место освободится, регистрация подтвердится автоматически.',
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
    answerRequired: 'Please answer this question.',
    answerInvalid: 'Choose one of the options offered.',
    answerTooLong: 'The answer is too long (1000 characters at most).',
    hiddenCharacters: 'The field contains invisible or control characters. Type it again instead of pasting.',
    successTitle: 'You are registered',
    successBody: 'Your registration was received. The organizers will contact you by e-mail.',
    errorTitle: 'Registration failed',
    badRequest: 'The form data could not be read. Reload the page and try again.',
    backToEvent: 'Back to the event',
    backHome: 'Home',
    serverError: 'The service is temporarily unavailable. Nothing was saved; please try again later.',
    waitingTitle: 'You are on the waiting list',
    waitingBody: 'All seats are taken. You are number {{position}} on the waiting list; if a seat frees up, your registration is confirmed automatically.',
    alreadyConfirmedBody: 'This e-mail address is already registered for this event and your seat is confirmed. There is no need to register again.',
    alreadyWaitingBody: 'This e-mail address is already on the waiting list for this event, at number {{position}}.',
    alreadyAttendedBody: 'Attendance at this event is already recorded for this e-mail address.',
    referenceLine: 'Registration code: {{reference}}. Please keep it.',
    cancelLinkLabel: 'Cancel the registration',
    bodyTooLarge: 'Too much data was sent. Please fill in the form again.',
    cancelTitle: 'Cancel a registration',
    cancelQuestion: 'Cancel your registration (code {{reference}}) for “{{event}}”?',
    cancelButton: 'Yes, cancel it',
    cancelledTitle: 'Registration cancelled',
    cancelledBody: 'Your registration is cancelled. Your seat goes to the next participant.',
    cancelAlreadyDone: 'This registration was already cancelled.',
    cancelLinkInvalid: 'The link is not valid or was copied incompletely. Open the whole link from the e-mail.',
    eventHasRegistrations: 'The event cannot be deleted: it has {{count}} registration(s). Delete the registrations first, or mark the event as cancelled.',
    waitingPromotedOnlyBySeat: 'The status of a person on the waiting list cannot be changed by hand: they are confirmed automatically when a seat frees up. To seat them now, use “Give a seat now” on the registration (a seat must be free).',
    seatsLeft: '{{left}} of {{capacity}} seats left.',
    seatsUnlimited: 'There is no seat limit.',
    seatsFullWaiting: 'No seats left: if you register, you join the waiting list, and your registration is confirmed automatically when a seat frees up.',
  },
}

/** Fills `{{name}}` placeholders; a placeholder without a value stays visible rather than vanish. */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

// ---------------------------------------------------------------------------------------------
// Registration e-mails (cms/core/registrationMail.ts composes them, cms/jobs sends them).
// Kazakh is the reference: its keys are the type, so ru or en missing one fails the type check.

const registrationMailKk = {
  subjectConfirmed: 'Тіркеу расталды: {{event}}',
  subjectWaiting: 'Сіз күту тізіміндесіз: {{event}}',
  subjectPromoted: 'Сізге орын бөлінді: {{event}}',
  subjectCancelled: 'Тіркеу жойылды: {{event}}',
  subjectReminder: 'Ертең: {{event}}',
  greeting: 'Құрметті {{name}}!',
  bodyConfirmed: '«{{event}}» іс-шарасына тіркеуіңіз расталды, орын сізге бекітілді.',
  bodyWaiting: '«{{event}}» іс-шарасында барлық орын бос емес. Сіз күту тізімінде {{position}}-орындасыз; орын босаса, тіркеуіңіз автоматты түрде расталып, сізге хат келеді.',
  bodyPromoted: 'Орын босады: «{{event}}» іс-шарасына тіркеуіңіз расталды, орын сізге бекітілді.',
  bodyCancelled: '«{{event}}» іс-шарасына тіркеуіңіз жойылды. Қайта қатысқыңыз келсе, сайттағы форма арқылы қайта тіркеліңіз.',
  bodyReminder: 'Еске саламыз: «{{event}}» іс-шарасы ертең өтеді. Сізді күтеміз.',
  whenLabel: 'Уақыты',
  whereLabel: 'Өтетін орны',
  onlineLabel: 'Онлайн',
  referenceLabel: 'Тіркеу коды',
  eventPageLabel: 'Іс-шара беті',
  answersLabel: 'Сұрақтарға жауаптарыңыз',
  cancelLine: 'Келе алмасаңыз, тіркеуден бас тартыңыз, орныңыз келесі адамға беріледі:',
  calendarNote: 'Іс-шараны күнтізбеңізге қосу үшін хатқа тіркелген .ics файлын ашыңыз.',
  signature: 'Kelisim — медиация кабинеттері желісінің порталы. Бұл хат автоматты түрде жіберілді.',
}

export type RegistrationMailMessages = { [K in keyof typeof registrationMailKk]: string }

export const registrationMailMessages: Record<Locale, RegistrationMailMessages> = {
  kk: registrationMailKk,
  ru: {
    subjectConfirmed: 'Регистрация подтверждена: {{event}}',
    subjectWaiting: 'Вы в листе ожидания: {{event}}',
    subjectPromoted: 'Для вас освободилось место: {{event}}',
    subjectCancelled: 'Регистрация отменена: {{event}}',
    subjectReminder: 'Завтра: {{event}}',
    greeting: 'Здравствуйте, {{name}}!',
    bodyConfirmed: 'Ваша регистрация на мероприятие «{{event}}» подтверждена, место за вами.',
    bodyWaiting: 'На мероприятие «{{event}}» все места заняты. Вы в листе ожидания под номером {{position}}; если место освободится, регистрация подтвердится автоматически и вы получите письмо.',
    bodyPromoted: 'Освободилось место: ваша регистрация на мероприятие «{{event}}» подтверждена, место за вами.',
    bodyCancelled: 'Ваша регистрация на мероприятие «{{event}}» отменена. Если захотите участвовать, зарегистрируйтесь снова через форму на сайте.',
    bodyReminder: 'Напоминаем: мероприятие «{{event}}» состоится завтра. Ждём вас.',
    whenLabel: 'Когда',
    whereLabel: 'Где',
    onlineLabel: 'Онлайн',
    referenceLabel: 'Код регистрации',
    eventPageLabel: 'Страница мероприятия',
    answersLabel: 'Ваши ответы на вопросы',
    cancelLine: 'Если не сможете прийти, отмените регистрацию, и место перейдёт следующему участнику:',
    calendarNote: 'Чтобы добавить мероприятие в календарь, откройте приложенный файл .ics.',
    signature: 'Kelisim — портал сети кабинетов медиации. Письмо отправлено автоматически.',
  },
  en: {
    subjectConfirmed: 'Registration confirmed: {{event}}',
    subjectWaiting: 'You are on the waiting list: {{event}}',
    subjectPromoted: 'A seat is now yours: {{event}}',
    subjectCancelled: 'Registration cancelled: {{event}}',
    subjectReminder: 'Tomorrow: {{event}}',
    greeting: 'Dear {{name}},',
    bodyConfirmed: 'Your registration for “{{event}}” is confirmed and your seat is reserved.',
    bodyWaiting: 'All seats for “{{event}}” are taken. You are number {{position}} on the waiting list; if a seat frees up, your registration is confirmed automatically and you will get an e-mail.',
    bodyPromoted: 'A seat freed up: your registration for “{{event}}” is now confirmed and the seat is yours.',
    bodyCancelled: 'Your registration for “{{event}}” is cancelled. If you want to take part after all, register again with the form on the site.',
    bodyReminder: 'A reminder: “{{event}}” takes place tomorrow. We look forward to seeing you.',
    whenLabel: 'When',
    whereLabel: 'Where',
    onlineLabel: 'Online',
    referenceLabel: 'Registration code',
    eventPageLabel: 'Event page',
    answersLabel: 'Your answers',
    cancelLine: 'If you cannot come, please cancel your registration so the seat goes to the next person:',
    calendarNote: 'To add the event to your calendar, open the attached .ics file.',
    signature: 'Kelisim — portal of the network of mediation offices. This message was sent automatically.',
  },
}

/**
 * Refusals of the registration door's abuse guards (kept apart from registrationMessages: they
 * answer how a request came, not what it says). `notAccepted` is deliberately vague: a bot caught
 * by the honeypot or the fill time learns nothing, and a person who trips it can simply resend.
 */
type AbuseMessages = { crossSite: string; tooManyRequests: string; notAccepted: string }

export const abuseMessages: Record<Locale, AbuseMessages> = {
  kk: {
    crossSite: 'Форма басқа сайттан жіберілген, сондықтан қабылданбады. Іс-шара бетін осы порталда ашып, қайта тіркеліңіз.',
    tooManyRequests: 'Бір мекенжайдан немесе осы іс-шараға өтініштер тым көп. {{minutes}} минуттан кейін қайталап көріңіз.',
    notAccepted: 'Форма қабылданбады. Деректерді тексеріп, бірнеше секундтан кейін қайта жіберіңіз.',
  },
  ru: {
    crossSite: 'Форма отправлена с другого сайта и поэтому не принята. Откройте страницу мероприятия на этом портале и зарегистрируйтесь снова.',
    tooManyRequests: 'Слишком много заявок с одного адреса или на это мероприятие. Попробуйте снова через {{minutes}} мин.',
    notAccepted: 'Форма не принята. Проверьте данные и отправьте её снова через несколько секунд.',
  },
  en: {
    crossSite: 'The form was sent from another site, so it was not accepted. Open the event page on this portal and register again.',
    tooManyRequests: 'Too many registrations from one address or for this event. Please try again in {{minutes}} min.',
    notAccepted: 'The form was not accepted. Check your details and send it again in a few seconds.',
  },
}

/** The admin's refusals of an event's registration questions (shown to organizers). */
export const questionSetupMessages: Record<Locale, { twoOptions: string; keyInvalid: string; keyTaken: string }> = {
  kk: {
    twoOptions: 'Таңдау сұрағына кемінде екі нұсқа қосыңыз.',
    keyInvalid: 'Кілт: латынның кіші әріптері, сандар және сызықша (30 таңбаға дейін).',
    keyTaken: 'Бұл кілт басқа сұрақта бар.',
  },
  ru: {
    twoOptions: 'Добавьте к вопросу с выбором не меньше двух вариантов.',
    keyInvalid: 'Ключ: строчные латинские буквы, цифры и дефис (до 30 символов).',
    keyTaken: 'Такой ключ уже есть у другого вопроса.',
  },
  en: {
    twoOptions: 'Give a choice question at least two options.',
    keyInvalid: 'Key: lowercase Latin letters, digits and dashes (up to 30).',
    keyTaken: 'Another question already has this key.',
  },
}
