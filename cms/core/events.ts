/** An event is upcoming until it ends (or starts, when it has no end). */
export function isUpcoming(event: { startsAt: string; endsAt?: string | null }, now: Date): boolean {
  return new Date(event.endsAt ?? event.startsAt) >= now
}

/** An open-door day is over once its closing time has passed: `date` is the opening instant. */
export function openDoorDayIsOver(day: { date: string; opens: string; closes: string }, now: Date): boolean {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
  const closesAt = new Date(day.date).getTime() + (minutes(day.closes) - minutes(day.opens)) * 60_000
  return closesAt < now.getTime()
}

export function byStart<T extends { startsAt: string }>(a: T, b: T): number {
  return a.startsAt.localeCompare(b.startsAt)
}
