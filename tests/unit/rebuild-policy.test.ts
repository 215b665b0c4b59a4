import { describe, expect, it } from 'vitest'

import { formatBuildResultLine, parseBuildResult } from '../../cms/publish/buildResult'
import {
  abandonedAfterMs,
  abandonedBefore,
  autoRebuildEnabled,
  decideRebuild,
  ignoredRebuild,
  joinRebuildInputs,
  maxTrackedChanges,
  changedFields,
  publicChange,
  rebuildDebounceMs,
  rebuildHeartbeatMs,
} from '../../cms/publish/rebuildPolicy'

const now = new Date('2026-11-23T10:00:00.000Z')

describe('the debounce window (KELISIM_REBUILD_DEBOUNCE_MS)', () => {
  it('defaults to 5 s when unset, empty or not a number', () => {
    for (const raw of [undefined, '', '  ', 'soon', '-5']) expect(rebuildDebounceMs(raw)).toBe(5_000)
  })
  it('is at least 200 ms', () => {
    expect(rebuildDebounceMs('0')).toBe(200)
    expect(rebuildDebounceMs('50')).toBe(200)
    expect(rebuildDebounceMs('1500')).toBe(1_500)
  })
})

describe('whether a change asks for a rebuild', () => {
  it('does not when KELISIM_AUTO_REBUILD is off, in any case', () => {
    expect(autoRebuildEnabled('off')).toBe(false)
    expect(autoRebuildEnabled(' OFF ')).toBe(false)
    expect(autoRebuildEnabled(undefined)).toBe(true)
    expect(autoRebuildEnabled('on')).toBe(true)
    expect(ignoredRebuild({ autoRebuild: false, skipSideEffects: false })).toEqual({ action: 'ignore', because: 'auto-rebuild-off' })
  })
  it('does not when the save skips side effects (seed, tests)', () => {
    expect(ignoredRebuild({ autoRebuild: true, skipSideEffects: true })).toEqual({ action: 'ignore', because: 'side-effects-skipped' })
  })
  it('does otherwise', () => {
    expect(ignoredRebuild({ autoRebuild: true, skipSideEffects: false })).toBeUndefined()
  })
})

describe('coalescing changes into rebuilds', () => {
  it('queues one rebuild to start after the debounce window when none is waiting', () => {
    expect(decideRebuild({ queuedRebuilds: 0, now, debounceMs: 5_000 })).toEqual({
      action: 'queue',
      waitUntil: new Date('2026-11-23T10:00:05.000Z'),
    })
  })
  it('adds nothing while a rebuild waits: that build will read the change', () => {
    expect(decideRebuild({ queuedRebuilds: 1, now, debounceMs: 5_000 })).toEqual({ action: 'join-queued' })
  })
  it('queues exactly one more while a build runs (a running build is not waiting)', () => {
    // First change during the build: nothing waits yet, so one rebuild is queued…
    const first = decideRebuild({ queuedRebuilds: 0, now, debounceMs: 200 })
    expect(first.action).toBe('queue')
    // …and every later change during that build joins it.
    expect(decideRebuild({ queuedRebuilds: 1, now, debounceMs: 200 })).toEqual({ action: 'join-queued' })
  })
})

describe('builds left running by a stopped process', () => {
  it('are recognised well after the heartbeat stopped, never between two heartbeats', () => {
    expect(abandonedAfterMs).toBeGreaterThanOrEqual(3 * rebuildHeartbeatMs)
    expect(abandonedBefore(now).getTime()).toBe(now.getTime() - abandonedAfterMs)
  })
})

describe('the build result line', () => {
  it('round-trips between the build process and the job', () => {
    const result = { buildId: '20261123T100000-42', pagesPerLocale: { kk: 120, ru: 121, en: 119 }, durationMs: 15_300 }
    const output = `astro noise\n${formatBuildResultLine(result)}\nmore noise`
    expect(parseBuildResult(output)).toEqual(result)
  })
  it('is missing when the build printed none or something else', () => {
    expect(parseBuildResult('Error: no pages for "kk"')).toBeUndefined()
    expect(parseBuildResult('KELISIM_BUILD_RESULT {"buildId":1}')).toBeUndefined()
  })
})

describe('what a rebuild carries (incremental publishing)', () => {
  it('a save says what it changed: first published, fields updated, or taken off the site', () => {
    const base = { collection: 'events', id: 7, before: { title: 'a', slug: 's', updatedAt: '1' }, after: { title: 'b', slug: 's', updatedAt: '2' } }
    expect(publicChange({ ...base, wasPublic: false, isPublic: true })).toEqual({ collection: 'events', id: '7', kind: 'create' })
    expect(publicChange({ ...base, wasPublic: true, isPublic: true })).toEqual({ collection: 'events', id: '7', kind: 'update', fields: ['title', 'updatedAt'] })
    expect(publicChange({ ...base, wasPublic: true, isPublic: false })).toEqual({ collection: 'events', id: '7', kind: 'delete' })
    expect(publicChange({ ...base, wasPublic: false, isPublic: false })).toBeUndefined()
  })

  it('a relation saved unchanged is not a change, though the hook gets it populated after and as an id before', () => {
    const kinds = { relations: new Set(['region', 'venueOffice', 'trainers', 'related']), virtual: new Set(['registrations']) }
    const before = { title: 'a', region: 3, venueOffice: null, trainers: [5, 6], related: [{ relationTo: 'events', value: 9 }], rows: [{ id: 'r1', label: 'x' }], registrations: { docs: [1] } }
    const after = {
      title: 'b',
      region: { id: 3, name: 'Павлодар облысы' },
      venueOffice: null,
      trainers: [{ id: 5 }, { id: 6 }],
      related: [{ relationTo: 'events', value: { id: 9, title: 't' } }],
      rows: [{ id: 'r1', label: 'y' }],
      registrations: { docs: [1, 2] },
    }
    expect(changedFields(before, after, kinds)).toEqual(['rows', 'title'])
    expect(changedFields(before, { ...after, region: { id: 4 }, trainers: [{ id: 6 }] }, kinds)).toEqual(['region', 'rows', 'title', 'trainers'])
    // Without knowing the fields, everything that looks different is a change (more pages, never fewer).
    expect(changedFields(before, after)).toEqual(['region', 'registrations', 'related', 'rows', 'title', 'trainers'])
  })

  it('changes joining a queued rebuild add up; one without its changes known makes it a full build', () => {
    const a = { collection: 'events', id: '1', kind: 'update' as const, fields: ['title'] }
    const b = { collection: 'offices', id: '2', kind: 'delete' as const }
    expect(joinRebuildInputs({ reason: 'x', changes: [a] }, { reason: 'y', changes: [b] })).toEqual({ reason: 'x', changes: [a, b], full: false })
    expect(joinRebuildInputs({ reason: 'x', changes: [a] }, { reason: 'import', changes: null }).changes).toBeNull()
    expect(joinRebuildInputs({ reason: 'x', changes: [a] }, { reason: 'admin', changes: null, full: true }).full).toBe(true)
    const many = Array.from({ length: maxTrackedChanges }, (_, i) => ({ ...a, id: String(i) }))
    expect(joinRebuildInputs({ reason: 'x', changes: many }, { reason: 'y', changes: [b] }).changes).toBeNull()
  })
})
