/**
 * Kelisim public site server — dependency-free (node:http, node:fs, node:path, node:zlib).
 *
 * Serves the statically built site from `liveDir`, a symlink that the build atomically
 * replaces (rename) while we run. The symlink is resolved on every request, so the next
 * request sees the new build; requests already in flight keep their open file handle and
 * finish from the old folder.
 *
 * `/api/...`, `/admin`, `/admin/...` and `/_next/...` are reverse-proxied (streaming) to the CMS.
 *
 * CLI: `tsx site/serve.ts` — env SITE_PORT (4321), SITE_HOST (127.0.0.1),
 * KELISIM_CMS_URL (http://127.0.0.1:3000), KELISIM_LIVE_DIR
 * (default `${KELISIM_DATA_DIR ?? <repo>/.data}/site/live`).
 */
import http from 'node:http'
import https from 'node:https'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import zlib from 'node:zlib'
import { pipeline } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { defaultLocale, isLocale, locales, type Locale } from '../cms/core/locales'

export interface SiteServerOptions {
  /** Path of the symlink (or plain folder) holding the current build. */
  liveDir: string
  /** Base URL of the CMS, e.g. http://127.0.0.1:3000 */
  cmsUrl: string
}


const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
}

/** extension → [content type, compressible] */
const TYPES: Record<string, [string, boolean]> = {
  '.html': ['text/html; charset=utf-8', true],
  '.htm': ['text/html; charset=utf-8', true],
  '.css': ['text/css; charset=utf-8', true],
  '.js': ['text/javascript; charset=utf-8', true],
  '.mjs': ['text/javascript; charset=utf-8', true],
  '.json': ['application/json; charset=utf-8', true],
  '.webmanifest': ['application/manifest+json; charset=utf-8', true],
  '.map': ['application/json; charset=utf-8', true],
  '.svg': ['image/svg+xml; charset=utf-8', true],
  '.xml': ['application/xml; charset=utf-8', true],
  '.txt': ['text/plain; charset=utf-8', true],
  '.ics': ['text/calendar; charset=utf-8', true],
  '.wasm': ['application/wasm', true],
  '.png': ['image/png', false],
  '.jpg': ['image/jpeg', false],
  '.jpeg': ['image/jpeg', false],
  '.gif': ['image/gif', false],
  '.webp': ['image/webp', false],
  '.avif': ['image/avif', false],
  '.ico': ['image/x-icon', false],
  '.woff2': ['font/woff2', false],
  '.woff': ['font/woff', false],
  '.pdf': ['application/pdf', false],
  // Pagefind: these are already gzip-compressed by pagefind — never re-compress.
  '.pf_meta': ['application/octet-stream', false],
  '.pf_index': ['application/octet-stream', false],
  '.pf_fragment': ['application/octet-stream', false],
  '.pf_filter': ['application/octet-stream', false],
  '.pagefind': ['application/octet-stream', false], // wasm.<lang>.pagefind (gzipped wasm)
}

const GZIP_MIN_BYTES = 1024
const PROXY_TIMEOUT_MS = 120_000

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade',
])

function typeOf(filePath: string): [string, boolean] {
  const base = path.basename(filePath)
  if (base === 'pagefind-entry.json') return ['application/json; charset=utf-8', true]
  return TYPES[path.extname(base).toLowerCase()] ?? ['application/octet-stream', false]
}

function unavailablePage(kind: 'proxy' | 'building'): string {
  const t =
    kind === 'proxy'
      ? {
          kk: 'Қызмет уақытша қолжетімсіз',
          ru: 'Сервис временно недоступен',
          en: 'Service temporarily unavailable',
        }
      : {
          kk: 'Сайт жасалуда, бірнеше минуттан кейін қайталап көріңіз',
          ru: 'Сайт собирается, попробуйте через несколько минут',
          en: 'The site is being built, please try again in a few minutes',
        }
  return `<!doctype html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.kk} / ${t.ru} / ${t.en}</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b2733;background:#fff;line-height:1.5}h1{font-size:1.25rem;margin:0 0 .75rem}</style>
</head>
<body>
<main>
<h1>${t.kk}</h1>
<p lang="ru">${t.ru}</p>
<p lang="en">${t.en}</p>
</main>
</body>
</html>
`
}

