/**
 * Kazakhstan wall-clock time. The whole country has been on UTC+5 since 1 March 2024; before
 * that Almaty, Astana and most regions were on UTC+6. IANA's Asia/Almaty knows both, so past
 * events keep the time they really started at. (Western regions were on UTC+5 before 2024; the
 * portal records one national time, as the organizers did.)
 */
export const siteTimeZone = 'Asia/Almaty'

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: siteTimeZone, timeZoneName: 'longOffset' })

/** Minutes east of UTC in Kazakhstan at an instant: 300 now, 360 before March 2024. */
export function almatyOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+05:00'
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
  if (!match) return 300
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
  return match[1] === '-' ? -minutes : minutes
}

/** 'YYYY-MM-DDTHH:MM' (or a date with `timeIfDateOnly`) in Kazakhstan to a UTC instant. */
export function almatyLocalToDate(local: string, timeIfDateOnly = '00:00'): Date {
  const withTime = local.length === 10 ? `${local}T${timeIfDateOnly}` : local
  const asUtc = new Date(`${withTime}:00Z`)
  if (Number.isNaN(asUtc.getTime())) throw new Error(`Not a local date-time: ${local}`)
  // The offset is found at the instant itself; one correction covers the 2024 change.
  let instant = new Date(asUtc.getTime() - almatyOffsetMinutes(asUtc) * 60_000)
  instant = new Date(asUtc.getTime() - almatyOffsetMinutes(instant) * 60_000)
  return instant
}

/** ISO 8601 with Kazakhstan's offset at that instant, e.g. '2026-12-10T10:00:00+05:00'. */
export function toAlmatyIso(iso: string | Date): string {
  const instant = new Date(iso)
  const ms = instant.getTime()
  let text = isoCache.get(ms)
  if (text === undefined) {
    text = almatyIso(instant)
    if (isoCache.size >= 100_000) isoCache.clear()
    isoCache.set(ms, text)
  }
  return text
}
// The build writes the same few thousand instants on many pages (schema.org, <time>): each once.
const isoCache = new Map<number, string>()
function almatyIso(instant: Date): string {
  const offset = almatyOffsetMinutes(instant)
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().replace(/\.\d{3}Z$/, '')
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}
