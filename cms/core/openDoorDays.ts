/**
 * The open-door day rule: nationwide, every quarter, on the first Friday of the second month of
 * the quarter (February, May, August, November), 10:00–18:00 Kazakhstan time.
 */
import { almatyLocalToDate, almatyOffsetMinutes } from './time'

export const openDoorHours = { opens: '10:00', closes: '18:00' } as const

export type Quarter = 1 | 2 | 3 | 4

/** The open-door day of a quarter as a calendar date, 'YYYY-MM-DD'. */
export function openDoorDayOf(year: number, quarter: Quarter): string {
  const month = (quarter - 1) * 3 + 2 // 1-based: Feb, May, Aug, Nov
  const firstOfMonth = new Date(Date.UTC(year, month - 1, 1))
  const friday = 5
  const offset = (friday - firstOfMonth.getUTCDay() + 7) % 7
  const day = 1 + offset
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function quarterOf(date: Date): { year: number; quarter: Quarter } {
  // Calendar quarter in Kazakhstan time.
  const local = new Date(date.getTime() + almatyOffsetMinutes(date) * 60_000)
  return { year: local.getUTCFullYear(), quarter: (Math.floor(local.getUTCMonth() / 3) + 1) as Quarter }
}

/** Open-door days from the quarter of `from` on, skipping those whose day has ended. */
export function upcomingOpenDoorDays(from: Date, count: number): Array<{ year: number; quarter: Quarter; date: string }> {
  const result: Array<{ year: number; quarter: Quarter; date: string }> = []
  let { year, quarter } = quarterOf(from)
  while (result.length < count) {
    const date = openDoorDayOf(year, quarter)
    if (almatyLocalToDate(`${date}T${openDoorHours.closes}`) > from) result.push({ year, quarter, date })
    quarter = quarter === 4 ? 1 : ((quarter + 1) as Quarter)
    if (quarter === 1) year += 1
  }
  return result
}

/** The instant the day opens, as an ISO string (UTC). */
export function openDoorDayStart(date: string): string {
  return almatyLocalToDate(`${date}T${openDoorHours.opens}`).toISOString()
}

/**
 * Every open-door day of the series from a quarter on, up to and including the last one that opens
 * before `until`: the past days of the nationwide series (the seed and the admin's "generate"
 * action use it; results exist only where the reports give them).
 */
export function openDoorDaysSince(year: number, quarter: Quarter, until: Date): Array<{ year: number; quarter: Quarter; date: string }> {
  const result: Array<{ year: number; quarter: Quarter; date: string }> = []
  for (;;) {
    const date = openDoorDayOf(year, quarter)
    if (almatyLocalToDate(`${date}T${openDoorHours.opens}`) > until) return result
    result.push({ year, quarter, date })
    quarter = quarter === 4 ? 1 : ((quarter + 1) as Quarter)
    if (quarter === 1) year += 1
  }
}
