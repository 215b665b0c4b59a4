import { isPublicHoliday } from './holidays'
import { openDoorDayOf, openDoorHours, type Quarter } from './openDoorDays'
import { almatyOffsetMinutes } from './time'
import { weekdays, type Weekday } from './vocabulary'

export { weekdays, type Weekday }
export type OpeningPeriod = { day: Weekday; opens: string; closes: string }
/** A date with its own hours: no opens/closes means closed all day. */
export type OpeningException = { date: string; opens?: string | null; closes?: string | null }

/** Groups opening periods by weekday, Monday first, keeping days without periods out. */
export function hoursByDay(periods: OpeningPeriod[] | null | undefined): Array<{ day: Weekday; periods: string[] }> {
  const rows = weekdays.map((day) => ({
    day,
    periods: (periods ?? [])
      .filter((p) => p.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((p) => `${p.opens}–${p.closes}`),
  }))
  return rows.filter((r) => r.periods.length > 0)
}

/** The Kazakhstan calendar date, weekday and minute of the day at an instant. */
export function almatyClock(now: Date): { date: string; day: Weekday; minutes: number } {
  const local = new Date(now.getTime() + almatyOffsetMinutes(now) * 60_000)
  const date = local.toISOString().slice(0, 10)
  const day = weekdays[(local.getUTCDay() + 6) % 7]!
  return { date, day, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() }
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

function isOpenDoorDay(date: string): boolean {
  const month = Number(date.slice(5, 7))
  if (month % 3 !== 2) return false
  return openDoorDayOf(Number(date.slice(0, 4)), (Math.floor((month - 1) / 3) + 1) as Quarter) === date
}

export type DayHours =
  | { kind: 'unknown' }
  | { kind: 'closed'; reason: 'holiday' | 'exception' | 'weekly' }
  | { kind: 'open'; periods: Array<{ opens: string; closes: string }>; reason: 'weekly' | 'exception' | 'open-door' }

/**
 * An office's hours on a date. Without a weekly schedule the hours are unknown, never guessed
 * (except the open-door day, 10:00–18:00 in every office and platform). Order: the office's own
 * exception, the open-door day, public holidays, the weekly schedule. A period closing before it
 * opens (22:00–02:00) runs past midnight.
 */
export function hoursOn(date: string, weekly: OpeningPeriod[] | null | undefined, exceptions: OpeningException[] | null | undefined = []): DayHours {
  const exception = exceptions?.find((e) => e.date === date)
  if (exception) {
    return exception.opens && exception.closes
      ? { kind: 'open', periods: [{ opens: exception.opens, closes: exception.closes }], reason: 'exception' }
      : { kind: 'closed', reason: 'exception' }
  }
  if (isOpenDoorDay(date)) return { kind: 'open', periods: [{ ...openDoorHours }], reason: 'open-door' }
  if (!weekly?.length) return { kind: 'unknown' }
  if (isPublicHoliday(date)) return { kind: 'closed', reason: 'holiday' }
  const day = weekdays[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]
  const periods = weekly.filter((p) => p.day === day).map(({ opens, closes }) => ({ opens, closes }))
  periods.sort((a, b) => a.opens.localeCompare(b.opens))
  return periods.length ? { kind: 'open', periods, reason: 'weekly' } : { kind: 'closed', reason: 'weekly' }
}

export type OpenState = { state: 'unknown' } | { state: 'open'; closes: string } | { state: 'closed'; today: DayHours }

/** Whether an office is open at an instant, Kazakhstan time, with today's hours. */
export function openState(now: Date, weekly: OpeningPeriod[] | null | undefined, exceptions: OpeningException[] | null | undefined = []): OpenState & { today: DayHours } {
  const { date, minutes } = almatyClock(now)
  const today = hoursOn(date, weekly, exceptions)
  // A period from yesterday that runs past midnight.
  const yesterday = new Date(`${date}T00:00:00Z`)
  yesterday.setUTCDate(yesterday.getUTCDate() - 1)
  const before = hoursOn(yesterday.toISOString().slice(0, 10), weekly, exceptions)
  if (before.kind === 'open') {
    for (const p of before.periods) if (toMinutes(p.closes) < toMinutes(p.opens) && minutes < toMinutes(p.closes)) return { state: 'open', closes: p.closes, today }
  }
  if (today.kind === 'unknown') return { state: 'unknown', today }
  if (today.kind === 'open') {
    for (const p of today.periods) {
      const o = toMinutes(p.opens)
      const c = toMinutes(p.closes)
      const open = c > o ? minutes >= o && minutes < c : minutes >= o
      if (open) return { state: 'open', closes: p.closes, today }
    }
  }
  return { state: 'closed', today }
}
