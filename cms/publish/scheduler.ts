import { spawn } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'

import { repoRoot } from '../lib/paths'

type PublisherState = {
  timer?: ReturnType<typeof setTimeout>
  running: boolean
  rerunReason?: string
}

// Next may load this module more than once; the publisher must be one per process.
const globalKey = Symbol.for('kelisim.publisher')
const state: PublisherState = ((globalThis as Record<symbol, unknown>)[globalKey] ??= { running: false }) as PublisherState

export const RESULT_MARKER = 'KELISIM_BUILD_RESULT '

export type BuildResult = { buildId: string; pagesPerLocale: Record<string, number>; durationMs: number }

function debounceMs(): number {
  const value = Number(process.env.KELISIM_REBUILD_DEBOUNCE_MS)
  return Number.isFinite(value) && value >= 0 ? Math.max(200, value) : 5_000
}

function autoRebuildEnabled(): boolean {
  return process.env.KELISIM_AUTO_REBUILD !== 'off'
}

async function report(payload: Payload, data: Record<string, unknown>) {
  try {
    await payload.updateGlobal({ slug: 'site-build', data, overrideAccess: true })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not record the site build status' })
  }
}

/**
 * Asks for a rebuild of the public site. Changes arriving within the debounce window share one
 * build; a change during a build queues exactly one more build after it. Hooks call this before
 * their transaction commits; the debounce delay is also what lets the build read committed data.
 */
export function requestSiteRebuild(payload: Payload, reason: string): void {
  if (!autoRebuildEnabled()) return
  if (state.timer) clearTimeout(state.timer)
  state.timer = setTimeout(() => {
    state.timer = undefined
    void runRebuild(payload, reason)
  }, debounceMs())
  void report(payload, { state: 'scheduled', lastReason: reason })
}

async function runRebuild(payload: Payload, reason: string): Promise<void> {
  if (state.running) {
    state.rerunReason = reason
    return
  }
  state.running = true
  const startedAt = new Date()
  await report(payload, { state: 'building', lastReason: reason, lastStartedAt: startedAt.toISOString() })
  try {
    const result = await buildInChildProcess()
    await report(payload, {
      state: 'succeeded',
      liveBuild: result.buildId,
      lastSucceededAt: new Date().toISOString(),
      lastDurationMs: result.durationMs,
      pagesPerLocale: result.pagesPerLocale,
      lastError: '',
    })
    payload.logger.info(`Site rebuilt (${reason}): ${result.buildId} in ${result.durationMs} ms`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await report(payload, { state: 'failed', lastFailedAt: new Date().toISOString(), lastError: message.slice(-8000) })
    payload.logger.error(`Site rebuild failed (${reason}); the previous site stays live.\n${message.slice(-2000)}`)
  } finally {
    state.running = false
    if (state.rerunReason) {
      const next = state.rerunReason
      state.rerunReason = undefined
      void runRebuild(payload, next)
    }
  }
}

/** The build runs in its own process: Astro and pagefind must not share the CMS's memory. */
function buildInChildProcess(): Promise<BuildResult> {
  const tsxCli = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const script = path.join(repoRoot, 'cms', 'publish', 'build-site.ts')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, script], {
      cwd: repoRoot,
      env: { ...process.env, KELISIM_ROOT: repoRoot, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-64_000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith(RESULT_MARKER))
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_MARKER.length)) as BuildResult)
      else reject(new Error(`Site build exited with code ${code}.\n${output}`))
    })
  })
}
