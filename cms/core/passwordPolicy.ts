import type { Locale } from './locales'

/**
 * The password policy for staff accounts: at least 12 characters, not one of the passwords every
 * guessing list starts with, and not the account's own e-mail. Pure, so the admin's validation, the
 * API and the tests share it.
 */
export const minPasswordLength = 12

/**
 * A small bundled list of the most common passwords (and the ones people here type: Kazakh and
 * Russian keyboard walks, the project's name). Compared case-insensitively, also with trailing
 * digits and punctuation removed, so `Password2024!` counts as `password`.
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  '123456', '123456789', '12345678', '1234567890', '12345', '1234567', '111111', '000000', '123123', '654321',
  '123321', '666666', '121212', '112233', '7777777', '987654321', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx', 'qwerty',
  'qwerty123', 'qwertyuiop', 'qwe123', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'password', 'password1', 'passw0rd', 'p@ssw0rd',
  'p@ssword', 'pass', 'admin', 'administrator', 'root', 'letmein', 'welcome', 'iloveyou', 'monkey', 'dragon', 'football',
  'baseball', 'sunshine', 'princess', 'master', 'superman', 'batman', 'trustno1', 'shadow', 'michael', 'abc123',
  'abcdef', 'abcd1234', 'aa123456', 'changeme', 'secret', 'default', 'guest', 'test', 'testtest', 'login', 'starwars',
  'whatever', 'freedom', 'hello', 'hellohello', 'loveme', 'solo', 'mustang', 'access', 'flower', 'hottie', 'ninja',
  'azerty', 'qazwsx', 'zaq12wsx', 'q1w2e3r4', 'q1w2e3r4t5y6', 'correcthorsebatterystaple', 'йцукен', 'йцукенгшщз',
  'пароль', 'парольпароль', 'любовь', 'привет', 'қазақстан', 'казахстан', 'kazakhstan', 'qazaqstan', 'astana', 'almaty',
  'астана', 'алматы', 'kelisim', 'келісім', 'mediation', 'mediator', 'медиация', 'медиатор', 'adminadmin',
  'administrator1', 'qwertyqwerty', 'aaaaaaaaaaaa', 'passwordpassword', 'iloveyouiloveyou', 'welcomewelcome',
])

export type PasswordProblem = 'tooShort' | 'common' | 'likeEmail'

export const passwordMessages: Record<Locale, Record<PasswordProblem, string>> = {
  kk: {
    tooShort: `Құпиясөз кемінде ${minPasswordLength} таңбадан тұруы керек.`,
    common: 'Бұл құпиясөз тым жиі қолданылады, оны оңай табады. Басқасын ойлап табыңыз.',
    likeEmail: 'Құпиясөз электрондық поштаңызға ұқсамауы керек.',
  },
  ru: {
    tooShort: `Пароль должен содержать не меньше ${minPasswordLength} символов.`,
    common: 'Этот пароль слишком распространён, его легко подобрать. Придумайте другой.',
    likeEmail: 'Пароль не должен совпадать с адресом электронной почты.',
  },
  en: {
    tooShort: `The password must be at least ${minPasswordLength} characters long.`,
    common: 'This password is too common and easy to guess. Choose another one.',
    likeEmail: 'The password must not be your e-mail address.',
  },
}

const normalise = (value: string) => value.normalize('NFC').toLowerCase()

/** What is wrong with a new password, or null when it may be used. */
export function passwordProblem(password: string, email?: string | null): PasswordProblem | null {
  if ([...password].length < minPasswordLength) return 'tooShort'
  const lower = normalise(password)
  const core = lower.replace(/[\d\s!@#$%^&*()_+=.,;:?~-]+$/u, '')
  const compact = lower.replace(/\s+/g, '')
  if (commonPasswords.has(lower) || commonPasswords.has(core) || commonPasswords.has(compact)) return 'common'
  // One character repeated, or a run like 123456789012.
  if (/^(.)\1+$/u.test(lower) || '12345678901234567890'.includes(lower) || '09876543210987654321'.includes(lower)) return 'common'
  if (email) {
    const mail = normalise(email)
    const local = mail.split('@')[0] ?? ''
    if (lower === mail || (local.length >= 4 && core === local)) return 'likeEmail'
  }
  return null
}
