import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { precompressTree } from '../../cms/publish/precompress'
import { createSiteServer } from '../../site/serve'

// The public site server over real HTTP, on builds compressed as the publisher does, with a real
// upstream standing in for the CMS.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-serve-'))
const live = path.join(root, 'live')
const script = `export const island = ${JSON.stringify('Келісім '.repeat(300))}\n`
const servers: http.Server[] = []
let site: string // trustProxy off
let trustingSite: string // behind a TLS-terminating proxy
let sitePort: number
let cmsPort: number

async function writeBuild(name: string, marker: string) {
  const dir = path.join(root, name)
  for (const lang of ['kk', 'ru', 'en']) {
    fs.mkdirSync(path.join(dir, lang, 'events'), { recursive: true })
    fs.writeFileSync(path.join(dir, lang, 'index.html'), `<html lang="${lang}"><h1>${marker}</h1>${'x'.repeat(2000)}</html>`)
    fs.writeFileSync(path.join(dir, lang, '404.html'), `<html lang="${lang}"><h1>404 ${lang}</h1></html>`)
  }
  fs.mkdirSync(path.join(dir, '_astro'))
  fs.writeFileSync(path.join(dir, '_astro', 'island.B1x.js'), script)
  fs.mkdirSync(path.join(dir, 'pagefind'))
  fs.writeFileSync(path.join(dir, 'pagefind', 'kk_1a.pf_fragment'), zlib.gzipSync('pagefind compresses its own files'))
  fs.writeFileSync(path.join(dir, 'kk', '.env'), 'SECRET=1')
  await precompressTree(dir)
  return dir
}

function switchTo(dir: string) {
  fs.symlinkSync(dir, `${live}.tmp`)
  fs.renameSync(`${live}.tmp`, live)
}

async function listen(server: http.Server) {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

/** Sends the path byte for byte (fetch would normalize it) and returns the raw, undecoded body. */
function request(base: string, rawPath: string, headers: Record<string, string> = {}, options: https.RequestOptions = {}) {
  const { protocol, hostname, port } = new URL(base)
  const client = protocol === 'https:' ? https : http
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    client
      .request({ hostname, port, path: rawPath, headers, ...options }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
      .end()
  })
}
const get = (rawPath: string, headers: Record<string, string> = {}) => request(site, rawPath, headers)

/** The headers every response of the site itself carries, whatever its status. */
function expectSiteHeaders(headers: http.IncomingHttpHeaders) {
  const csp = headers['content-security-policy'] ?? ''
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'self'"]) {
    expect(csp).toContain(directive)
  }
  expect(csp).not.toContain('unsafe-inline')
  expect(headers['permissions-policy']).toMatch(/geolocation=\(self\).*camera=\(\).*microphone=\(\)/)
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['strict-transport-security']).toBeUndefined()
}

beforeAll(async () => {
  switchTo(await writeBuild('build-1', 'first'))
  const cms = http.createServer((req, res) => {
    if (req.url === '/admin') {
      res.writeHead(302, { location: `http://127.0.0.1:${cmsPort}/admin/login` }).end()
    } else if (req.url === '/admin/escape') {
      res.writeHead(302, { location: `http://127.0.0.1:${cmsPort}//evil.example/` }).end()
    } else {
      res.writeHead(200, { 'content-type': 'application/json' })
      const forwarded = Object.fromEntries(['for', 'host', 'proto'].map((h) => [h, req.headers[`x-forwarded-${h}`]]))
      res.end(JSON.stringify({ method: req.method, url: req.url, host: req.headers.host, forwarded }))
    }
  })
  cmsPort = await listen(cms)
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  sitePort = await listen(createSiteServer({ liveDir: live, cmsUrl, trustProxy: false }))
  site = `http://127.0.0.1:${sitePort}`
  trustingSite = `http://127.0.0.1:${await listen(createSiteServer({ liveDir: live, cmsUrl, trustProxy: true }))}`
})

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
  fs.rmSync(root, { recursive: true, force: true })
})

