import fs from 'node:fs'
import path from 'node:path'
import type { Readable, Writable } from 'node:stream'

import { logRotationSettings, needsRotation, rotationSteps, type LogRotation } from '../core/logRotation'

/**
 * The portal's own log files with size-based rotation (policy in cms/core/logRotation.ts):
 * `<data>/logs/cms.log`, `site.log`; folder 0700, files 0600 (refused requests carry client
 * addresses). Every write is synchronous and whole lines only, so lines arriving from several
 * streams at once never interleave or get lost across a rotation: the rename and the new file
 * happen between two lines. One writer per file: each process the start script runs has its own.
 */
export class RotatingLog {
  private fd: number | null = null
  private size = 0

  constructor(
    readonly file: string,
    readonly policy: LogRotation = logRotationSettings(process.env),
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  }

  private open() {
    this.fd = fs.openSync(this.file, 'a', 0o600)
    // A file made by an older version or another umask.
    fs.fchmodSync(this.fd, 0o600)
    this.size = fs.fstatSync(this.fd).size
    return this.fd
  }

  private rotate() {
    if (this.fd !== null) fs.closeSync(this.fd)
    this.fd = null
    for (const step of rotationSteps(this.file, this.policy.keep)) {
      if ('remove' in step) fs.rmSync(step.remove, { force: true })
      else if (fs.existsSync(step.rename)) fs.renameSync(step.rename, step.to)
    }
  }

  /** Appends complete lines (`text` should end with a newline); a file passes the limit only by a line longer than the limit. */
  write(text: string) {
    let start = 0
    while (start < text.length) {
      const end = text.indexOf('\n', start)
      const line = end === -1 ? text.slice(start) : text.slice(start, end + 1)
      start += line.length
      const bytes = Buffer.from(line)
      let fd = this.fd ?? this.open()
      if (needsRotation(this.size, bytes.length, this.policy)) {
        this.rotate()
        fd = this.open()
      }
      fs.writeSync(fd, bytes)
      this.size += bytes.length
    }
  }

  close() {
    if (this.fd !== null) fs.closeSync(this.fd)
    this.fd = null
  }
}

/**
 * Copies a stream (a child's stdout or stderr) to `out` as it comes, for journald and the terminal,
 * and to the log file line by line: a line split across chunks is written once it is complete.
 */
export function teeLines(input: Readable, log: RotatingLog, out?: Writable) {
  let pending = ''
  input.setEncoding('utf8')
  input.on('data', (chunk: string) => {
    out?.write(chunk)
    const text = pending + chunk
    const end = text.lastIndexOf('\n')
    if (end === -1) {
      pending = text
      return
    }
    log.write(text.slice(0, end + 1))
    pending = text.slice(end + 1)
  })
  input.on('end', () => {
    if (pending) log.write(`${pending}\n`)
    pending = ''
  })
}
