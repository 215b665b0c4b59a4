/**
 * Repeating events (weekly consultations at an office): the dates a rule gives after one event,
 * each keeping the event's Kazakhstan wall time. A consultation at 10:00 stays at 10:00 across
 * the change of 1 March 2024 (UTC+6 to UTC+5), so its UTC instant moves by an hour there.
 * Pure: the admin's "repeat" action (cms/endpoints/repeatEvent.ts) creates the copies.
 */
import type { Locale } from './locales'
import { almatyLocalToDate, toAlmatyIso } from './time'

export const repeatIntervals = ['week', '2weeks'] as const
export type RepeatEvery = (typeof repeatIntervals)[number]

/** At most a year of weekly copies in one action. */
export const maxRepeats = 52

/** `until`: a Kazakhstan calendar date 'YYYY-MM-DD', inclusive; `count`: how many copies. One of them at least. */
export type RepeatRule = { every: RepeatEvery; until?: string | null; count?: number | null }

export type Occurrence = { date: string; startsAt: string; endsAt: string | null }

export type RepeatProblem = 'badStart' | 'badEvery' | 'noEnd' | 'badUntil' | 'untilNotAfterStart' | 'badCount' | 'tooMany'

export type RepeatResult = { ok: true; occurrences: Occurrence[] } | { ok: false; problem: RepeatProblem }

const daysOf: Record<RepeatEvery, number> = { week: 7, '2weeks': 14 }

/** 'YYYY-MM-DD' is a real calendar date. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** Kazakhstan date and wall time of an instant: ['2026-12-10', '10:00']. */
function localParts(instant: string): [string, string] {
  const iso = toAlmatyIso(instant)
  return [iso.slice(0, 10), iso.slice(11, 16)]
}

/**
 * The copies of an event a rule gives, after the event itself: every week (or two) on the same
 * weekday at the same Kazakhstan wall time, up to `until` (inclusive) or `count` copies, whichever
 * comes first. An event spanning days keeps its span and its end's wall time. Refused (with the
 * reason) when there is no end, the end is not after the event's day, or the copies would exceed
 * `maxRepeats`.
 */
export function repeatOccurrences(event: { startsAt: string; endsAt?: string | null }, rule: RepeatRule): RepeatResult {
  if (Number.isNaN(Date.parse(event.startsAt))) return { ok: false, problem: 'badStart' }
  if (!repeatIntervals.includes(rule.every)) return { ok: false, problem: 'badEvery' }
  const hasUntil = rule.until !== undefined && rule.until !== null && rule.until !== ''
  const hasCount = rule.count !== undefined && rule.count !== null
  if (!hasUntil && !hasCount) return { ok: false, problem: 'noEnd' }
  if (hasCount && (!Number.isInteger(rule.count) || rule.count! < 1)) return { ok: false, problem: 'badCount' }
  if (hasCount && rule.count! > maxRepeats) return { ok: false, problem: 'tooMany' }
  const [startDate, startTime] = localParts(event.startsAt)
  if (hasUntil) {
    if (!isCalendarDate(rule.until!)) return { ok: false, problem: 'badUntil' }
    if (rule.until! <= startDate) return { ok: false, problem: 'untilNotAfterStart' }
  }
  const end = event.endsAt && !Number.isNaN(Date.parse(event.endsAt)) ? localParts(event.endsAt) : null
  const span = end ? daysBetween(startDate, end[0]) : 0
  const step = daysOf[rule.every]
  const occurrences: Occurrence[] = []
  for (let i = 1; ; i += 1) {
    const date = addDays(startDate, step * i)
    if (hasUntil && date > rule.until!) break
    if (hasCount && occurrences.length === rule.count) break
    if (occurrences.length === maxRepeats) return { ok: false, problem: 'tooMany' }
    occurrences.push({
      date,
      startsAt: almatyLocalToDate(`${date}T${startTime}`).toISOString(),
      endsAt: end ? almatyLocalToDate(`${addDays(date, span)}T${end[1]}`).toISOString() : null,
    })
  }
  return { ok: true, occurrences }
}

/** The copy's slug: the event's slug (without a date it may already end in) and the copy's date. */
export function occurrenceSlug(slug: string, date: string): string {
  return `${slug.replace(/-\d{4}-\d{2}-\d{2}$/, '')}-${date}`
}

/** The admin's refusals, in its three languages. */
export const repeatMessages: Record<RepeatProblem | 'notFound' | 'forbidden', Record<Locale, string>> = {
  badStart: {
    kk: 'Іс-шараның басталу уақыты көрсетілмеген.',
    ru: 'У мероприятия не указано время начала.',
    en: 'The event has no start time.',
  },
  badEvery: {
    kk: 'Қайталау жиілігін таңдаңыз: апта сайын не екі апта сайын.',
    ru: 'Выберите частоту: каждую неделю или раз в две недели.',
    en: 'Choose how often: every week or every two weeks.',
  },
  noEnd: {
    kk: 'Қай күнге дейін қайталанатынын көрсетіңіз.',
    ru: 'Укажите, до какой даты повторять.',
    en: 'Give the date to repeat until.',
  },
  badUntil: {
    kk: 'Күн дұрыс емес; мысалы: 2026-12-31.',
    ru: 'Неверная дата; пример: 2026-12-31.',
    en: 'Not a valid date; for example 2026-12-31.',
  },
  untilNotAfterStart: {
    kk: 'Соңғы күн іс-шара күнінен кейін болуы керек.',
    ru: 'Дата окончания повторов должна быть позже даты мероприятия.',
    en: 'The last date must be after the event’s date.',
  },
  badCount: {
    kk: 'Көшірмелер саны — оң бүтін сан.',
    ru: 'Число копий — целое положительное число.',
    en: 'The number of copies must be a positive whole number.',
  },
  tooMany: {
    kk: `Бір әрекетпен ${maxRepeats} көшірмеден артық жасалмайды; соңғы күнді жақындатыңыз.`,
    ru: `За один раз создаётся не больше ${maxRepeats} копий; выберите более раннюю дату окончания.`,
    en: `At most ${maxRepeats} copies at a time; choose an earlier last date.`,
  },
  notFound: {
    kk: 'Іс-шара табылмады.',
    ru: 'Мероприятие не найдено.',
    en: 'Event not found.',
  },
  forbidden: {
    kk: 'Бұл өңірде іс-шара жасауға құқығыңыз жоқ.',
    ru: 'У вас нет права создавать мероприятия в этом регионе.',
    en: 'You may not create events in this region.',
  },
}