function setSecurityHeaders(res: http.ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) {
    if (!res.hasHeader(k)) res.setHeader(k, v)
  }
}

function sendText(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  body: string,
  contentType = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const buf = Buffer.from(body, 'utf8')
  res.statusCode = status
  setSecurityHeaders(res)
  res.setHeader('Content-Type', contentType)
  res.setHeader('Content-Length', String(buf.length))
  if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-store')
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v)
  res.end(req.method === 'HEAD' ? undefined : buf)
}

function redirect(req: http.IncomingMessage, res: http.ServerResponse, status: number, location: string): void {
  // Never emit a protocol-relative Location ("//evil.example/") — collapse leading slashes.
  const safe = location.replace(/^[/\\]+/, '/')
  sendText(req, res, status, `Redirecting to ${safe}\n`, 'text/plain; charset=utf-8', { Location: safe })
}

/** Pick kk/ru/en from Accept-Language (q-values respected, header order breaks ties). */
export function pickLang(header: string | undefined): Locale {
  if (!header) return defaultLocale
  const entries = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      let q = 1
      for (const p of params) {
        const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)
        if (m) q = Number(m[1])
      }
      return { primary: (tag ?? '').trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((e) => e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const e of entries) {
    if (isLocale(e.primary)) return e.primary
  }
  return defaultLocale
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (coding?.trim() !== 'gzip') return false
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)/.exec(p)).find(Boolean)
    return !q || Number(q[1]) > 0
  })
}