describe('the site server', () => {
  it('sends / to the preferred language, Kazakh by default, and never to another host', async () => {
    const language = async (header?: string) => (await get('/', header ? { 'Accept-Language': header } : {})).headers.location
    expect(await language()).toBe('/kk/')
    expect(await language('ru-RU,ru;q=0.9,en;q=0.8')).toBe('/ru/')
    expect(await language('de, en;q=0.5, ru;q=0.7')).toBe('/ru/')
    expect(await language('fr')).toBe('/kk/')
    const redirect = await get('/?utm=x', { 'Accept-Language': 'en' })
    expect([redirect.status, redirect.headers.location, redirect.headers.vary]).toEqual([302, '/en/?utm=x', 'Accept-Language'])
    expectSiteHeaders(redirect.headers)
    // A folder without its slash is redirected, and a doubled leading slash must not become "//host".
    expect((await get('/kk')).headers.location).toBe('/kk/')
    expect((await get('//kk')).headers.location).toBe('/kk/')
  })

  it('serves the precompressed brotli or gzip file the client accepts, and plain bytes otherwise', async () => {
    const br = await get('/kk/', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect([br.status, br.headers['content-encoding'], br.headers['content-type']]).toEqual([200, 'br', 'text/html;charset=utf-8'])
    expect(zlib.brotliDecompressSync(br.body).toString()).toContain('<h1>first</h1>')
    const gz = await get('/kk/', { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).toString()).toContain('<h1>first</h1>')
    const plain = await get('/kk/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toContain('<h1>first</h1>')
    for (const response of [br, gz, plain]) expect(response.headers.vary).toBe('Accept-Encoding')
    // Pagefind's files are gzip inside already: sent as they are, as bytes.
    const fragment = await get('/pagefind/kk_1a.pf_fragment', { 'Accept-Encoding': 'br, gzip' })
    expect([fragment.headers['content-encoding'], fragment.headers['content-type']]).toEqual([undefined, 'application/octet-stream'])
    expect(zlib.gunzipSync(fragment.body).toString()).toBe('pagefind compresses its own files')
  })

  it('caches hashed assets for a year, revalidates pages, and keeps other files briefly', async () => {
    const asset = await get('/_astro/island.B1x.js', { 'Accept-Encoding': 'br' })
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(zlib.brotliDecompressSync(asset.body).toString()).toBe(script)
    const page = await get('/ru/', { 'Accept-Encoding': 'br' })
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(page.headers['last-modified']).toBeTruthy()
    const revalidated = await get('/ru/', { 'Accept-Encoding': 'br', 'If-None-Match': page.headers.etag! })
    expect(revalidated.status).toBe(304)
    expect([revalidated.headers['cache-control'], revalidated.headers.vary]).toEqual(['no-cache', 'Accept-Encoding'])
    expectSiteHeaders(revalidated.headers)
    // The gzip copy is another representation, with its own validator.
    expect((await get('/ru/', { 'Accept-Encoding': 'gzip', 'If-None-Match': page.headers.etag! })).status).toBe(200)
    expect((await get('/pagefind/kk_1a.pf_fragment')).headers['cache-control']).toBe('public, max-age=600')
  })

  it('answers byte ranges, including suffix ranges, and refuses ranges past the end', async () => {
    const size = Buffer.byteLength(script)
    const first = await get('/_astro/island.B1x.js', { Range: 'bytes=0-9' })
    expect([first.status, first.headers['content-range'], first.body.toString()]).toEqual([206, `bytes 0-9/${size}`, script.slice(0, 10)])
    const tail = await get('/_astro/island.B1x.js', { Range: 'bytes=-5' })
    expect([tail.status, tail.headers['content-range']]).toEqual([206, `bytes ${size - 5}-${size - 1}/${size}`])
    expect(tail.body.equals(Buffer.from(script).subarray(size - 5))).toBe(true)
    const open = await get('/_astro/island.B1x.js', { Range: `bytes=${size - 3}-` })
    expect([open.status, open.body.length]).toEqual([206, 3])
    const beyond = await get('/_astro/island.B1x.js', { Range: `bytes=${size}-` })
    expect([beyond.status, beyond.headers['content-range']]).toEqual([416, `bytes */${size}`])
    // Ranges a server may ignore get the whole file.
    for (const range of ['bytes=9-2', 'bytes=0-1,4-5', 'items=0-1']) {
      const whole = await get('/_astro/island.B1x.js', { Range: range })
      expect([whole.status, whole.body.length], range).toEqual([200, size])
    }
    const stale = await get('/_astro/island.B1x.js', { Range: 'bytes=0-9', 'If-Range': 'Wed, 21 Oct 2015 07:28:00 GMT' })
    expect([stale.status, stale.body.length]).toEqual([200, size])
  })

  it('answers unknown paths with the language’s 404 page, with the site’s headers', async () => {
    const missing = await get('/ru/nothing-here/')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toContain('404 ru')
    expectSiteHeaders(missing.headers)
    expect((await get('/kk/events/none.html')).body.toString()).toContain('404 kk')
    const hidden = await get('/kk/.env') // files starting with a dot exist but are not the site's
    expect([hidden.status, hidden.body.toString()]).toEqual([404, expect.stringContaining('404 kk')])
    expect((await request(site, '/kk/', {}, { method: 'POST' })).status).toBe(405)
  })

  it('refuses paths that leave the site folder', async () => {
    for (const evil of ['/kk/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/kk/../../etc/passwd', '/kk/%00', '/kk/%E0%A4%A']) {
      expect((await get(evil)).status, evil).toBe(400)
    }
  })

  it('serves a new build as soon as the live link is swapped, and says so while none is live', async () => {
    switchTo(await writeBuild('build-2', 'second'))
    expect((await get('/en/')).body.toString()).toContain('<h1>second</h1>')
    expect(zlib.brotliDecompressSync((await get('/en/', { 'Accept-Encoding': 'br' })).body).toString()).toContain('<h1>second</h1>')
    fs.renameSync(live, `${live}.away`)
    const building = await get('/en/')
    fs.renameSync(`${live}.away`, live)
    expect([building.status, building.headers['retry-after']]).toEqual([503, '30'])
    expect(building.body.toString()).toContain('The site is being built')
    expectSiteHeaders(building.headers)
  })

  it('proxies /api/, /admin and /_next/ to the CMS with forwarded headers, keeping redirects on the site', async () => {
    const proxied = await get('/api/regions?limit=1', { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' })
    expect(JSON.parse(proxied.body.toString())).toEqual({
      method: 'GET',
      url: '/api/regions?limit=1',
      host: `127.0.0.1:${cmsPort}`,
      forwarded: { for: '127.0.0.1', host: `127.0.0.1:${sitePort}`, proto: 'http' }, // the client's claims are not believed
    })
    expect([proxied.headers['x-content-type-options'], proxied.headers['referrer-policy']]).toEqual(['nosniff', 'strict-origin-when-cross-origin'])
    expect(proxied.headers['content-security-policy']).toBeUndefined() // the admin app sets its own
    expect(JSON.parse((await get('/_next/static/x.js')).body.toString()).url).toBe('/_next/static/x.js')
    expect((await get('/admin')).headers.location).toBe('/admin/login')
    expect((await get('/admin/escape')).headers.location).toBe('/evil.example/')
    expect((await get('/administrator')).status).toBe(404) // not the admin's
  })

  it('hands /{lang}/verify/{code}/ to the CMS’s certificate check; a path that cannot hold a code is the language’s 404', async () => {
    for (const [path, lang] of [['/kk/verify/KLS-7W3Q-K9ZD-M2XA-4HVB/', 'kk'], ['/ru/verify/kls-7w3q-k9zd-m2xa-4hvb', 'ru']] as const) {
      const answer = JSON.parse((await get(path)).body.toString())
      const url = new URL(answer.url, 'http://x')
      expect([url.pathname, url.searchParams.get('lang'), url.searchParams.get('code')?.toUpperCase()]).toEqual([
        '/api/certificates/verify',
        lang,
        'KLS-7W3Q-K9ZD-M2XA-4HVB',
      ])
      expect(answer.forwarded.for).toBe('127.0.0.1')
    }
    const odd = await get('/kk/verify/%3Cscript%3E/')
    expect([odd.status, odd.body.toString()]).toEqual([404, expect.stringContaining('404 kk')])
  })

  it('sends HSTS only over HTTPS: a TLS socket, or a trusted proxy saying so', async () => {
    expect((await get('/kk/', { 'X-Forwarded-Proto': 'https' })).headers['strict-transport-security']).toBeUndefined()
    const behindProxy = await request(trustingSite, '/kk/', { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'kelisim.kz' })
    expect(behindProxy.headers['strict-transport-security']).toBe('max-age=31536000')
    expect((await request(trustingSite, '/kk/', { 'X-Forwarded-Proto': 'http' })).headers['strict-transport-security']).toBeUndefined()
    const forwarded = await request(trustingSite, '/api/x', { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'kelisim.kz', 'X-Forwarded-For': '10.0.0.7' })
    expect(JSON.parse(forwarded.body.toString()).forwarded).toEqual({ for: '10.0.0.7, 127.0.0.1', host: 'kelisim.kz', proto: 'https' })
    expect(forwarded.headers['strict-transport-security']).toBe('max-age=31536000')

    const keyFile = path.join(root, 'tls.key')
    const certFile = path.join(root, 'tls.crt')
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' })
    const handler = createSiteServer({ liveDir: live, cmsUrl: 'http://127.0.0.1:9', trustProxy: false }).listeners('request')[0] as http.RequestListener
    const tlsServer = https.createServer({ key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) }, handler)
    const overTls = await request(`https://127.0.0.1:${await listen(tlsServer)}`, '/kk/', {}, { rejectUnauthorized: false })
    expect([overTls.status, overTls.headers['strict-transport-security']]).toEqual([200, 'max-age=31536000'])
  })

  it('says in three languages that the CMS is down, with the site’s headers', async () => {
    const closed = http.createServer()
    const port = await listen(closed)
    await new Promise((resolve) => closed.close(resolve))
    const orphan = `http://127.0.0.1:${await listen(createSiteServer({ liveDir: live, cmsUrl: `http://127.0.0.1:${port}`, trustProxy: false }))}`
    const down = await request(orphan, '/api/regions')
    expect(down.status).toBe(502)
    for (const phrase of ['Қызмет уақытша қолжетімсіз', 'Сервис временно недоступен', 'Service temporarily unavailable']) {
      expect(down.body.toString()).toContain(phrase)
    }
    expectSiteHeaders(down.headers)
  })
})
