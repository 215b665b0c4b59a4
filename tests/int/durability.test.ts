import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { dataDir, repoRoot } from '../../cms/lib/paths'

/**
 * An acknowledged write survives `kill -9` of the CMS: registrations answered 201 and an edit
 * answered 200 are all there after the process is killed without warning and started again.
 *
 * SQLite runs in WAL mode with `synchronous = NORMAL` (cms/db.ts): a commit is in the WAL file,
 * in the operating system's page cache, before the answer leaves. A killed process loses nothing
 * the kernel already has, so acknowledged writes survive a crash or kill of the CMS. What NORMAL
 * does not promise is a power cut or kernel crash: the last commits since the WAL's last fsync
 * (at checkpoints) can be lost, never corrupting the file. `synchronous = FULL` would close that
 * too at an fsync per commit; see README "Durability".
 */

const children: ChildProcess[] = []
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
})

const password = 'durability-admin-passphrase'
const env = {
  ...process.env,
  KELISIM_DATA_DIR: dataDir,
  DATABASE_URI: '',
  KELISIM_ADMIN_EMAIL: 'durability-admin@kelisim.local',
  KELISIM_ADMIN_PASSWORD: password,
  KELISIM_REGISTER_LIMIT: '0',
  KELISIM_REGISTER_EVENT_LIMIT: '0',
  KELISIM_REGISTER_MIN_FILL_MS: '0',
  NODE_ENV: 'test' as const,
}

function startCms(): Promise<{ child: ChildProcess; url: string }> {
  // One process, no wrapper: the tsx CLI would run the server in a child that SIGKILL of the
  // wrapper leaves running. The tsx loader inside the server's own node process avoids that.
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist')
  const child = spawn(process.execPath, ['--require', path.join(tsx, 'preflight.cjs'), '--import', `file://${path.join(tsx, 'loader.mjs')}`, 'tests/int/durabilityServer.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening (http:\/\/\S+)/.exec(output)
      if (match) resolve({ child, url: match[1]! })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`CMS exited (${code}) before listening:\n${output.slice(-2000)}`)))
  })
}

const killed = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())))

describe('durability', () => {
  it('acknowledged registrations and edits survive kill -9 and a restart', { timeout: 240_000 }, async () => {
    const first = await startCms()
    const login = await fetch(`${first.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: env.KELISIM_ADMIN_EMAIL, password }),
    })
    expect(login.status).toBe(200)
    const auth = { authorization: `JWT ${((await login.json()) as { token: string }).token}`, 'content-type': 'application/json' }

    const day = 24 * 3600_000
    const created = await fetch(`${first.url}/api/events?locale=kk`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: 'Төзімділік тренингі',
        slug: 'durability-event',
        kind: 'seminar-training',
        format: 'offline',
        status: 'scheduled',
        startsAt: new Date(Date.now() + 10 * day).toISOString(),
        registration: { enabled: true, capacity: 100, opensAt: new Date(Date.now() - day).toISOString() },
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const eventId = ((await created.json()) as { doc: { id: number } }).doc.id

    // Acknowledged writes, the last one answered just before the kill.
    const references: string[] = []
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${first.url}/api/register`, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ event: 'durability-event', lang: 'kk', name: `Қатысушы ${i}`, email: `durable-${i}@example.kz`, consent: 'on' }).toString(),
      })
      expect(response.status).toBe(201)
      references.push(((await response.json()) as { reference: string }).reference)
    }
    const edit = await fetch(`${first.url}/api/events/${eventId}?locale=ru`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: 'Тренинг устойчивости' }) })
    expect(edit.status).toBe(200)

    first.child.kill('SIGKILL')
    await killed(first.child)
    expect(first.child.signalCode).toBe('SIGKILL')
    // The server process itself is gone (not a wrapper): its port no longer answers.
    await expect(fetch(`${first.url}/api/regions?limit=1`)).rejects.toThrow()

    const second = await startCms()
    const again = await fetch(`${second.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: env.KELISIM_ADMIN_EMAIL, password }),
    })
    const token = ((await again.json()) as { token: string }).token
    const registrations = await fetch(`${second.url}/api/registrations?where[event][equals]=${eventId}&limit=0&depth=0`, { headers: { authorization: `JWT ${token}` } })
    const stored = ((await registrations.json()) as { docs: Array<{ reference: string }> }).docs.map((d) => d.reference).sort()
    expect(stored).toEqual([...references].sort())
    const event = await fetch(`${second.url}/api/events/${eventId}?locale=all&depth=0`, { headers: { authorization: `JWT ${token}` } })
    expect(((await event.json()) as { title: Record<string, string> }).title).toEqual({ kk: 'Төзімділік тренингі', ru: 'Тренинг устойчивости' })
    second.child.kill('SIGKILL')
    await killed(second.child)
  })
})
