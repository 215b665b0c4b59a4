import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

import { repoRoot } from '../../cms/lib/paths'

/**
 * cms/payload-types.ts is generated from the collections and committed, so hooks, the seed and
 * the site are type-checked against the real schema. A collection change without regenerating
 * (`npm run payload -- generate:types`) fails here.
 */
describe('generated Payload types', () => {
  it('match the collections (no drift)', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-types-')), 'payload-types.ts')
    await promisify(execFile)(
      process.execPath,
      [path.join(repoRoot, 'node_modules', 'payload', 'bin.js'), 'generate:types'],
      {
        cwd: repoRoot,
        // SQLite ids (numbers) are what the committed file describes.
        env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', PAYLOAD_TS_OUTPUT_PATH: out, DATABASE_URI: '' },
      },
    )
    const committed = fs.readFileSync(path.join(repoRoot, 'cms', 'payload-types.ts'), 'utf8')
    expect(fs.readFileSync(out, 'utf8') === committed, 'cms/payload-types.ts is stale: run `npm run payload -- generate:types`').toBe(true)
  }, 120_000)
})
