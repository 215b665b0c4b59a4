import { describe, expect, it } from 'vitest'

import { isReleased, releaseRebuildAt, releasedWhere } from '../../../cms/core/embargo'
import { almatyLocalToDate } from '../../../cms/core/time'

const now = new Date('2026-11-23T06:00:00Z') // 11:00 in Almaty (UTC+5)

describe('embargo', () => {
  it('releases a publication without a release time at once', () => {
    expect(isReleased(null, now)).toBe(true)
    expect(isReleased(undefined, now)).toBe(true)
  })

  it('holds a publication until its release time, Almaty wall clock', () => {
    expect(isReleased(almatyLocalToDate('2026-11-23T11:01').toISOString(), now)).toBe(false)
    expect(isReleased(almatyLocalToDate('2026-11-23T11:00').toISOString(), now)).toBe(true)
    expect(isReleased(almatyLocalToDate('2026-11-23T10:59'), now)).toBe(true)
  })

  it('schedules a rebuild only for a published publication released later', () => {
    const later = '2026-11-24T04:00:00.000Z'
    expect(releaseRebuildAt({ _status: 'published', releaseAt: later }, now)?.toISOString()).toBe(later)
    expect(releaseRebuildAt({ _status: 'draft', releaseAt: later }, now)).toBeUndefined()
    expect(releaseRebuildAt({ _status: 'published', releaseAt: '2026-11-22T04:00:00.000Z' }, now)).toBeUndefined()
    expect(releaseRebuildAt({ _status: 'published', releaseAt: null }, now)).toBeUndefined()
  })

  it('queries published and released documents', () => {
    expect(releasedWhere(now)).toEqual({
      and: [
        { _status: { equals: 'published' } },
        { or: [{ releaseAt: { exists: false } }, { releaseAt: { less_than_equal: now.toISOString() } }] },
      ],
    })
  })
})