function etagMatches(header: string | undefined, etags: string[]): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const wanted = new Set(etags.map((t) => t.replace(/^W\//, '')))
  return header.split(',').some((t) => wanted.has(t.trim().replace(/^W\//, '')))
}

/** Split the raw request target into path and query; handles absolute-form targets. */
function splitTarget(rawUrl: string): { rawPath: string; query: string } | null {
  let target = rawUrl
  if (!target.startsWith('/')) {
    try {
      const u = new URL(target)
      target = u.pathname + u.search
    } catch {
      return null
    }
  }
  const q = target.indexOf('?')
  return q === -1 ? { rawPath: target, query: '' } : { rawPath: target.slice(0, q), query: target.slice(q) }
}

function isProxied(rawPath: string): boolean {
  return (
    rawPath.startsWith('/api/') ||
    rawPath === '/admin' ||
    rawPath.startsWith('/admin/') ||
    rawPath.startsWith('/_next/')
  )
}

function langPrefix(urlPath: string): Locale | null {
  for (const l of locales) if (urlPath === `/${l}` || urlPath.startsWith(`/${l}/`)) return l
  return null
}

function isInside(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep)
}

interface OpenedFile {
  fh: fsp.FileHandle
  stat: fs.Stats
  filePath: string
}

/**
 * Open a file under root (already realpath'd). Returns null when missing / outside root.
 * Returns 'dir' when it is a directory. Opening first keeps the bytes readable even if the
 * build folder is swapped and deleted while we stream.
 */
async function openUnder(root: string, urlPath: string): Promise<OpenedFile | 'dir' | null> {
  const candidate = path.join(root, urlPath)
  if (!isInside(root, candidate)) return null
  let real: string
  try {
    real = await fsp.realpath(candidate)
  } catch {
    return null
  }
  if (!isInside(root, real)) return null
  let fh: fsp.FileHandle
  try {
    fh = await fsp.open(real, 'r')
  } catch {
    return null
  }
  try {
    const stat = await fh.stat()
    if (stat.isDirectory()) {
      await fh.close()
      return 'dir'
    }
    if (!stat.isFile()) {
      await fh.close()
      return null
    }
    return { fh, stat, filePath: real }
  } catch (error) {
    await fh.close().catch(() => {})
    throw error
  }
}

async function exists(root: string, urlPath: string): Promise<boolean> {
  const f = await openUnder(root, urlPath)
  if (f && f !== 'dir') {
    await f.fh.close()
    return true
  }
  return false
}

function sendFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: OpenedFile,
  urlPath: string,
  status = 200,
): void {
  const { fh, stat, filePath } = file
  const [contentType, compressible] = typeOf(filePath)
  const isHtml = contentType.startsWith('text/html')
  const cacheControl = isHtml
    ? 'no-cache'
    : urlPath.startsWith('/_astro/')
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=3600'
  const useGzip = compressible && stat.size > GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding'] as string)
  const baseTag = `${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}`
  const etag = useGzip ? `"${baseTag}-gz"` : `"${baseTag}"`

  res.statusCode = status
  setSecurityHeaders(res)
  res.setHeader('Content-Type', contentType)
  res.setHeader('Cache-Control', cacheControl)
  if (compressible && stat.size > GZIP_MIN_BYTES) res.setHeader('Vary', 'Accept-Encoding')

  if (status === 200) {
    res.setHeader('ETag', etag)
    res.setHeader('Last-Modified', stat.mtime.toUTCString())
    const inm = req.headers['if-none-match']
    const ims = req.headers['if-modified-since']
    const notModified = inm
      ? etagMatches(inm, [`"${baseTag}"`, `"${baseTag}-gz"`])
      : typeof ims === 'string' && !Number.isNaN(Date.parse(ims)) && Math.floor(stat.mtimeMs / 1000) <= Date.parse(ims) / 1000
    if (notModified) {
      fh.close().catch(() => {})
      res.statusCode = 304
      res.removeHeader('Content-Type')
      res.end()
      return
    }
  }

  if (useGzip) res.setHeader('Content-Encoding', 'gzip')
  else res.setHeader('Content-Length', String(stat.size))

  if (req.method === 'HEAD') {
    fh.close().catch(() => {})
    res.end()
    return
  }

  const stream = fh.createReadStream({ start: 0, autoClose: true })
  const onError = (error: NodeJS.ErrnoException | null) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      console.error(`[site] error streaming ${filePath}:`, error)
    }
    if (error) res.destroy()
  }
  if (useGzip) pipeline(stream, zlib.createGzip({ level: 6 }), res, onError)
  else pipeline(stream, res, onError)
}

async function sendNotFound(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  root: string,
  urlPath: string,
): Promise<void> {
  const lang = langPrefix(urlPath)
  const candidates = lang ? [`/${lang}/404.html`, '/404.html'] : ['/404.html']
  for (const c of candidates) {
    const f = await openUnder(root, c)
    if (f && f !== 'dir') {
      sendFile(req, res, f, c, 404)
      return
    }
  }
  sendText(req, res, 404, 'Not found\n')
}

function proxy(req: http.IncomingMessage, res: http.ServerResponse, cms: URL, target: string): void {
  const client = cms.protocol === 'https:' ? https : http
  const headers: http.OutgoingHttpHeaders = {}
  const connectionTokens = String(req.headers.connection ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined || HOP_BY_HOP.has(k) || connectionTokens.includes(k)) continue
    headers[k] = v
  }
  const remote = req.socket.remoteAddress ?? ''
  const prior = req.headers['x-forwarded-for']
  headers['x-forwarded-for'] = prior ? `${Array.isArray(prior) ? prior.join(', ') : prior}, ${remote}` : remote
  headers['x-forwarded-proto'] = 'http'
  if (req.headers.host) headers['x-forwarded-host'] = req.headers.host
  headers.host = cms.host

  const basePath = cms.pathname.replace(/\/+$/, '')
  const upstream = client.request(
    {
      protocol: cms.protocol,
      hostname: cms.hostname.replace(/^\[|\]$/g, ''),
      port: cms.port || undefined,
      method: req.method,
      path: basePath + target,
      headers,
    },
    (up) => {
      const outHeaders: http.OutgoingHttpHeaders = {}
      for (const [k, v] of Object.entries(up.headers)) {
        if (v === undefined || HOP_BY_HOP.has(k) || k === 'transfer-encoding') continue
        outHeaders[k] = v
      }
      // Absolute redirects pointing at the CMS origin → keep the browser on the site port.
      const loc = up.headers.location
      if (typeof loc === 'string' && loc.startsWith(cms.origin + '/')) {
        outHeaders.location = loc.slice(cms.origin.length)
      }
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) {
        if (!(k.toLowerCase() in outHeaders)) outHeaders[k] = v
      }
      res.writeHead(up.statusCode ?? 502, up.statusMessage, outHeaders)
      pipeline(up, res, (error) => {
        if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          console.error(`[site] proxy response error for ${req.method} ${target}:`, error.message)
        }
      })
    },
  )
  upstream.setTimeout(PROXY_TIMEOUT_MS, () => upstream.destroy(new Error('CMS timed out')))
  upstream.on('error', (error) => {
    console.error(`[site] CMS unreachable for ${req.method} ${target}: ${error.message}`)
    if (!res.headersSent) {
      sendText(req, res, 502, unavailablePage('proxy'), 'text/html; charset=utf-8', { 'Retry-After': '30' })
    } else {
      res.destroy()
    }
  })
  // Client went away before the upstream finished → abort the upstream request.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy()
  })
  req.pipe(upstream)
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, opts: SiteServerOptions, cms: URL): Promise<void> {
  const split = splitTarget(req.url ?? '/')
  if (!split) return sendText(req, res, 400, 'Bad request\n')
  const { rawPath, query } = split

  if (isProxied(rawPath)) return proxy(req, res, cms, rawPath + query)

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(req, res, 405, 'Method not allowed\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' })
  }

  let urlPath: string
  try {
    urlPath = decodeURIComponent(rawPath)
  } catch {
    return sendText(req, res, 400, 'Bad request\n')
  }
  if (urlPath.includes('\0') || urlPath.includes('\\') || urlPath.split('/').includes('..')) {
    return sendText(req, res, 400, 'Bad request\n')
  }

  if (urlPath === '/') {
    res.setHeader('Vary', 'Accept-Language')
    const lang = pickLang(req.headers['accept-language'] as string | undefined)
    return redirect(req, res, 302, `/${lang}/${query}`)
  }

  // Resolve the live symlink on every request — it is swapped atomically by the builder.
  let root: string
  try {
    root = await fsp.realpath(opts.liveDir)
    if (!(await fsp.stat(root)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return sendText(req, res, 503, unavailablePage('building'), 'text/html; charset=utf-8', { 'Retry-After': '30' })
    }
    throw error
  }

  if (urlPath.endsWith('/')) {
    const f = await openUnder(root, urlPath + 'index.html')
    if (f && f !== 'dir') return sendFile(req, res, f, urlPath + 'index.html')
    return sendNotFound(req, res, root, urlPath)
  }

  const f = await openUnder(root, urlPath)
  if (f === 'dir') {
    if (await exists(root, urlPath + '/index.html')) return redirect(req, res, 301, `${rawPath}/${query}`)
    return sendNotFound(req, res, root, urlPath)
  }
  if (f) return sendFile(req, res, f, urlPath)
  return sendNotFound(req, res, root, urlPath)
}

