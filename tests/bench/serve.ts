/**
 * Benchmark: the public site server (site/serve.ts) against nginx with site/deploy/nginx.conf, both
 * serving the same built folder, on a typical event page requested with Accept-Encoding: br.
 * Prints requests per second (median of 3 rounds each) and latency p50/p99, side by side.
 *   npm run bench:serve -- [built site folder] [page path]
 * Default folder: the live build (KELISIM_DATA_DIR or .data/, then site/live), built first if missing.
 * nginx is Debian's binary with a generated config; both servers listen on loopback and are stopped
 * at the end. A benchmark, not a test: the numbers depend on the machine and what else runs on it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { liveSiteLink, repoRoot } from '../../cms/lib/paths'
import { precompressTree } from '../../cms/publish/precompress'

type Histogram = { average: number; p50: number; p99: number }
type CannonResult = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number }
// autocannon ships no types; this is the part used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: object) => Promise<CannonResult>

const rounds = 3
const secondsPerRound = 10
const connections = 32
const nginxBinary = '/usr/sbin/nginx'
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'

const children: ChildProcess[] = []
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-serve-'))
function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  fs.rmSync(tmp, { recursive: true, force: true })
}
process.on('SIGINT', () => (cleanUp(), process.exit(130)))

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    http.get(url, { headers }, (res) => res.resume().on('end', () => resolve(res))).on('error', reject)
  })
}

async function waitUntilServing(url: string, child: ChildProcess, name: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`)
    if (await get(url).then(() => true, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${name} did not answer on ${url}`)
}

async function siteFolder(): Promise<string> {
  const given = process.argv[2]
  if (given) return path.resolve(given)
  if (!fs.existsSync(liveSiteLink)) {
    console.log(`No build at ${liveSiteLink}: building one with the publisher (needs the database: npm start once).`)
    const { buildSite } = await import('../../cms/publish/build-site')
    await buildSite()
  }
  return liveSiteLink
}

/** The first event page of the default language, the kind of page citizens land on from search. */
function typicalPage(dir: string): string {
  if (process.argv[3]) return process.argv[3]
  const eventsDir = path.join(dir, 'kk', 'events')
  const events = fs.existsSync(eventsDir) ? fs.readdirSync(eventsDir).sort() : []
  const event = events.find((name) => fs.existsSync(path.join(eventsDir, name, 'index.html')))
  return event ? `/kk/events/${event}/` : '/kk/'
}

/** site/deploy/nginx.conf with its ADAPT lines filled in, inside a minimal main config. */
function writeNginxConfig(dir: string, port: number, cmsPort: number): string {
  const hasBrotli = fs.existsSync(brotliModule)
  if (!hasBrotli) console.log(`nginx: no ${brotliModule} (apt-get install libnginx-mod-http-brotli-static): gzip only`)
  const site = fs
    .readFileSync(path.join(repoRoot, 'site', 'deploy', 'nginx.conf'), 'utf8')
    .replace(/^(\s*)listen 80;.*$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \S+;.*$/m, `$1root ${dir};`)
    .replace(/^(\s*)alias \S+;.*$/m, `$1alias ${path.join(repoRoot, 'site', 'deploy')}/;`)
    .replaceAll('127.0.0.1:3000', `127.0.0.1:${cmsPort}`)
    .replace(/^\s*brotli_static on;.*$/m, hasBrotli ? '$&' : '')
  fs.writeFileSync(path.join(tmp, 'kelisim.conf'), site)
  const main = [
    hasBrotli ? `load_module ${brotliModule};` : '',
    process.getuid?.() === 0 ? 'user root;' : '', // workers must read the same folders as we do
    'worker_processes 1;  # one process, like the Node server',
    'daemon off;',
    `pid ${tmp}/nginx.pid;`,
    'events { worker_connections 1024; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${tmp}/${name};`),
    `  include ${tmp}/kelisim.conf;`,
    '}',
  ].join('\n')
  fs.writeFileSync(path.join(tmp, 'nginx.conf'), main)
  return path.join(tmp, 'nginx.conf')
}

