import type { APIRoute } from 'astro'

import { sitemapIndexPath } from '../../cms/core/sitemap'

/** robots.txt: everything public may be crawled except the admin and the API; files and the sitemap index are named. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(sitemapIndexPath, site).href
  const body = [
    'User-agent: *',
    'Allow: /api/media/file/',
    'Allow: /api/documents/file/',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /_next/',
    '',
    `Sitemap: ${sitemap}`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
