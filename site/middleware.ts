import { defineMiddleware } from 'astro:middleware'

import { trackPage } from './lib/readTracking'
import { formatProgressLine } from '../cms/core/buildProgress'

const expected = Number(process.env.KELISIM_BUILD_EXPECTED_PAGES) || 0
let rendered = 0
let lastReport = 0

/** Prints how far the build is (at most every second), for the console and the admin's status panel. */
function reportProgress() {
  rendered++
  const now = Date.now()
  if (now - lastReport < 1000) return
  lastReport = now
  console.log(formatProgressLine({ done: rendered, total: Math.max(expected, rendered) }))
}

/**
 * At build time every page renders inside `trackPage`, which notes the documents it reads for the
 * page manifest (incremental publishing, site/lib/readTracking.ts). The body is read here so the
 * whole render happens inside.
 */
export const onRequest = defineMiddleware((context, next) =>
  trackPage(context.url.pathname, async () => {
    const response = await next()
    const body = await response.arrayBuffer()
    reportProgress()
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  }),
)
