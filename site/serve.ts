/**
 * Kelisim public site server: the build behind the `live` link through sirv (with the .br/.gz copies from
 * cms/publish/precompress.ts), the CMS behind /api/, /admin, /_next/ through http-proxy-3. In production
 * site/deploy/nginx.conf can do the same, with the same headers. CLI: `tsx site/serve.ts`; env SITE_PORT (4321),
 * SITE_HOST (127.0.0.1), KELISIM_CMS_URL (http://127.0.0.1:3000), KELISIM_TRUST_PROXY (any value: on),
 * KELISIM_LIVE_DIR (`${KELISIM_DATA_DIR ?? <repo>/.data}/site/live`).
 */
import { readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { TLSSocket } from 'node:tls'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createProxyServer } from 'http-proxy-3'
import sirv, { type RequestHandler } from 'sirv'

import { locales, localeFromAcceptLanguage } from '../cms/core/locales'

/** liveDir: the symlink (or folder) holding the current build; trustProxy: believe X-Forwarded-* from a proxy in front. */
export type SiteServerOptions = { liveDir: string; cmsUrl: string; trustProxy?: boolean }

/** On every response, the CMS's included (the admin app brings its own CSP). */
export const baseHeaders = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' }
/** On what this server produces itself. Pagefind's search runs WebAssembly; nothing runs inline. */
export const siteHeaders = {
  ...baseHeaders,
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; " +
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
  // "Near me" asks for the position; nothing on the site needs the other powerful features.
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()',
}

function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable' // content-hashed names
  if (urlPath.endsWith('/') || urlPath.endsWith('.html')) return 'no-cache' // revalidated by ETag
  return 'public, max-age=600' // feeds, search index, images: fresh within minutes of a publish
}

const html = 'text/html; charset=utf-8'
const proxiedPath = /^\/(api\/|admin(\/|$)|_next\/)/
// The certificate verify page is dynamic (a certificate may be newer than the build): the CMS renders it
// (cms/endpoints/verifyCertificate.ts). A path that cannot hold a code falls through to the language's 404.
const verifyRoute = new RegExp(`^/(${locales.join('|')})/verify/([A-Za-z0-9-]{1,64})/?$`)
// "CMS down" and "no build live yet" in the three languages; nginx serves the same files.
const errorPage = (status: number) => readFileSync(new URL(`deploy/${status}.html`, import.meta.url))
const errorPages = { 502: errorPage(502), 503: errorPage(503) }

const setAll = (res: http.ServerResponse, headers: object) => Object.entries(headers).forEach(([k, v]) => res.setHeader(k, v))

