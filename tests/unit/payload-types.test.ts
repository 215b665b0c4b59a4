import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateTypes } from 'payload/node'
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
    // The committed file describes SQLite ids (numbers); tests run on SQLite (tests/int/setup-env.ts).
    expect(process.env.DATABASE_URI).toBe('')
    const config = await (await import('../../cms/payload.config')).default
    process.env.PAYLOAD_TS_OUTPUT_PATH = out
    try {
      await generateTypes(config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = fs.readFileSync(path.join(repoRoot, 'cms', 'payload-types.ts'), 'utf8')
    const generated = fs.readFileSync(out, 'utf8')
    expect(generated === committed, 'cms/payload-types.ts is stale: run `npm run payload -- generate:types`').toBe(true)
  })
})