/** Headers that should match between the two servers; differences are printed, not fatal. */
async function compareHeaders(ours: string, nginx: string, page: string) {
  const names = ['content-encoding', 'cache-control', 'content-security-policy', 'permissions-policy', 'referrer-policy', 'x-content-type-options', 'location']
  const probes: [string, Record<string, string>][] = [[page, { 'Accept-Encoding': 'br' }], ['/', { 'Accept-Language': 'ru' }], ['/kk', {}], ['/kk/no-such-page/', {}]]
  for (const [probe, headers] of probes) {
    const [a, b] = await Promise.all([get(ours + probe, headers), get(nginx + probe, headers)])
    const differences = names.filter((name) => a.headers[name] !== b.headers[name]).map((name) => `${name}: ${a.headers[name]} | ${b.headers[name]}`)
    if (a.statusCode !== b.statusCode) differences.unshift(`status: ${a.statusCode} | ${b.statusCode}`)
    console.log(`  ${probe} ${a.statusCode}: ${differences.length ? `differs (site/serve.ts | nginx) in ${differences.join('; ')}` : 'same status and headers'}`)
  }
}

async function measure(url: string): Promise<CannonResult> {
  const result = await autocannon({ url, connections, duration: secondsPerRound, headers: { 'accept-encoding': 'br' } })
  if (result.errors || result.timeouts || result.non2xx) console.log(`  ${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`)
  return result
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

try {
  const dir = await siteFolder()
  if (!fs.readdirSync(dir, { recursive: true }).some((name) => String(name).endsWith('.br'))) {
    console.log(`${dir} has no precompressed copies (built before precompression): writing them.`)
    await precompressTree(fs.realpathSync(dir))
  }
  const page = typicalPage(dir)
  const [sitePort, nginxPort, cmsPort] = [await freePort(), await freePort(), await freePort()] // no CMS: only static pages are measured
  const ours = `http://127.0.0.1:${sitePort}`
  const nginx = `http://127.0.0.1:${nginxPort}`

  const tsxCli = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const env = { ...process.env, SITE_HOST: '127.0.0.1', SITE_PORT: String(sitePort), KELISIM_LIVE_DIR: dir, KELISIM_CMS_URL: `http://127.0.0.1:${cmsPort}` }
  children.push(spawn(process.execPath, [tsxCli, path.join(repoRoot, 'site', 'serve.ts')], { env, stdio: ['ignore', 'ignore', 'inherit'] }))
  await waitUntilServing(`${ours}/kk/`, children[0]!, 'site/serve.ts')

  const config = writeNginxConfig(dir, nginxPort, cmsPort)
  const errorLog = path.join(tmp, 'error.log')
  const check = spawnSync(nginxBinary, ['-t', '-c', config, '-e', errorLog], { encoding: 'utf8' })
  console.log(check.stderr.trim())
  if (check.status !== 0) throw new Error('nginx -t refused the generated configuration')
  children.push(spawn(nginxBinary, ['-c', config, '-e', errorLog], { stdio: ['ignore', 'ignore', 'inherit'] }))
  await waitUntilServing(`${nginx}/kk/`, children[1]!, 'nginx')

  console.log(`Folder: ${dir}\nPage: ${page} (Accept-Encoding: br), ${connections} connections, ${rounds} rounds of ${secondsPerRound} s each`)
  await compareHeaders(ours, nginx, page)
  const results: Record<string, CannonResult[]> = { 'site/serve.ts': [], nginx: [] }
  for (const base of [ours, nginx]) await autocannon({ url: base + page, connections, duration: 2, headers: { 'accept-encoding': 'br' } }) // warm-up
  for (let round = 1; round <= rounds; round++) {
    // Alternate, so that a noisy neighbour on the machine hurts both alike.
    for (const [name, base] of [['site/serve.ts', ours], ['nginx', nginx]] as const) {
      const result = await measure(base + page)
      results[name]!.push(result)
      console.log(`  round ${round} ${name.padEnd(13)} ${Math.round(result.requests.average)} req/s`)
    }
  }
  console.log(`\n${'server'.padEnd(15)}${'req/s (median)'.padStart(16)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`)
  for (const [name, runs] of Object.entries(results)) {
    const row = [median(runs.map((r) => r.requests.average)), median(runs.map((r) => r.latency.p50)), median(runs.map((r) => r.latency.p99))]
    console.log(`${name.padEnd(15)}${String(Math.round(row[0]!)).padStart(16)}${String(row[1]).padStart(9)}${String(row[2]).padStart(9)}`)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  cleanUp()
}
process.exit()
