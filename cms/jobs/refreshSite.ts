import path from 'node:path'

import type { TaskConfig } from 'payload'

import { openDoorDayStart, openDoorHours } from '../core/openDoorDays'
import { staleReason, startsAtWindow, type TimedEntry } from '../core/siteFreshness'
import { almatyLocalToDate } from '../core/time'
import { liveSiteLink } from '../lib/paths'
import { metaDir, readJson, type BuildMeta } from '../publish/incremental'
import { autoRebuildEnabled } from '../publish/rebuildPolicy'
import { maintenanceQueue } from './purgeExpiredData'
import { requestSiteRebuild } from './rebuildSite'

type RefreshIO = { input: Record<string, never>; output: { queued: boolean; reason: string } }

const dayMs = 24 * 60 * 60_000

/**
 * Every ten minutes: when a moment that changes pages without any document changing has passed
 * since the live site's last full build (cms/core/siteFreshness.ts), a full build is queued. Edits
 * in between stay incremental, so they go live in seconds.
 */
export const refreshSiteTask: TaskConfig<RefreshIO> = {
  slug: 'refreshSite',
  label: 'Refresh the pages that depend on the time',
  outputSchema: [
    { name: 'queued', type: 'checkbox', required: true },
    { name: 'reason', type: 'text', required: true },
  ],
  schedule: [{ cron: '0 */10 * * * *', queue: maintenanceQueue }],
  handler: async ({ req }) => {
    if (!autoRebuildEnabled(process.env.KELISIM_AUTO_REBUILD)) return { output: { queued: false, reason: 'automatic rebuilds are off' } }
    const meta = await readJson<BuildMeta>(path.join(liveSiteLink, metaDir, 'build.json'))
    const fullBuiltAt = meta?.fullBuiltAt ?? meta?.builtAt
    if (!fullBuiltAt) return { output: { queued: false, reason: 'no live build yet' } }
    const builtAt = new Date(fullBuiltAt)
    const now = new Date()
    const window = startsAtWindow(builtAt, now)
    const base = { req, depth: 0, overrideAccess: true, pagination: false, where: {} } as const
    const events = await req.payload.find({
      ...base,
      collection: 'events',
      select: { startsAt: true, endsAt: true },
      where: {
        and: [
          { _status: { equals: 'published' } },
          {
            or: [
              { and: [{ startsAt: { greater_than: window.after.toISOString() } }, { startsAt: { less_than_equal: window.notAfter.toISOString() } }] },
              { and: [{ endsAt: { greater_than: builtAt.toISOString() } }, { endsAt: { less_than_equal: now.toISOString() } }] },
            ],
          },
        ],
      },
    })
    const days = await req.payload.find({
      ...base,
      collection: 'open-door-days',
      select: { date: true },
      where: { and: [{ _status: { equals: 'published' } }, { date: { greater_than: new Date(builtAt.getTime() - dayMs).toISOString() } }, { date: { less_than_equal: new Date(now.getTime() + 2 * dayMs).toISOString() } }] },
    })
    const entries: TimedEntry[] = [
      ...events.docs.map((e) => ({ startsAt: String(e.startsAt), endsAt: e.endsAt ? String(e.endsAt) : null })),
      ...days.docs.map((d) => {
        const date = String(d.date).slice(0, 10)
        return { startsAt: openDoorDayStart(date), endsAt: almatyLocalToDate(`${date}T${openDoorHours.closes}`).toISOString() }
      }),
    ]
    const reason = staleReason({ builtAt, now, entries })
    if (!reason) return { output: { queued: false, reason: 'the live pages are current' } }
    await requestSiteRebuild({ payload: req.payload, req, reason: `time: ${reason}`, full: true })
    return { output: { queued: true, reason } }
  },
}
