import { describe, expect, it } from 'vitest'

import { staleReason, startsAtWindow, timeBoundaries } from '../../../cms/core/siteFreshness'

// 2026-11-23 10:00 in Almaty (UTC+5) is 05:00Z.
const builtAt = new Date('2026-11-23T05:00:00Z')
const hour = 60 * 60_000

describe('pages that change with time alone', () => {
  it('are current when nothing happened since the full build', () => {
    expect(staleReason({ builtAt, now: new Date(builtAt.getTime() + hour), entries: [] })).toBeUndefined()
  })

  it('are stale once a new day begins in Almaty (19:00Z), not at midnight UTC', () => {
    expect(staleReason({ builtAt, now: new Date('2026-11-23T18:59:00Z'), entries: [] })).toBeUndefined()
    expect(staleReason({ builtAt, now: new Date('2026-11-23T19:00:00Z'), entries: [] })).toMatch(/day/)
  })

  it('are stale when an event started or ended in between, and not before', () => {
    const entry = { startsAt: '2026-11-23T07:00:00Z', endsAt: '2026-11-23T09:00:00Z' }
    expect(staleReason({ builtAt, now: new Date('2026-11-23T06:59:00Z'), entries: [entry] })).toBeUndefined()
    expect(staleReason({ builtAt, now: new Date('2026-11-23T07:00:00Z'), entries: [entry] })).toMatch(/event/)
    const ended = { startsAt: '2026-11-23T04:00:00Z', endsAt: '2026-11-23T06:00:00Z' }
    expect(staleReason({ builtAt, now: new Date('2026-11-23T06:30:00Z'), entries: [ended] })).toMatch(/event/)
  })

  it('are stale when an online link opens a day before the start', () => {
    const tomorrow = { startsAt: '2026-11-24T07:00:00Z', endsAt: null }
    expect(timeBoundaries(tomorrow)[0]).toBe(Date.parse('2026-11-23T07:00:00Z'))
    expect(staleReason({ builtAt, now: new Date('2026-11-23T07:30:00Z'), entries: [tomorrow] })).toMatch(/online link/)
  })

  it('queries start times up to a day ahead, for the online link', () => {
    const now = new Date('2026-11-23T08:00:00Z')
    const w = startsAtWindow(builtAt, now)
    expect(w.after).toEqual(builtAt)
    expect(w.notAfter.toISOString()).toBe('2026-11-24T08:00:00.000Z')
  })
})
