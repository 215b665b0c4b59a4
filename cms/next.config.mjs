import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Security headers of every CMS response (admin, API, uploads). The admin is a Next app whose
 * server-rendered pages carry inline bootstrap scripts and inline styles, so scripts and styles
 * allow 'unsafe-inline' but only from our own origin: no other origin's script runs, nothing is
 * framed by another site, forms post only here, plugins never load.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The app lives in cms/, but node_modules and tsconfig are at the repository root.
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  // `npm test` type-checks the whole repository once (tsc); the admin build needn't repeat it.
  typescript: { tsconfigPath: '../tsconfig.json', ignoreBuildErrors: true },
  poweredByHeader: false,
  // pdfkit reads its font metrics from files beside its own code: loaded from node_modules, not bundled.
  serverExternalPackages: ['pdfkit', 'qrcode'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // HSTS only on requests that came over HTTPS: the site server (or nginx) in front says so in
      // X-Forwarded-Proto, checked per request, so one build serves HTTP in development and HTTPS
      // in production. Browsers ignore HSTS received over plain HTTP anyway.
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
