import { almatyDay, formatDate } from './format'
import type { Locale } from './locales'
import { fillMessage } from './messages'

/**
 * Participation certificates: the code format, the verify address and the wording of the PDF, the
 * e-mail and the public verify page in kk/ru/en. Pure: the random bytes come from the caller
 * (cms/lib/certificates.ts), the PDF is drawn in cms/lib/certificatePdf.ts.
 *
 * A code is 80 random bits in Crockford base32 (no I, L, O, U: nothing to misread when typed from
 * paper), grouped by four after a `KLS` prefix: `KLS-7W3Q-K9ZD-M2XA-4HVB`. 2^80 codes cannot be
 * guessed or enumerated through a rate-limited page.
 */

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const certificateCodeBytes = 10
export const certificateCodePattern = /^KLS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/

/** The code for 10 random bytes (80 bits → 16 base32 characters). */
export function certificateCodeFromBytes(bytes: ArrayLike<number>): string {
  if (bytes.length < certificateCodeBytes) throw new Error(`a certificate code needs ${certificateCodeBytes} random bytes`)
  let bits = 0
  let value = 0
  let out = ''
  for (let i = 0; i < certificateCodeBytes; i++) {
    value = (value << 8) | (bytes[i]! & 0xff)
    bits += 8
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  return `KLS-${out.match(/.{4}/g)!.join('-')}`
}

/**
 * A code as a person may type or a link may carry it (any case, spaces, O for 0, I/L for 1, no
 * dashes) in its canonical form, or null when it cannot be a certificate code at all.
 */
export function normalizeCertificateCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 64) return null
  const compact = input.toUpperCase().replace(/[\s-]/g, '')
  if (!compact.startsWith('KLS')) return null
  const body = compact.slice(3).replace(/O/g, '0').replace(/[IL]/g, '1')
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(body)) return null
  return `KLS-${body.match(/.{4}/g)!.join('-')}`
}

/** The public verify page of a code, without the origin: `/kk/verify/KLS-…/`. */
export const verifyPath = (lang: Locale, code: string) => `/${lang}/verify/${encodeURIComponent(code)}/`

/** The event's day, or first and last day, in Kazakhstan: a certificate names dates, not hours. */
export function certificateDates(startsAt: string, endsAt: string | null | undefined, lang: Locale): string {
  if (!endsAt || almatyDay(startsAt) === almatyDay(endsAt)) return formatDate(startsAt, lang)
  return `${formatDate(startsAt, lang)} – ${formatDate(endsAt, lang)}`
}

type CertificateWords = {
  /** The network that issues certificates (the organizer named on the site's footer). */
  issuer: string
  title: string
  certifies: string
  tookPart: string
  datesLabel: string
  issuerLabel: string
  codeLabel: string
  verifyLine: string
  mailSubject: string
  mailBody: string
  mailSignature: string
  /** The verify page. */
  pageTitle: string
  genuineTitle: string
  genuineText: string
  nameLabel: string
  eventLabel: string
  issuedLabel: string
  erasedName: string
  unknownTitle: string
  unknownText: string
  privacyNote: string
  tooMany: string
}