export function createSiteServer(options: SiteServerOptions): http.Server {
  const cms = new URL(options.cmsUrl)
  const server = http.createServer((req, res) => {
    handle(req, res, options, cms).catch((error) => {
      console.error(`[site] ${req.method} ${req.url} failed:`, error)
      try {
        if (!res.headersSent) sendText(req, res, 500, 'Internal server error\n')
        else res.destroy()
      } catch {
        res.destroy()
      }
    })
  })
  server.on('clientError', (error, socket) => {
    if ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
  })
  return server
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const repo = fileURLToPath(new URL('..', import.meta.url))
  const dataDir = process.env.KELISIM_DATA_DIR ?? path.join(repo, '.data')
  const liveDir = process.env.KELISIM_LIVE_DIR ?? path.join(dataDir, 'site', 'live')
  const cmsUrl = process.env.KELISIM_CMS_URL ?? 'http://127.0.0.1:3000'
  const host = process.env.SITE_HOST ?? '127.0.0.1'
  const port = Number(process.env.SITE_PORT ?? 4321)

  const server = createSiteServer({ liveDir, cmsUrl })
  server.listen(port, host, () => {
    const shownHost = host.includes(':') ? `[${host}]` : host
    console.log(`Public site: http://${shownHost}:${port}/`)
    console.log(`  serving ${liveDir}; proxying /api, /admin, /_next to ${cmsUrl}`)
  })
  const stop = () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
