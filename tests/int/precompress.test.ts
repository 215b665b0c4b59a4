import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { minBytes, precompressTree } from '../../cms/publish/precompress'

// A built site in miniature, compressed on disk as the publisher does before the swap.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-precompress-'))
const text = (label: string) => `<p>${label}: Келісім — медиация кабинеттері / кабинеты медиации</p>\n`.repeat(40)
const eligible = [
  'kk/events/open-door-day/index.html',
  '_astro/site.Bx1.css',
  '_astro/island.C2y.js',
  'pagefind/pagefind.mjs',
  'pagefind/pagefind-entry.json',
  'favicon.svg',
  'sitemap-0.xml',
  'robots.txt',
  'kk/events.ics',
  'site.webmanifest',
]
let compressed: number

beforeAll(async () => {
  const write = (file: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  for (const file of eligible) write(file, text(file))
  write('kk/404.html', '<p>small</p>') // under the threshold
  write('pagefind/fragment/kk_1a2b.pf_fragment', text('already gzip inside')) // pagefind's own format
  write('pagefind/wasm.kk.pagefind', text('wasm'))
  write('media/photo.png', text('an image, even if it compresses'))
  write('pagefind/filter.json', crypto.randomBytes(4096)) // incompressible: a copy would be larger
  compressed = await precompressTree(dir)
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('precompressTree', () => {
  it('writes brotli and gzip copies that decode to the original', () => {
    for (const file of eligible) {
      const original = fs.readFileSync(path.join(dir, file))
      expect(original.length).toBeGreaterThan(minBytes)
      const br = fs.readFileSync(path.join(dir, `${file}.br`))
      const gz = fs.readFileSync(path.join(dir, `${file}.gz`))
      expect(zlib.brotliDecompressSync(br).equals(original), file).toBe(true)
      expect(zlib.gunzipSync(gz).equals(original), file).toBe(true)
      expect(br.length).toBeLessThan(gz.length)
    }
    expect(compressed).toBe(eligible.length)
  })

  it('leaves small files, other formats, pagefind’s compressed files and incompressible bytes alone', () => {
    for (const file of ['kk/404.html', 'pagefind/fragment/kk_1a2b.pf_fragment', 'pagefind/wasm.kk.pagefind', 'media/photo.png', 'pagefind/filter.json']) {
      expect(fs.existsSync(path.join(dir, `${file}.br`)), file).toBe(false)
      expect(fs.existsSync(path.join(dir, `${file}.gz`)), file).toBe(false)
    }
  })

  it('does not compress its own copies when run again', async () => {
    expect(await precompressTree(dir)).toBe(eligible.length)
    const names = fs.readdirSync(dir, { recursive: true }).map(String)
    expect(names.filter((n) => /\.(br|gz)\.(br|gz)$/.test(n))).toEqual([])
  })
})
