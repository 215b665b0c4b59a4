import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { almatyLocalToDate, toAlmatyIso } from '../../cms/core/time'
import { waitingRebuilds } from '../../cms/jobs/rebuildSite'
import { liveSiteLink } from '../../cms/lib/paths'
import { quiet, seededPayload } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await seededPayload()
  process.env.KELISIM_AUTO_REBUILD = 'on'
})
afterAll(() => {
  process.env.KELISIM_AUTO_REBUILD = 'off'
})

/** A live build whose last full build was made at `at` (only its metadata: that is what the job reads). */
function liveBuiltAt(at: Date) {
  fs.rmSync(liveSiteLink, { recursive: true, force: true })
  fs.mkdirSync(path.join(liveSiteLink, '.kelisim'), { recursive: true })
  fs.writeFileSync(path.join(liveSiteLink, '.kelisim', 'build.json'), JSON.stringify({ codeHash: 'x', mode: 'full', builtAt: at.toISOString(), fullBuiltAt: at.toISOString() }))
}

async function refresh() {
  await payload.jobs.queue({ task: 'refreshSite', queue: 'maintenance', input: {} })
  await payload.jobs.run({ queue: 'maintenance', limit: 10, silent: true })
  const { docs } = await payload.find({ collection: 'payload-jobs', where: waitingRebuilds, depth: 0, overrideAccess: true })
  return docs as Array<{ input?: { full?: boolean; reason?: string } }>
}

describe('the refreshSite job (pages that change with time alone)', () => {
  it('queues nothing while the live pages are current, and a full build once an event has started since', async () => {
    const now = new Date()
    // A minute ago, but never before today's Almaty midnight (a new day alone makes pages stale).
    const midnight = almatyLocalToDate(toAlmatyIso(now).slice(0, 10))
    liveBuiltAt(new Date(Math.max(now.getTime() - 60_000, midnight.getTime() + 1)))
    expect(await refresh()).toHaveLength(0)

    const { docs } = await payload.find({ collection: 'events', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })
    const startedJustNow = new Date(Date.now() - 5_000)
    await payload.update({
      collection: 'events',
      id: docs[0]!.id,
      data: { startsAt: startedJustNow.toISOString(), endsAt: new Date(startedJustNow.getTime() + 3_600_000).toISOString() },
      context: quiet,
    })
    const queued = await refresh()
    expect(queued).toHaveLength(1)
    expect(queued[0]!.input).toMatchObject({ full: true, reason: expect.stringMatching(/^time: an event/) })
  })

  it('queues a full build when the last full build was made on an earlier Almaty day', async () => {
    await payload.delete({ collection: 'payload-jobs', where: waitingRebuilds, overrideAccess: true })
    liveBuiltAt(new Date(Date.now() - 36 * 3_600_000))
    const queued = await refresh()
    expect(queued).toHaveLength(1)
    expect(queued[0]!.input?.reason).toMatch(/new day/)
  })

  it('does nothing when automatic rebuilds are off', async () => {
    await payload.delete({ collection: 'payload-jobs', where: waitingRebuilds, overrideAccess: true })
    process.env.KELISIM_AUTO_REBUILD = 'off'
    try {
      liveBuiltAt(new Date(Date.now() - 36 * 3_600_000))
      expect(await refresh()).toHaveLength(0)
    } finally {
      process.env.KELISIM_AUTO_REBUILD = 'on'
    }
  })
})
