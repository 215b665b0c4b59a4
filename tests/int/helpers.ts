import type { Payload } from 'payload'

import type { Role } from '../../cms/access'

import { runQueuedJobs } from '../../cms/jobs'
import { waitingRebuilds } from '../../cms/jobs/rebuildSite'
import { openPayload } from '../../cms/scripts/open-payload'
import { withoutSideEffects } from '../../cms/core/context'
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

export const quiet = { ...withoutSideEffects }

export async function makeUser(payload: Payload, roles: Role[], email: string, regions: Array<string | number> = []) {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'correct-horse-battery-staple', roles, regions } as never,
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

/**
 * Runs the queued site rebuilds in this process once their debounce window has passed, as the CMS
 * server's runner does every second. Resolves when the queue has nothing due left.
 */
export async function runQueuedRebuilds(payload: Payload) {
  const waiting = await payload.find({ collection: 'payload-jobs', where: waitingRebuilds, sort: '-waitUntil', limit: 1, depth: 0 })
  const lastDue = (waiting.docs[0] as { waitUntil?: string } | undefined)?.waitUntil
  if (lastDue) await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(lastDue) - Date.now() + 50)))
  await runQueuedJobs(payload)
}
