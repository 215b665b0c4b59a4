/**
 * Checks on directory records (offices, mediators) shared by the admin's field validation and the
 * registry import: a Kazakhstan phone number and a position inside Kazakhstan, with the message
 * in kk, ru and en.
 */
import { isInKazakhstan } from './geo'
import type { Locale } from './locales'

export type DirectoryProblem = 'phone' | 'coordinates' | 'coordinatesHalf' | 'region' | 'duplicate' | 'name' | 'kind' | 'registryNumber' | 'settlement' | 'office' | 'email' | 'number'

export const directoryMessages: Record<DirectoryProblem, Record<Locale, string>> = {
  phone: {
    kk: 'Телефон нөмірі қате: +7 және 10 цифр керек, мысалы +7 717 255 00 00.',
    ru: 'Неверный номер телефона: нужен +7 и 10 цифр, например +7 717 255 00 00.',
    en: 'Invalid phone number: use +7 and 10 digits, e.g. +7 717 255 00 00.',
  },
  coordinates: {
    kk: 'Координаттар Қазақстаннан тыс (ендік 40,5–55,5, бойлық 46,4–87,4). Ендік пен бойлық ауысып кетпеді ме?',
    ru: 'Координаты вне Казахстана (широта 40,5–55,5, долгота 46,4–87,4). Не перепутаны ли широта и долгота?',
    en: 'Coordinates outside Kazakhstan (latitude 40.5–55.5, longitude 46.4–87.4). Are latitude and longitude swapped?',
  },
  coordinatesHalf: {
    kk: 'Ендік пен бойлықты бірге толтырыңыз немесе екеуін де бос қалдырыңыз.',
    ru: 'Заполните широту и долготу вместе или оставьте обе пустыми.',
    en: 'Fill in both latitude and longitude, or leave both empty.',
  },
  region: { kk: 'Белгісіз өңір.', ru: 'Неизвестный регион.', en: 'Unknown region.' },
  duplicate: { kk: 'Тізілім нөмірі қайталанады.', ru: 'Регистрационный номер повторяется.', en: 'Duplicate registry number.' },
  name: { kk: 'Атауы бос.', ru: 'Не заполнено название.', en: 'The name is empty.' },
  kind: { kk: 'Белгісіз түрі.', ru: 'Неизвестный вид.', en: 'Unknown kind.' },
  registryNumber: { kk: 'Тізілім нөмірі бос.', ru: 'Не заполнен номер в реестре.', en: 'The registry number is empty.' },
  settlement: { kk: 'Елді мекен бос.', ru: 'Не заполнен населённый пункт.', en: 'The settlement is empty.' },
  office: { kk: 'Мұндай тізілім нөмірі бар кабинет жоқ.', ru: 'Кабинета с таким номером в реестре нет.', en: 'No office has this registry number.' },
  email: { kk: 'Электрондық пошта қате.', ru: 'Неверный адрес электронной почты.', en: 'Invalid e-mail address.' },
  number: { kk: 'Координат сан емес.', ru: 'Координата — не число.', en: 'A coordinate is not a number.' },
}

/** A phone as stored: '+7XXXXXXXXXX', from '8 (717) 255-00-00', '+7 717 255 00 00', '7172550000'. */
export function normalizePhone(value: string): string | null {
  const digits = value.replace(/[\s()\-.]/g, '')
  if (!/^\+?\d+$/.test(digits)) return null
  const bare = digits.replace(/^\+/, '')
  if (bare.length === 11 && (bare.startsWith('7') || bare.startsWith('8'))) return `+7${bare.slice(1)}`
  if (bare.length === 10 && !digits.startsWith('+')) return `+7${bare}`
  return null
}

export const isValidPhone = (value: string | null | undefined) => !value || normalizePhone(value) !== null

/** The problem with a pair of coordinates, if any: both or none, and inside Kazakhstan. */
export function coordinatesProblem(lat: number | null | undefined, lng: number | null | undefined): DirectoryProblem | null {
  const hasLat = typeof lat === 'number' && Number.isFinite(lat)
  const hasLng = typeof lng === 'number' && Number.isFinite(lng)
  if (!hasLat && !hasLng) return null
  if (hasLat !== hasLng) return 'coordinatesHalf'
  return isInKazakhstan({ lat: lat!, lng: lng! }) ? null : 'coordinates'
}

/** The message in the admin's language, with the Kazakh text beside it (the admin UI has no kk). */
export function directoryMessage(problem: DirectoryProblem, lang: string | undefined): string {
  const m = directoryMessages[problem]
  const own = lang === 'ru' || lang === 'en' ? m[lang] : m.ru
  return lang === 'kk' ? m.kk : `${own} / ${m.kk}`
}
