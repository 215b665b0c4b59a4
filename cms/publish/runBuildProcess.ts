import { spawn } from 'node:child_process'
import path from 'node:path'

import { repoRoot } from '../lib/paths'
import { parseBuildResult, type BuildResult } from './buildResult'

/** Keeps the end of the build's output: that is where errors are. */
const keptOutputChars = 64_000

/**
 * Runs cms/publish/build-site.ts (or another build script of this folder: build-preview.ts) in its own process (Astro and pagefind must not share the CMS's
 * memory) and resolves with the result it announces; rejects with the end of its output otherwise.
 */
export function buildSiteInChildProcess(env: NodeJS.ProcessEnv = process.env, script = 'build-site.ts', args: string[] = []): Promise<BuildResult> {
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
