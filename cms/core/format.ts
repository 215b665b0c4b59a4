import { localeTable, localeTags, type Locale } from './locales'
import { siteTimeZone } from './time'

/**
 * Dates and times for people in Kazakhstan: always in Asia/Almaty (UTC+5 since March 2024,
 * UTC+6 before), whatever the machine that builds the site is set to.
 */
const patterns = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

// Building an Intl formatter is costly and pages format thousands of dates: one per language and pattern.
const cache = new Map<string, Intl.DateTimeFormat>()
function formatter(lang: Locale, pattern: keyof typeof patterns): Intl.DateTimeFormat {
  const key = `${lang}:${pattern}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(localeTags[lang], { timeZone: siteTimeZone, hourCycle: localeTable[lang].hourCycle, ...patterns[pattern] })
    cache.set(key, f)
  }
  return f
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: siteTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' })

export function formatDate(iso: string | Date, lang: Locale): string {
  return formatter(lang, 'date').format(new Date(iso))
}

export function formatTime(iso: string | Date, lang: Locale): string {
  return formatter(lang, 'time').format(new Date(iso))
}

export function formatDateTime(iso: string | Date, lang: Locale): string {
  return `${formatDate(iso, lang)}, ${formatTime(iso, lang)}`
}

/** The calendar day in Kazakhstan, 'YYYY-MM-DD'. */
export function almatyDay(iso: string | Date): string {
  const ms = new Date(iso).getTime()
  let day = dayCache.get(ms)
  if (day === undefined) {
    day = dayFormat.format(ms)
    if (dayCache.size >= memoLimit) dayCache.clear()
    dayCache.set(ms, day)
  }
  return day
}
// A build asks for the day of the same few thousand instants on every calendar page: kept by instant.
const dayCache = new Map<number, string>()
const memoLimit = 100_000

/** "4 August 2023, 10:00–18:00", or two full date-times when the range spans days. */
export function formatRange(startIso: string, endIso: string | null | undefined, lang: Locale): string {
  if (!endIso) return formatDateTime(startIso, lang)
  if (almatyDay(startIso) === almatyDay(endIso)) {
    return `${formatDate(startIso, lang)}, ${formatTime(startIso, lang)}–${formatTime(endIso, lang)}`
  }
  return `${formatDateTime(startIso, lang)} – ${formatDateTime(endIso, lang)}`
}

/** ISO 8601 with Kazakhstan's offset at that instant, for <time datetime> and schema.org. */
export { toAlmatyIso } from './time'

const numberFormats = new Map<Locale, Intl.NumberFormat>()
export function formatNumber(value: number, lang: Locale): string {
  let f = numberFormats.get(lang)
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(localeTags[lang])))
  return f.format(value)
}

// Calendar labels ('YYYY-MM' and 'YYYY-MM-DD' are Kazakhstan calendar dates: formatted at noon UTC
// in UTC, so no zone can move them to another day).
const monthCache = new Map<string, Intl.DateTimeFormat>()
function calendarFormatter(lang: Locale, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let f = monthCache.get(`${lang}:${key}`)
  if (!f) {
    f = new Intl.DateTimeFormat(localeTags[lang], { timeZone: 'UTC', ...options })
    monthCache.set(`${lang}:${key}`, f)
  }
  return f
}
const noon = (day: string) => new Date(`${day}T12:00:00Z`)

/** "November 2026" / "қараша 2026 ж." for 'YYYY-MM', as a heading (first letter capital). */
export function formatMonth(month: string, lang: Locale): string {
  const text = calendarFormatter(lang, { month: 'long', year: 'numeric' }, 'month').format(noon(`${month}-01`))
  return text.charAt(0).toLocaleUpperCase(localeTags[lang]) + text.slice(1)
}

/** "Friday, 6 November" for 'YYYY-MM-DD'. */
export function formatDay(day: string, lang: Locale): string {
  return calendarFormatter(lang, { weekday: 'long', day: 'numeric', month: 'long' }, 'day').format(noon(day))
}

/** Short weekday names, Monday first. */
export function weekdayNames(lang: Locale): string[] {
  const f = calendarFormatter(lang, { weekday: 'short' }, 'weekday')
  return Array.from({ length: 7 }, (_, i) => f.format(noon(`2026-11-${String(2 + i).padStart(2, '0')}`)))
}

/** A file's size for a download link: '340 KB', '2.4 MB' in the language's digits and units. */
export function formatFileSize(bytes: number, lang: Locale): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1_000)), 'kilobyte']
  return new Intl.NumberFormat(localeTags[lang], { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}
