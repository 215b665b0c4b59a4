import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { vocabularyLabels } from '../../cms/core/vocabulary'
import { kk } from '../../site/i18n/ui.kk'

// Literal keys in templates and islands must exist, and every UI string must be used somewhere.
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(astro|tsx|ts)$/.test(entry.name) ? [full] : []
  })
}

describe('site templates', () => {
  const files = sourceFiles(path.resolve(__dirname, '../../site'))
  const used = files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8')
    return [...text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.-]+)'/g)].map((m) => ({ file: path.relative(process.cwd(), file), key: m[1]! }))
  })

  it('use translation keys', () => {
    expect(used.length).toBeGreaterThan(100)
  })

  it('use only keys that exist in the reference strings', () => {
    const missing = used.filter(({ key }) => !(key in kk) && !(key in vocabularyLabels.kk))
    expect(missing).toEqual([])
  })

  it('use every key at least once, statically or through a documented prefix', () => {
    const dynamicPrefixes = ['event.kind.', 'event.format.', 'event.status.', 'office.kind.', 'office.platform.', 'mediator.kind.', 'specialization.', 'publication.kind.', 'weekday.', 'language.', 'stats.', 'openDoor.', 'statistics.metric.', 'statistics.origin.']
    const literal = new Set(used.map((u) => u.key))
    // The string tables themselves don't count as use.
    const allText = files.filter((f) => !f.includes(`${path.sep}i18n${path.sep}`)).map((f) => fs.readFileSync(f, 'utf8')).join('\n')
    const unused = Object.keys(kk).filter(
      (key) => !literal.has(key) && !dynamicPrefixes.some((p) => key.startsWith(p)) && !allText.includes(`'${key}'`),
    )
    expect(unused).toEqual([])
  })
})
