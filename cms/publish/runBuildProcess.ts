import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { DocumentChange } from '../core/pageDependencies'

import { repoRoot } from '../lib/paths'
import { parseBuildResult, type BuildResult } from './buildResult'

/** Keeps the end of the build's output: that is where errors are. */
const keptOutputChars = 64_000

/**
 * Runs cms/publish/build-site.ts in its own process (Astro and pagefind must not share the CMS's
 * memory) and resolves with the result it announces; rejects with the end of its output otherwise.
 */
export async function buildSiteInChildProcess(
  env: NodeJS.ProcessEnv = process.env,
  options: { changes?: DocumentChange[]; full?: boolean } = {},
): Promise<BuildResult> {
  // The changed documents go to the build as a file (they can be many).
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kelisim-build-'))
  try {
    const changesFile = path.join(dir, 'changes.json')
    await fs.writeFile(changesFile, JSON.stringify(options.changes ?? []))
    return await runBuildScript({ ...env, KELISIM_BUILD_CHANGES: options.changes?.length ? changesFile : '', KELISIM_BUILD_FULL: options.full ? '1' : '' })
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** Runs one build script of this folder (build-site.ts, build-preview.ts) with its arguments. */
export function runBuildScript(env: NodeJS.ProcessEnv, script = 'build-site.ts', args: string[] = []): Promise<BuildResult> {
  const tsxCli = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const scriptPath = path.join(repoRoot, 'cms', 'publish', script)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, scriptPath, ...args], {
      cwd: repoRoot,
      env: { ...env, KELISIM_ROOT: repoRoot, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-keptOutputChars)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('close', (code) => {
      const result = code === 0 ? parseBuildResult(output) : undefined
      if (result) resolve(result)
      else reject(new Error(`Site build exited with code ${code}.\n${output}`))
    })
  })
}