function reply(res: http.ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}) {
  if (res.headersSent) return void res.destroy()
  setAll(res, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
  res.writeHead(status, { 'Content-Length': Buffer.byteLength(body) }).end(res.req.method === 'HEAD' ? undefined : body)
}
const redirect = (res: http.ServerResponse, status: number, location: string) =>
  reply(res, status, '', { Location: location.replace(/^[/\\]+/, '/') }) // "//host/…" would leave the site

// Runs as sirv is about to send a file. sirv reads "bytes=-500" as the first 500 bytes, "0-0" as all,
// "5-2" as a negative length: rewrite satisfiable single ranges as "start-end", drop what RFC 9110 lets
// a server ignore (several ranges, a stale If-Range, "0-0", nonsense), which then gets a full 200.
function beforeFile(res: http.ServerResponse, urlPath: string, { size, mtime }: { size: number; mtime: Date }) {
  if (/\.(pf_\w+|pagefind)$/.test(urlPath)) res.setHeader('Content-Type', 'application/octet-stream') // unknown to sirv
  res.setHeader('Accept-Ranges', 'bytes')
  const { headers } = res.req
  const [, first, last] = /^bytes=(\d*)-(\d*)$/.exec(headers.range?.trim() ?? '') ?? []
  const start = first ? Number(first) : Math.max(0, size - Number(last)) // "-N": the last N bytes
  const end = first && last ? Math.min(Number(last), size - 1) : size - 1
  const stale = headers['if-range'] && headers['if-range'] !== mtime.toUTCString()
  if (!(first || last) || stale || (start < size && (start > end || end === 0))) delete headers.range
  else headers.range = `bytes=${start}-${end}` // a start past the end gets sirv's 416
}

export function createSiteServer({ liveDir, cmsUrl, trustProxy = !!process.env.KELISIM_TRUST_PROXY }: SiteServerOptions) {
  const cmsOrigin = new URL(cmsUrl).origin
  const proxy = createProxyServer({ target: cmsUrl, changeOrigin: true, proxyTimeout: 120_000 })
  proxy.on('proxyRes', ({ headers: { location }, headers }) => {
    // The CMS names its own origin in redirects: keep the browser on the site.
    if (location?.startsWith(`${cmsOrigin}/`)) headers.location = location.slice(cmsOrigin.length).replace(/^\/+/, '/')
  })
  // One sirv handler for the live build (in-flight requests finish on the old one). `dev`: look files up per
  // request (two stat calls); indexing a build blocked the event loop 1.3-2.4 s per 60,000 files, every publish.
  let live: { root: string; serveFile: RequestHandler } | undefined
  const sirvOptions = { dev: true, etag: true, brotli: true, gzip: true, extensions: [], setHeaders: beforeFile }
  const fileServerFor = (root: string) => (live = live?.root === root ? live : { root, serveFile: sirv(root, sirvOptions) }).serveFile
  const isHttps = (req: http.IncomingMessage) =>
    req.socket instanceof TLSSocket || (trustProxy && `${req.headers['x-forwarded-proto']}`.split(',')[0]!.trim() === 'https')

  async function notFound(res: http.ServerResponse, root: string, urlPath: string) {
    const lang = locales.find((l) => urlPath === `/${l}` || urlPath.startsWith(`/${l}/`))
    for (const page of lang ? [`${lang}/404.html`, '404.html'] : ['404.html']) {
      const body = await fs.readFile(path.join(root, page)).catch(() => null)
      if (body) return reply(res, 404, body, { 'Content-Type': html, 'Cache-Control': 'no-cache' })
    }
    reply(res, 404, 'Not found\n')
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    setAll(res, isHttps(req) ? { ...baseHeaders, 'Strict-Transport-Security': 'max-age=31536000' } : baseHeaders)
    const [, rawPath = '', query = ''] = /^([^?]*)(.*)$/s.exec(req.url ?? '') ?? []
    const verify = verifyRoute.exec(rawPath)
    if (verify) req.url = `/api/certificates/verify?${new URLSearchParams({ code: verify[2]!, lang: verify[1]! })}`
    if (verify || proxiedPath.test(rawPath)) {
      const prior: http.IncomingHttpHeaders = trustProxy ? req.headers : {}
      req.headers['x-forwarded-for'] = [prior['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ')
      req.headers['x-forwarded-host'] = prior['x-forwarded-host'] || req.headers.host || ''
      req.headers['x-forwarded-proto'] = isHttps(req) ? 'https' : 'http'
      return proxy.web(req, res, {}, (error) => {
        console.error(`[site] CMS unreachable for ${req.method} ${rawPath}: ${error.message}`)
        if (!res.headersSent) setAll(res, siteHeaders)
        reply(res, 502, errorPages[502], { 'Content-Type': html, 'Retry-After': '30' })
      })
    }
    setAll(res, siteHeaders)
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, '', { Allow: 'GET, HEAD' })
    let decoded = '' // stays empty for a malformed escape; absolute-form targets and dot segments name no file either
    try { decoded = decodeURIComponent(rawPath) } catch {}
    if (!decoded.startsWith('/') || /[\0\\]/.test(decoded) || decoded.split('/').includes('..')) return reply(res, 400, '')
    if (rawPath === '/') {
      res.setHeader('Vary', 'Accept-Language')
      return redirect(res, 302, `/${localeFromAcceptLanguage(req.headers['accept-language'])}/${query}`)
    }
    const root = await fs.realpath(liveDir).catch(() => null) // per request: the publisher renames a new link over it
    if (!root) return reply(res, 503, errorPages[503], { 'Content-Type': html, 'Retry-After': '30' })
    const serveFile = fileServerFor(root)
    if (/\/\.(?!well-known\/)/.test(decoded)) return notFound(res, root, rawPath) // sirv's `dev` lookup would serve them
    const mayBeFolder = !rawPath.endsWith('/') && !/\.[^/]*$/.test(rawPath) // addressed with a slash: relative links resolve
    if (mayBeFolder && (await fs.stat(path.join(root, decoded)).catch(() => null))?.isDirectory()) {
      return redirect(res, 301, `${rawPath}/${query}`)
    }
    if (rawPath.endsWith('/')) req.url = `${rawPath}index.html${query}` // so that sirv looks for index.html.br too
    setAll(res, { 'Cache-Control': cacheControlFor(rawPath), Vary: 'Accept-Encoding' }) // here: sirv's 304s skip setHeaders
    res.once('pipe', (file) => file.once('error', () => res.destroy())) // a file deleted since sirv found it
    serveFile(req, res, () => notFound(res, root, rawPath))
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(`[site] ${req.method} ${req.url} failed:`, error)
      reply(res, 500, '')
    })
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dataDir = process.env.KELISIM_DATA_DIR ?? fileURLToPath(new URL('../.data', import.meta.url))
  const liveDir = process.env.KELISIM_LIVE_DIR ?? path.join(dataDir, 'site', 'live')
  const cmsUrl = process.env.KELISIM_CMS_URL ?? 'http://127.0.0.1:3000'
  const [host, port] = [process.env.SITE_HOST ?? '127.0.0.1', Number(process.env.SITE_PORT ?? 4321)]
  const server = createSiteServer({ liveDir, cmsUrl }).listen(port, host, () => {
    console.log(`Public site: http://${host.includes(':') ? `[${host}]` : host}:${port}/\n  serving ${liveDir}; CMS at ${cmsUrl}`)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)).closeAllConnections())
}
