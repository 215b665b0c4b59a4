import type { Endpoint } from 'payload'

import { isPublisher } from '../access'
import { requestSiteRebuild } from '../jobs/rebuildSite'
import { seedOpenDoorDays, type SeedReport } from '../seed'
import { loadSeedContent } from '../seed/content'

/**
 * POST /api/open-door-days/generate (staff only): creates the open-door days the quarterly rule
 * gives and the database lacks, the series from Q3 2023 and the next four, published, with the
 * shared texts. Existing days are never changed. From the admin list's button (a plain form) it
 * answers with a redirect back to the list; otherwise JSON `{ created }`.
 */
export const generateOpenDoorDays: Endpoint = {
  path: '/generate',
  method: 'post',
  handler: async (req) => {
    // Open-door days are nationwide: moderators and admins create them (cms/access).
    if (!isPublisher(req.user as never)) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
    const report: SeedReport = {}
    await seedOpenDoorDays(req.payload, loadSeedContent(), new Date(), { report })
    const created = report['open-door-days']?.created ?? 0
    if (created > 0) await requestSiteRebuild({ payload: req.payload, req, reason: `${created} open-door days generated` })
    if ((req.headers.get('accept') ?? '').includes('text/html')) {
      const admin = req.payload.config.routes.admin
      return new Response(null, { status: 303, headers: { Location: `${admin}/collections/open-door-days?generated=${created}` } })
    }
    return Response.json({ created })
  },
}
