/**
 * Public holidays of Kazakhstan (Law "On holidays in the Republic of Kazakhstan", Labour Code
 * art. 85), as fixed calendar dates, and the rule for moved days off: when a national holiday falls
 * on a Saturday or Sunday, the next working day is a day off. Religious holidays (Orthodox
 * Christmas, Kurban Ait) are not moved. Kurban Ait follows the lunar calendar and the government's
 * yearly decree moves further days; those dates are not computable, so offices record them as
 * exceptions (`closed` days) in the CMS.
 */

/** 'MM-DD' of the national holidays that are days off. */
export const nationalHolidays = [
  '01-01', '01-02', // New Year
  '03-08', // International Women's Day
  '03-21', '03-22', '03-23', // Nauryz
  '05-01', // Unity Day of the people of Kazakhstan
  '05-07', // Defender of the Fatherland Day
  '05-09', // Victory Day
  '07-06', // Capital Day
  '08-30', // Constitution Day
  '10-25', // Republic Day
  '12-16', // Independence Day
] as const

/** Religious holidays that are days off but never moved. */
export const religiousHolidays = ['01-07'] as const

const pad = (n: number) => String(n).padStart(2, '0')
const isoOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

/** Days off of a year from the holiday table, moved days included, as 'YYYY-MM-DD'. */
export function holidaysOf(year: number): Set<string> {
  const days = new Set<string>()
  for (const md of [...nationalHolidays, ...religiousHolidays]) days.add(`${year}-${md}`)
  for (const md of nationalHolidays) {
    const date = new Date(`${year}-${md}T00:00:00Z`)
    const weekday = date.getUTCDay()
    if (weekday !== 0 && weekday !== 6) continue
    // The next working day that is not itself a holiday (Nauryz on a weekend moves past its run).
    const next = new Date(date)
    do next.setUTCDate(next.getUTCDate() + 1)
    while (next.getUTCDay() === 0 || next.getUTCDay() === 6 || days.has(isoOf(next)))
    days.add(isoOf(next))
  }
  return days
}

const cache = new Map<number, Set<string>>()

/** Whether a date ('YYYY-MM-DD') is a public holiday or a moved day off. */
export function isPublicHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4))
  if (!cache.has(year)) cache.set(year, holidaysOf(year))
  return cache.get(year)!.has(date)
}
