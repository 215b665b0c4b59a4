import type { Locale } from '../core/locales'

/** The admin's two-factor texts (login form, setup page, account sidebar); a missing key in any language fails the type check. */
export type TwoFactorLabels = {
  code: string
  codeHint: string
  title: string
  statusOn: string
  statusOff: string
  required: string
  intro: string
  start: string
  qrAlt: string
  key: string
  enterCode: string
  turnOn: string
  recoveryTitle: string
  recoveryHelp: string
  continue: string
  turnOff: string
  turnOffHelp: string
  recoveryLeft: (n: number) => string
  manage: string
  reset: string
  resetConfirm: string
  back: string
  logOut: string
  noAccessTitle: string
  noAccess: string
}

export const twoFactorLabels: Record<Locale, TwoFactorLabels> = {
  kk: {
    code: 'Қолданбадағы код',
    codeHint: 'Тек тіркелгіңізде екі факторлы кіру қосулы болса: 6 сан немесе қалпына келтіру коды.',
    title: 'Екі факторлы кіру',
    statusOn: 'Екі факторлы кіру қосулы: кіру кезінде құпиясөзден бөлек қолданбадағы код сұралады.',
    statusOff: 'Екі факторлы кіру өшірулі.',
    required: 'Әкімшілер жұмысты бастамас бұрын екі факторлы кіруді қосуы тиіс.',
    intro:
      'QR кодын аутентификатор қолданбасымен (Google Authenticator, Microsoft Authenticator, FreeOTP т.б.) сканерлеңіз немесе кілтті қолмен енгізіңіз, содан кейін қолданба көрсеткен 6 таңбалы кодты жазыңыз.',
    start: 'Баптауды бастау',
    qrAlt: 'Аутентификатор қолданбасына арналған QR коды',
    key: 'Кілт (сканерлей алмасаңыз)',
    enterCode: 'Қолданбадағы 6 таңбалы код',
    turnOn: 'Қосу',
    recoveryTitle: 'Қалпына келтіру кодтары',
    recoveryHelp:
      'Әрқайсысы қолданбадағы кодтың орнына бір рет жарайды. Жазып алыңыз не басып шығарыңыз және қауіпсіз жерде сақтаңыз: олар тек қазір көрсетіледі.',
    continue: 'Әкімшілік панельге өту',
    turnOff: 'Өшіру',
    turnOffHelp: 'Екі факторлы кіруді өшіру үшін қазіргі кодты енгізіңіз.',
    recoveryLeft: (n) => `Қалған қалпына келтіру кодтары: ${n}`,
    manage: 'Екі факторлы кіруді баптау',
    reset: 'Екі факторлы кіруді тастау',
    resetConfirm: 'Бұл пайдаланушының екі факторлы кіруін өшіру керек пе (телефон жоғалса)? Қайта қосқанша ол тек құпиясөзбен кіреді.',
    back: 'Әкімшілік панельге оралу',
    logOut: 'Шығу',
    noAccessTitle: 'Рұқсат жоқ',
    noAccess: 'Бұл бетке кіруге рұқсатыңыз жоқ.',
  },
  ru: {
    code: 'Код из приложения',
    codeHint: 'Только если для вашей учётной записи включён двухфакторный вход: 6 цифр или код восстановления.',
    title: 'Двухфакторный вход',
    statusOn: 'Двухфакторный вход включён: при входе кроме пароля запрашивается код из приложения.',
    statusOff: 'Двухфакторный вход выключен.',
    required: 'Администраторы должны включить двухфакторный вход, прежде чем продолжить работу.',
    intro:
      'Отсканируйте QR-код приложением-аутентификатором (Google Authenticator, Microsoft Authenticator, FreeOTP и др.) или введите ключ вручную, затем введите 6-значный код, который покажет приложение.',
    start: 'Начать настройку',
    qrAlt: 'QR-код для приложения-аутентификатора',
    key: 'Ключ (если не получается отсканировать)',
    enterCode: '6-значный код из приложения',
    turnOn: 'Включить',
    recoveryTitle: 'Коды восстановления',
    recoveryHelp:
      'Каждый действует один раз вместо кода из приложения. Запишите или распечатайте их и храните в надёжном месте: они показываются только сейчас.',
    continue: 'Перейти в панель администратора',
    turnOff: 'Выключить',
    turnOffHelp: 'Чтобы выключить двухфакторный вход, введите текущий код.',
    recoveryLeft: (n) => `Осталось кодов восстановления: ${n}`,
    manage: 'Настроить двухфакторный вход',
    reset: 'Сбросить двухфакторный вход',
    resetConfirm: 'Выключить двухфакторный вход этого пользователя (потерян телефон)? До повторного включения он будет входить только по паролю.',
    back: 'Вернуться в панель администратора',
    logOut: 'Выйти',
    noAccessTitle: 'Нет доступа',
    noAccess: 'У вас нет доступа к этой странице.',
  },
  en: {
    code: 'Code from the app',
    codeHint: 'Only if two-factor sign-in is on for your account: 6 digits, or a recovery code.',
    title: 'Two-factor sign-in',
    statusOn: 'Two-factor sign-in is on: signing in asks for a code from the app besides the password.',
    statusOff: 'Two-factor sign-in is off.',
    required: 'Administrators must turn on two-factor sign-in before they continue.',
    intro:
      'Scan the QR code with an authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP…) or type the key in, then enter the 6-digit code the app shows.',
    start: 'Set it up',
    qrAlt: 'QR code for the authenticator app',
    key: 'Key (if you cannot scan)',
    enterCode: '6-digit code from the app',
    turnOn: 'Turn on',
    recoveryTitle: 'Recovery codes',
    recoveryHelp: 'Each works once instead of a code from the app. Write them down or print them and keep them safe: they are shown only now.',
    continue: 'Continue to the admin',
    turnOff: 'Turn off',
    turnOffHelp: 'Enter a current code to turn two-factor sign-in off.',
    recoveryLeft: (n) => `Recovery codes left: ${n}`,
    manage: 'Set up two-factor sign-in',
    reset: 'Reset two-factor sign-in',
    resetConfirm: 'Turn off this user’s two-factor sign-in (lost phone)? Until they turn it on again they sign in with the password only.',
    back: 'Back to the admin',
    logOut: 'Log out',
    noAccessTitle: 'No access',
    noAccess: 'You are not allowed to see this page.',
  },
}

export const adminLanguage = (language: string | undefined): Locale => (language === 'ru' || language === 'en' ? language : 'kk')
