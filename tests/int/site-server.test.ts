import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSiteServer, pickLang } from '../../site/serve'

// The public site server over real HTTP, with a real upstream standing in for the CMS.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-serve-'))
const live = path.join(root, 'live')
let base: string
let server: http.Server
let cms: http.Server
let cmsPort: number

function writeBuild(name: string, marker: string) {
  const dir = path.join(root, name)
  for (const lang of ['kk', 'ru', 'en']) {
    fs.mkdirSync(path.join(dir, lang, 'events'), { recursive: true })
    fs.writeFileSync(path.join(dir, lang, 'index.html'), `<html lang="${lang}"><h1>${marker}</h1>${'x'.repeat(2000)}</html>`)
    fs.writeFileSync(path.join(dir, lang, '404.html'), `<html lang="${lang}"><h1>404 ${lang}</h1></html>`)
  }
  return dir
}

function switchTo(dir: string) {
  fs.symlinkSync(dir, `${live}.tmp`)
  fs.renameSync(`${live}.tmp`, live)
}

async function get(url: string, headers: Record<string, string> = {}) {
  return fetch(base + url, { redirect: 'manual', headers })
}

beforeAll(async () => {
  switchTo(writeBuild('build-1', 'first'))
  cms = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ method: req.method, url: req.url, forwardedHost: req.headers['x-forwarded-host'] }))
  })
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
  cmsPort = (cms.address() as AddressInfo).port
  server = createSiteServer({ liveDir: live, cmsUrl: `http://127.0.0.1:${cmsPort}` })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await new Promise((resolve) => cms.close(resolve))
  fs.rmSync(root, { recursive: true, force: true })
})

describe('the site server', () => {
  it('sends / to the preferred language, Kazakh by default', async () => {
    expect((await get('/')).headers.get('location')).toBe('/kk/')
    expect((await get('/', { 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.8' })).headers.get('location')).toBe('/ru/')
    expect(pickLang('de, en;q=0.5, ru;q=0.7')).toBe('ru')
    expect(pickLang('fr')).toBe('kk')
  })

  it('serves pages, compressed, and answers unknown paths with the language’s 404 page', async () => {
    const page = await get('/kk/', { 'Accept-Encoding': 'gzip' })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-encoding')).toBe('gzip')
    expect(await page.text()).toContain('<h1>first</h1>')
    expect((await get('/kk')).headers.get('location')).toBe('/kk/')
    const missing = await get('/ru/nothing-here/')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('404 ru')
  })

  it('refuses paths that leave the site folder', async () => {
    // Sent byte for byte: fetch would normalize the dots away before they reach the server.
    const rawStatus = (rawPath: string) =>
      new Promise<number>((resolve, reject) => {
        const { port } = server.address() as AddressInfo
        http.get({ host: '127.0.0.1', port, path: rawPath }, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        }).on('error', reject)
      })
    for (const evil of ['/kk/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/kk/../../etc/passwd', '/kk/%00']) {
      expect(await rawStatus(evil), evil).toBe(400)
    }
  })

  it('serves a new build as soon as the live link is swapped', async () => {
    switchTo(writeBuild('build-2', 'second'))
    expect(await (await get('/en/')).text()).toContain('<h1>second</h1>')
  })

  it('proxies /api/ to the CMS, and says so in three languages when the CMS is down', async () => {
    const proxied = await get('/api/regions?limit=1')
    expect(await proxied.json()).toMatchObject({ method: 'GET', url: '/api/regions?limit=1' })
    await new Promise((resolve) => cms.close(resolve))
    const down = await get('/api/regions')
    expect(down.status).toBe(502)
    const text = await down.text()
    for (const phrase of ['Қызмет уақытша қолжетімсіз', 'Сервис временно недоступен', 'Service temporarily unavailable']) {
      expect(text).toContain(phrase)
    }
    cms = http.createServer().listen(cmsPort, '127.0.0.1')
  })

  it('gzip bodies are real gzip', async () => {
    const raw = await new Promise<Buffer>((resolve) => {
      http.get(`${base}/kk/`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve(Buffer.concat(chunks)))
      })
    })
    expect(zlib.gunzipSync(raw).toString()).toContain('<h1>second</h1>')
  })
})
