/**
 * Size-based rotation of the portal's own log files (`<data>/logs/cms.log`, `site.log`): when the
 * next line would take a file past `maxBytes`, `name.log` becomes `name.log.1`, `.1` becomes `.2`,
 * … and the oldest beyond `keep` is removed. Lines are never split across files. The pure policy;
 * the writer is cms/lib/rotatingLog.ts.
 */
export type LogRotation = { maxBytes: number; keep: number }

export const defaultLogRotation: LogRotation = { maxBytes: 10 * 1024 * 1024, keep: 5 }

const wholeNumber = (value: string | undefined, min: number): number | null => {
  if (value === undefined || value.trim() === '') return null
  const n = Number(value)
  return Number.isInteger(n) && n >= min ? n : null
}

/** `KELISIM_LOG_MAX_BYTES` (at least 1024) and `KELISIM_LOG_KEEP` (rotated files kept, 0 or more). */
export function logRotationSettings(env: Record<string, string | undefined>): LogRotation {
  return {
    maxBytes: wholeNumber(env.KELISIM_LOG_MAX_BYTES, 1024) ?? defaultLogRotation.maxBytes,
    keep: wholeNumber(env.KELISIM_LOG_KEEP, 0) ?? defaultLogRotation.keep,
  }
}

/** Rotate before writing `incomingBytes` to a file of `currentBytes`? A line longer than the limit still goes whole into a fresh file. */
export function needsRotation(currentBytes: number, incomingBytes: number, policy: LogRotation): boolean {
  return currentBytes > 0 && currentBytes + incomingBytes > policy.maxBytes
}

export type RotationStep = { remove: string } | { rename: string; to: string }

/** The file operations of one rotation, in order: drop the oldest, shift the others up by one. */
export function rotationSteps(file: string, keep: number): RotationStep[] {
  if (keep <= 0) return [{ remove: file }]
  const steps: RotationStep[] = [{ remove: `${file}.${keep}` }]
  for (let i = keep - 1; i >= 1; i--) steps.push({ rename: `${file}.${i}`, to: `${file}.${i + 1}` })
  steps.push({ rename: file, to: `${file}.1` })
  return steps
}
