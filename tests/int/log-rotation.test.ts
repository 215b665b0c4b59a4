import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'

import { RotatingLog, teeLines } from '../../cms/lib/rotatingLog'

/**
 * The portal's log files on a real file system: past the size limit they rotate to .1, .2, … keeping
 * `keep` of them, every file 0600 in a 0700 folder, and lines written at once from several streams
 * (and a real child process's chunked output) are all there, whole, once.
 */
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-logs-'))
const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8)
const linesOf = (files: string[]) => files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean))

describe('rotating log files', () => {
  it('rotates past the limit, keeps the newest files, 0600, and loses no line from concurrent writers', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'logs', 'cms.log')
    const log = new RotatingLog(file, { maxBytes: 4096, keep: 3 })
    // Four streams writing 60 lines each at once, in chunks that split lines anywhere.
    const streams = Array.from({ length: 4 }, () => new PassThrough())
    for (const stream of streams) teeLines(stream, log)
    const expected: string[] = []
    await Promise.all(
      streams.map(async (stream, w) => {
        let text = ''
        for (let i = 0; i < 60; i++) {
          const line = `writer=${w} line=${i} ${'x'.repeat(40)}`
          expected.push(line)
          text += `${line}\n`
        }
        for (let at = 0; at < text.length; at += 37) {
          stream.write(text.slice(at, at + 37))
          await new Promise((resolve) => setImmediate(resolve))
        }
        stream.end()
        await new Promise((resolve) => stream.on('end', resolve))
      }),
    )
    const files = [file, `${file}.1`, `${file}.2`, `${file}.3`]
    for (const f of files) {
      expect(fs.existsSync(f), f).toBe(true)
      expect(mode(f), f).toBe('600')
      expect(fs.statSync(f).size, f).toBeLessThanOrEqual(4096)
    }
    expect(mode(path.join(dir, 'logs'))).toBe('700')
    expect(fs.existsSync(`${file}.4`)).toBe(false)
    // 240 lines of ~60 bytes are ~14 KB: everything still fits in the kept files, each line once and whole.
    const lines = linesOf(files)
    expect(lines.sort()).toEqual(expected.sort())

    // Much more: only `keep` rotated files stay, the oldest lines are gone, the newest are in cms.log.
    for (let i = 0; i < 400; i++) log.write(`later line ${i} ${'y'.repeat(40)}\n`)
    log.close()
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['cms.log', 'cms.log.1', 'cms.log.2', 'cms.log.3'])
    expect(fs.readFileSync(file, 'utf8')).toContain('later line 399 ')
    expect(linesOf(files).some((l) => l.startsWith('writer='))).toBe(false)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('tees a real process’s output to the terminal stream and the file, whole lines only', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'logs', 'site.log')
    // An existing log left 0644 by an older version becomes 0600.
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, 'old line\n', { mode: 0o644 })
    const log = new RotatingLog(file, { maxBytes: 2048, keep: 2 })
    const child = spawn(process.execPath, [
      '-e',
      "for (let i = 0; i < 300; i++) process.stdout.write(`request refused: status=403 n=${i}\\n`); process.stderr.write('no newline at the end')",
    ])
    const out = new PassThrough()
    let echoed = ''
    out.on('data', (c) => (echoed += c))
    teeLines(child.stdout, log, out)
    teeLines(child.stderr, log)
    await new Promise((resolve) => child.on('close', resolve))
    await new Promise((resolve) => setImmediate(resolve))
    log.close()
    expect(echoed.split('\n').filter(Boolean)).toHaveLength(300)
    for (const f of [file, `${file}.1`, `${file}.2`]) expect(mode(f), f).toBe('600')
    const kept = linesOf([`${file}.2`, `${file}.1`, file])
    expect(kept).toContain('no newline at the end')
    expect(kept).toContain('request refused: status=403 n=299')
    for (const line of kept) expect(line).toMatch(/^(request refused: status=403 n=\d+|no newline at the end|old line)$/)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
