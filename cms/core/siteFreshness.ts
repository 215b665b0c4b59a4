/**
 * Pages change with time alone, not only with documents: an event leaves "upcoming" for the archive
 * when it ends, its online link shows from a day before its start, the month grid marks today, the
 * home page leads with the next open-door day. Incremental publishing re-renders only what a
 * document change concerns, so the site asks for a full build when one of these moments has
 * passed since the last full build. Pure: the caller reads the events near the window.
 */
import { toAlmatyIso } from './time'

/** The online link shows from this long before the start (the event page). */
export const onlineLinkLeadMs = 24 * 60 * 60_000

export type TimedEntry = { startsAt: string; endsAt?: string | null }

/** The moments at which an event's pages read differently. */
export function timeBoundaries(entry: TimedEntry): number[] {
  const start = Date.parse(entry.startsAt)
  const end = entry.endsAt ? Date.parse(entry.endsAt) : start
  return [start - onlineLinkLeadMs, start, end].filter(Number.isFinite)
}

/** Why the pages of a full build made at `builtAt` are out of date at `now`, or undefined if they are not. */
export function staleReason(args: { builtAt: Date; now: Date; entries: TimedEntry[] }): string | undefined {
  const { builtAt, now } = args
  if (toAlmatyIso(builtAt).slice(0, 10) !== toAlmatyIso(now).slice(0, 10)) return 'a new day began in Almaty'
  const from = builtAt.getTime()
  const to = now.getTime()
  for (const entry of args.entries) {
    if (timeBoundaries(entry).some((t) => t > from && t <= to)) return 'an event started, ended or opened its online link'
  }
  return undefined
}

/** The window of start times whose boundaries can fall in (builtAt, now]: the query the job makes. */
export function startsAtWindow(builtAt: Date, now: Date): { after: Date; notAfter: Date } {
  return { after: builtAt, notAfter: new Date(now.getTime() + onlineLinkLeadMs) }
}