export const certificateWords: Record<Locale, CertificateWords> = {
  kk: {
    issuer: 'Қазақстан халқы Ассамблеясының медиация кабинеттері желісі',
    title: 'СЕРТИФИКАТ',
    certifies: 'Осы сертификат мынаны растайды:',
    tookPart: 'іс-шараға қатысты:',
    datesLabel: 'Өткен күні',
    issuerLabel: 'Ұйымдастырушы',
    codeLabel: 'Сертификат коды',
    verifyLine: 'Түпнұсқалығын тексеру:',
    mailSubject: 'Қатысу сертификаты: {{event}}',
    mailBody: 'Құрметті {{name}}!\n\n«{{event}}» іс-шарасына қатысқаныңыз үшін рақмет. Қатысу сертификатыңыз хатқа PDF файл ретінде тіркелген.\n\nСертификат коды: {{code}}\nТүпнұсқалығын кез келген адам мына бетте тексере алады: {{url}}',
    mailSignature: 'Kelisim — медиация кабинеттері желісінің порталы. Бұл хат автоматты түрде жіберілді.',
    pageTitle: 'Сертификатты тексеру',
    genuineTitle: 'Сертификат түпнұсқа',
    genuineText: 'Бұл код бойынша сертификатты медиация кабинеттері желісі берген.',
    nameLabel: 'Қатысушы',
    eventLabel: 'Іс-шара',
    issuedLabel: 'Өткен күні',
    erasedName: 'Қатысушының аты сақтау мерзімі өткен соң жойылды; сертификат осы іс-шара мен күнге берілгені расталады.',
    unknownTitle: 'Мұндай сертификат жоқ',
    unknownText: 'Бұл кодпен сертификат берілмеген. Кодты сертификаттағыдай толық енгізгеніңізді тексеріңіз.',
    privacyNote: 'Бұл бет тек қатысушының атын, іс-шараны және күнін көрсетеді.',
    tooMany: 'Тексеру сұраулары тым көп. Бір минуттан кейін қайталаңыз.',
  },
  ru: {
    issuer: 'Сеть кабинетов медиации Ассамблеи народа Казахстана',
    title: 'СЕРТИФИКАТ',
    certifies: 'Настоящий сертификат подтверждает, что',
    tookPart: 'принял(а) участие в мероприятии',
    datesLabel: 'Дата проведения',
    issuerLabel: 'Организатор',
    codeLabel: 'Код сертификата',
    verifyLine: 'Проверить подлинность:',
    mailSubject: 'Сертификат участника: {{event}}',
    mailBody: 'Здравствуйте, {{name}}!\n\nСпасибо за участие в мероприятии «{{event}}». Ваш сертификат участника приложен к письму в виде PDF-файла.\n\nКод сертификата: {{code}}\nПодлинность может проверить любой на странице: {{url}}',
    mailSignature: 'Kelisim — портал сети кабинетов медиации. Письмо отправлено автоматически.',
    pageTitle: 'Проверка сертификата',
    genuineTitle: 'Сертификат подлинный',
    genuineText: 'Сертификат с этим кодом выдан сетью кабинетов медиации.',
    nameLabel: 'Участник',
    eventLabel: 'Мероприятие',
    issuedLabel: 'Дата проведения',
    erasedName: 'Имя участника удалено по истечении срока хранения данных; подтверждается, что сертификат выдан за это мероприятие и дату.',
    unknownTitle: 'Такого сертификата нет',
    unknownText: 'Сертификат с этим кодом не выдавался. Проверьте, что код введён полностью, как в сертификате.',
    privacyNote: 'Эта страница показывает только имя участника, мероприятие и дату.',
    tooMany: 'Слишком много проверок подряд. Повторите через минуту.',
  },
  en: {
    issuer: 'Network of mediation offices of the Assembly of People of Kazakhstan',
    title: 'CERTIFICATE',
    certifies: 'This is to certify that',
    tookPart: 'took part in',
    datesLabel: 'Date',
    issuerLabel: 'Organizer',
    codeLabel: 'Certificate code',
    verifyLine: 'Verify at:',
    mailSubject: 'Certificate of participation: {{event}}',
    mailBody: 'Dear {{name}},\n\nThank you for taking part in “{{event}}”. Your certificate of participation is attached to this message as a PDF file.\n\nCertificate code: {{code}}\nAnyone can check that it is genuine at: {{url}}',
    mailSignature: 'Kelisim — portal of the network of mediation offices. This message was sent automatically.',
    pageTitle: 'Certificate check',
    genuineTitle: 'The certificate is genuine',
    genuineText: 'A certificate with this code was issued by the network of mediation offices.',
    nameLabel: 'Participant',
    eventLabel: 'Event',
    issuedLabel: 'Date',
    erasedName: 'The participant’s name was erased when its retention period ended; the certificate is confirmed as issued for this event and date.',
    unknownTitle: 'No such certificate',
    unknownText: 'No certificate was issued with this code. Check that the code is typed in full, as on the certificate.',
    privacyNote: 'This page shows only the participant’s name, the event and the date.',
    tooMany: 'Too many checks in a row. Please try again in a minute.',
  },
}

export type CertificateFacts = {
  locale: Locale
  name: string
  eventTitle: string
  startsAt: string
  endsAt?: string | null
  code: string
  /** Absolute verify URL (what the QR code holds). */
  verifyUrl: string
}

/** The lines the PDF shows, top to bottom, in the participant's language. */
export function certificateText(facts: CertificateFacts) {
  const w = certificateWords[facts.locale]
  return {
    network: w.issuer,
    title: w.title,
    certifies: w.certifies,
    name: facts.name,
    tookPart: w.tookPart,
    event: facts.eventTitle,
    dates: `${w.datesLabel}: ${certificateDates(facts.startsAt, facts.endsAt, facts.locale)}`,
    issuer: `${w.issuerLabel}: ${w.issuer}`,
    code: `${w.codeLabel}: ${facts.code}`,
    verify: `${w.verifyLine} ${facts.verifyUrl}`,
  }
}

/** The e-mail that carries the PDF. */
export function certificateMail(facts: CertificateFacts): { subject: string; text: string; filename: string } {
  const w = certificateWords[facts.locale]
  const values = { name: facts.name, event: facts.eventTitle, code: facts.code, url: facts.verifyUrl }
  return {
    subject: fillMessage(w.mailSubject, values),
    text: `${fillMessage(w.mailBody, values)}\n\n—\n${w.mailSignature}\n`,
    filename: `certificate-${facts.code}.pdf`,
  }
}
