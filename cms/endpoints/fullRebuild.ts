import type { Endpoint } from 'payload'

import { isPublisher } from '../access'
import { requestSiteRebuild } from '../jobs/rebuildSite'

/**
 * POST /api/site-build/full: admins and moderators ask for a full build of the public site (every
 * page rendered, not only those the changes concern), e.g. after something the page manifest cannot
 * know about. From the dashboard's form: a 303 back to the dashboard; otherwise JSON.
 */
export const fullRebuildEndpoint: Endpoint = {
  path: '/site-build/full',
  method: 'post',
  handler: async (req) => {
    if (!isPublisher(req.user as never)) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
    const who = (req.user as { email?: string } | null)?.email ?? 'staff'
    const decision = await requestSiteRebuild({ payload: req.payload, req, reason: `full rebuild asked for by ${who}`, full: true })
    const fromForm = (req.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')
    if (fromForm) return new Response(null, { status: 303, headers: { location: '/admin' } })
    return Response.json({ queued: decision.action })
  },
}
