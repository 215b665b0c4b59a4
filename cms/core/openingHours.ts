import { weekdays, type Weekday } from './vocabulary'

export { weekdays, type Weekday }
export type OpeningPeriod = { day: Weekday; opens: string; closes: string }

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
