import { defineMiddleware } from 'astro:middleware'

import { trackPage } from './lib/readTracking'

/**
 * At build time every page renders inside `trackPage`, which notes the documents it reads for the
 * page manifest (incremental publishing, site/lib/readTracking.ts). The body is read here so the
 * whole render happens inside.
 */
export const onRequest = defineMiddleware((context, next) =>
  trackPage(context.url.pathname, async () => {
    const response = await next()
    const body = await response.arrayBuffer()
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  }),
)
