/**
 * `npm start`: prepares everything on a fresh machine and runs the portal.
 *   1. migrates the database, creates the first admin (printed once) and seeds content;
 *   2. builds the public site (Astro + pagefind) and makes it live;
 *   3. builds the admin app (Next) when its sources changed since the last build;
 *   4. serves the CMS and the public site, and prints where; their output also goes to
 *      `<data>/logs/cms.log` and `site.log`, rotated by size.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir, liveSiteLink, repoRoot } from '../lib/paths'
import { RotatingLog, teeLines } from '../lib/rotatingLog'

const host = process.env.HOST ?? '127.0.0.1'
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const cmsUrl = `http://${host}:${cmsPort}`
const siteUrl = process.env.KELISIM_SITE_URL ?? `http://localhost:${sitePort}`
const bin = (pkg: string, file: string) => path.join(repoRoot, 'node_modules', pkg, file)
const tsxCli = bin('tsx', 'dist/cli.mjs')

/** A secret that survives restarts (sessions stay valid) without ever being in the repo. */
function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir, 'payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  // Also a secret written by an older version (0644 under the usual umask).
  fs.chmodSync(file, 0o600)
  return fs.readFileSync(file, 'utf8').trim()
}

/**
 * Demo records (fictional sample offices and mediators, `demo` ticked in the CMS) are built into the
 * site only for the local demo: when KELISIM_INCLUDE_DEMO is unset, on if the site's address is
 * localhost/127.0.0.1 (KELISIM_SITE_URL not set to a public address), off otherwise.
 */
const includeDemo = process.env.KELISIM_INCLUDE_DEMO ?? (/^https?:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(siteUrl) ? 'on' : 'off')

const env: NodeJS.ProcessEnv = {
  ...process.env,
  KELISIM_INCLUDE_DEMO: includeDemo,
  KELISIM_ROOT: repoRoot,
  KELISIM_DATA_DIR: dataDir,
  KELISIM_CMS_URL: process.env.KELISIM_CMS_URL ?? cmsUrl,
  KELISIM_SITE_URL: siteUrl,
  PAYLOAD_SECRET: payloadSecret(),
  ASTRO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
}

function run(label: string, args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  console.log(`\n▶ ${label}`)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...env, ...extraEnv }, stdio: 'inherit' })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit code ${code})`))))
  })
}

/** Hash of everything the admin app is built from, to skip `next build` when nothing changed. */
function adminSourceHash(): string {
  const hash = crypto.createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      // Skip build output and what `next build` itself writes (next-env.d.ts).
      if (entry.name === '.next' || entry.name === 'node_modules' || entry.name === 'next-env.d.ts') continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else hash.update(full).update(fs.readFileSync(full))
    }
  }
  walk(path.join(repoRoot, 'cms'))
  for (const file of ['package-lock.json', 'tsconfig.json']) {
    const full = path.join(repoRoot, file)
    if (fs.existsSync(full)) hash.update(fs.readFileSync(full))
  }
  return hash.digest('hex')
}

export async function buildAdminIfChanged(): Promise<void> {
  const marker = path.join(repoRoot, 'cms', '.next', 'kelisim-source-hash')
  const hash = adminSourceHash()
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === hash) {
    console.log('\n▶ Admin app is up to date (cms/.next)')
    return
  }
  await run('Building the admin app (next build, a few minutes the first time)', [bin('next', 'dist/bin/next'), 'build', 'cms'], {
    NODE_ENV: 'production',
  })
  fs.writeFileSync(marker, hash)
}

/**
 * A server's output goes to this process's stdout/stderr as before (journald, the terminal) and to
 * its own rotated file in `<data>/logs/` (KELISIM_LOG_MAX_BYTES, KELISIM_LOG_KEEP; cms/lib/rotatingLog.ts).
 */
function serve(label: string, logName: string, args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...env, ...extraEnv }, stdio: ['inherit', 'pipe', 'pipe'] })
  const log = new RotatingLog(path.join(dataDir, 'logs', `${logName}.log`))
  teeLines(child.stdout!, log, process.stdout)
  teeLines(child.stderr!, log, process.stderr)
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`${label} stopped (${signal ?? code}); stopping the portal.`)
      shutdown(1)
    }
  })
  return child
}

let shuttingDown = false
const children: ChildProcess[] = []
function shutdown(code = 0) {
  shuttingDown = true
  for (const child of children) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 500).unref()
}

async function main() {
  await run('Preparing the database (migrations, first admin, seed content)', [tsxCli, 'cms/scripts/setup-db.ts'])
  const skipSiteBuild = process.env.KELISIM_SKIP_INITIAL_BUILD === '1' && fs.existsSync(liveSiteLink)
  if (!skipSiteBuild) await run('Building the public site (Astro + pagefind)', [tsxCli, 'cms/publish/build-site.ts'], { NODE_ENV: 'production' })
  await buildAdminIfChanged()

  children.push(
    serve('CMS', 'cms', [bin('next', 'dist/bin/next'), 'start', 'cms', '--port', String(cmsPort), '--hostname', host], { NODE_ENV: 'production' }),
    serve('Public site', 'site', [tsxCli, 'site/serve.ts'], {
      SITE_PORT: String(sitePort),
      SITE_HOST: host,
      KELISIM_CMS_URL: cmsUrl,
      KELISIM_LIVE_DIR: liveSiteLink,
    }),
  )
  console.log(`\n  Kelisim is starting:\n    Public site: http://${host}:${sitePort}/\n    CMS admin:   ${cmsUrl}/admin\n  Stop with Ctrl+C.\n`)
}

// With the terminal or journald gone (EPIPE), the servers keep running and logging to their files.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined)
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))
main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`)
  shutdown(1)
})
