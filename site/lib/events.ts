/** An event is upcoming until it ends (or starts, when it has no end). */
export function isUpcoming(event: { startsAt: string; endsAt?: string | null }, now: Date): boolean {
  return new Date(event.endsAt ?? event.startsAt) >= now
}

export function byStart<T extends { startsAt: string }>(a: T, b: T): number {
  return a.startsAt.localeCompare(b.startsAt)
}
