/**
 * The event calendar's placement rules: which Kazakhstan calendar days an event covers, the month
 * grid (Monday first), months before and after, grouping by month and paging. Pure: instants in,
 * 'YYYY-MM-DD' / 'YYYY-MM' strings out, all in Asia/Almaty (UTC+6 before 1 March 2024, UTC+5 after).
 */
import { almatyDay } from './format'

/** 'YYYY-MM' of an instant in Kazakhstan. */
export function almatyMonth(iso: string | Date): string {
  return almatyDay(iso).slice(0, 7)
}

const dayMs = 86_400_000
const utcDay = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * Every Kazakhstan calendar day an event covers, first to last. An event that crosses midnight
 * covers both days; one that ends exactly at midnight does not spill into the next day; without an
 * end it covers its start day only. An end before the start counts as no end.
 */
export function daysCovered(startsAt: string | Date, endsAt?: string | Date | null): string[] {
  const start = new Date(startsAt)
  const first = almatyDay(start)
  if (!endsAt) return [first]
  const end = new Date(endsAt)
  if (!(end.getTime() > start.getTime())) return [first]
  // The last instant inside the event, so an end at 00:00 stays on the day before.
  const last = almatyDay(new Date(end.getTime() - 1))
  const days: string[] = []
  for (let ms = utcDay(first); ms <= utcDay(last); ms += dayMs) days.push(dayString(ms))
  return days
}

/**
 * The items on each Kazakhstan day they cover, in the items' order: what monthGrid places. Every
 * month of a calendar uses the same index, so a build computes it once (site/lib/calendar.ts).
 */
export function itemsByDay<T extends { startsAt: string; endsAt?: string | null }>(items: readonly T[]): Map<string, T[]> {
  const byDay = new Map<string, T[]>()
  for (const item of items) {
    for (const day of daysCovered(item.startsAt, item.endsAt)) {
      const list = byDay.get(day)
      if (list) list.push(item)
      else byDay.set(day, [item])
    }
  }
  return byDay
}

/** 'YYYY-MM' plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** Every month from `first` to `last` inclusive, in order. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m)
  return months
}

/** Months an event covers (one for most; several for one crossing a month end). */
export function monthsCovered(startsAt: string | Date, endsAt?: string | Date | null): string[] {
  return [...new Set(daysCovered(startsAt, endsAt).map((d) => d.slice(0, 7)))]
}

export type GridDay<T> = { date: string; inMonth: boolean; items: T[] }

/**
 * A month as weeks of seven days, Monday first, padded with the neighbouring months' days; each
 * day lists the items that cover it, in the order given.
 */
export function monthGrid<T extends { startsAt: string; endsAt?: string | null }>(
  month: string,
  items: readonly T[],
  byDay: ReadonlyMap<string, readonly T[]> = itemsByDay(items),
): GridDay<T>[][] {
  const first = utcDay(`${month}-01`)
  const next = utcDay(`${addMonths(month, 1)}-01`)
  const mondayOffset = (new Date(first).getUTCDay() + 6) % 7
  const start = first - mondayOffset * dayMs
  const weeks: GridDay<T>[][] = []
  for (let ms = start; ms < next; ms += 7 * dayMs) {
    const week: GridDay<T>[] = []
    for (let i = 0; i < 7; i++) {
      const date = dayString(ms + i * dayMs)
      week.push({ date, inMonth: date.startsWith(month), items: [...(byDay.get(date) ?? [])] })
    }
    weeks.push(week)
  }
  return weeks
}

/** Consecutive runs of items sharing the month they start in (items already in order). */
export function groupByMonth<T extends { startsAt: string }>(items: readonly T[]): Array<{ month: string; items: T[] }> {
  const groups: Array<{ month: string; items: T[] }> = []
  for (const item of items) {
    const month = almatyMonth(item.startsAt)
    const last = groups[groups.length - 1]
    if (last && last.month === month) last.items.push(item)
    else groups.push({ month, items: [item] })
  }
  return groups
}

/** Pages of at most `size` items; always at least one page, possibly empty. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]]
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size))
  return pages
}

/** 'YYYY-MM' is a real month (used to ignore bad input). */
export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
}

/** The admin's refusal of an event that ends before it starts, in every language. */
export const endBeforeStartMessage = {
  kk: 'Аяқталу уақыты басталу уақытынан бұрын бола алмайды.',
  ru: 'Окончание не может быть раньше начала.',
  en: 'The end cannot be before the start.',
} as const

/**
 * The refusal for the admin: in its interface language (ru or en; Payload has no Kazakh interface)
 * followed by the Kazakh text, so every organizer reads it.
 */
export function endBeforeStartFor(uiLanguage: string | undefined): string {
  const ui = uiLanguage === 'ru' || uiLanguage === 'en' ? uiLanguage : 'ru'
  return `${endBeforeStartMessage[ui]} / ${endBeforeStartMessage.kk}`
}

/** Fields whose change makes calendars replace their copy of an event (SEQUENCE goes up). */
export const sequenceFields = ['startsAt', 'endsAt', 'status', 'format', 'venueOffice', 'venueAddress', 'onlineUrl'] as const

const comparable = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'object' && value !== null && 'id' in value) return String((value as { id: unknown }).id)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return String(new Date(value).getTime())
  return JSON.stringify(value)
}

/** The next SEQUENCE of an event: the previous one, plus one when its time, place or status changed. */
export function nextSequence(previous: Record<string, unknown> | undefined, next: Record<string, unknown>): number {
  const current = typeof previous?.sequence === 'number' ? previous.sequence : 0
  if (!previous) return 0
  const changed = sequenceFields.some((field) => field in next && comparable(next[field]) !== comparable(previous[field]))
  return changed ? current + 1 : current
}
