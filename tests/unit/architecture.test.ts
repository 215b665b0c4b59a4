import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { repoRoot } from '../../cms/lib/paths'

/** Every relative or package import of every source file under `dir`, as repo-relative targets. */
function importsUnder(dir: string) {
  const files = fs
    .readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f))
    .map((f) => path.join(dir, f))
  return files.flatMap((file) => {
    const text = fs.readFileSync(path.join(repoRoot, file), 'utf8')
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1] ?? m[2]!,
    )
    return specs.map((spec) => ({
      file,
      spec,
      target: spec.startsWith('.') ? path.normalize(path.join(path.dirname(file), spec)) : spec,
    }))
  })
}

describe('import directions', () => {
  it('cms/core is pure: it imports only itself (no payload, next, astro, node or other repo code)', () => {
    const outside = importsUnder('cms/core').filter(({ target }) => !target.startsWith('cms/core/'))
    expect(outside).toEqual([])
  })

  it('the site reads the CMS only through cms/core and site/lib/cms.ts', () => {
    const intoCms = importsUnder('site').filter(({ file, target }) => target.startsWith('cms/') && !target.startsWith('cms/core/'))
    const allowed = intoCms.filter(
      ({ file, target }) =>
        (file === 'site/lib/cms.ts' && /^cms\/(payload\.config|payload-types)/.test(target)) ||
        // A full build hands each rendered page to the publisher's own search index and compression.
        (file === 'site/middleware.ts' && /^cms\/publish\/(searchIndex|precompress)$/.test(target)),
    )
    expect(intoCms.filter((i) => !allowed.includes(i))).toEqual([])
  })

  it('site/lib and site/i18n do not import each other', () => {
    const crossing = [
      ...importsUnder('site/lib').filter(({ target }) => target.startsWith('site/i18n')),
      ...importsUnder('site/i18n').filter(({ target }) => target.startsWith('site/lib')),
    ]
    expect(crossing).toEqual([])
  })

  it('endpoints and the seed do not import collection configs or hooks', () => {
    const wrong = [...importsUnder('cms/endpoints'), ...importsUnder('cms/seed')].filter(({ target }) =>
      /^cms\/(collections|hooks)\//.test(target),
    )
    expect(wrong).toEqual([])
  })

  it('cms/lib does not import the Payload config (scripts and tests open Payload themselves)', () => {
    expect(importsUnder('cms/lib').filter(({ target }) => target.startsWith('cms/payload.config'))).toEqual([])
  })

  it('the check sees imports at all', () => {
    expect(importsUnder('site').length).toBeGreaterThan(50)
    expect(importsUnder('cms/core').length).toBeGreaterThan(5)
  })
})
