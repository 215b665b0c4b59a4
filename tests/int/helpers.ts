import type { Payload } from 'payload'

import { openPayload } from '../../cms/scripts/open-payload'
import { SKIP_SIDE_EFFECTS } from '../../cms/hooks/scheduleSiteRebuild'
import { seed } from '../../cms/seed'

let seeded: Promise<Payload> | undefined

/** Payload on this file's temporary SQLite database, migrated and seeded once. */
export function seededPayload(): Promise<Payload> {
  seeded ??= (async () => {
    const payload = await openPayload()
    await seed(payload)
    return payload
  })()
  return seeded
}

export const quiet = { [SKIP_SIDE_EFFECTS]: true }

export async function makeUser(payload: Payload, roles: Array<'admin' | 'organizer'>, email: string) {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'correct-horse-battery-staple', roles } as never,
    overrideAccess: true,
    context: quiet,
  })
  return { ...user, collection: 'users' as const }
}

/** An upcoming event open for registration, published. */
export async function openEvent(payload: Payload, slug: string, capacity?: number) {
  const day = 24 * 3600_000
  return payload.create({
    collection: 'events',
    locale: 'kk',
    data: {
      title: `Сынақ тренингі ${slug}`,
      slug,
      kind: 'seminar-training',
      format: 'offline',
      status: 'scheduled',
      startsAt: new Date(Date.now() + 10 * day).toISOString(),
      registration: { enabled: true, capacity, opensAt: new Date(Date.now() - day).toISOString() },
      _status: 'published',
    } as never,
    overrideAccess: true,
    context: quiet,
  })
}
