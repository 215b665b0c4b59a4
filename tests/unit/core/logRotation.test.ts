import { describe, expect, it } from 'vitest'

import { defaultLogRotation, logRotationSettings, needsRotation, rotationSteps } from '../../../cms/core/logRotation'

describe('log rotation policy', () => {
  it('reads KELISIM_LOG_MAX_BYTES and KELISIM_LOG_KEEP, falling back on nonsense', () => {
    expect(logRotationSettings({})).toEqual(defaultLogRotation)
    expect(logRotationSettings({ KELISIM_LOG_MAX_BYTES: '4096', KELISIM_LOG_KEEP: '2' })).toEqual({ maxBytes: 4096, keep: 2 })
    expect(logRotationSettings({ KELISIM_LOG_KEEP: '0' }).keep).toBe(0)
    for (const bad of ['', 'abc', '-5', '1.5', '100']) expect(logRotationSettings({ KELISIM_LOG_MAX_BYTES: bad }).maxBytes).toBe(defaultLogRotation.maxBytes)
    expect(logRotationSettings({ KELISIM_LOG_KEEP: '-1' }).keep).toBe(defaultLogRotation.keep)
  })

  it('rotates before a line that would pass the limit, never for an empty file', () => {
    const policy = { maxBytes: 100, keep: 3 }
    expect(needsRotation(0, 500, policy)).toBe(false) // a long line still goes whole into a fresh file
    expect(needsRotation(90, 10, policy)).toBe(false)
    expect(needsRotation(90, 11, policy)).toBe(true)
    expect(needsRotation(100, 1, policy)).toBe(true)
  })

  it('drops the oldest and shifts the rest up by one', () => {
    expect(rotationSteps('/d/cms.log', 3)).toEqual([
      { remove: '/d/cms.log.3' },
      { rename: '/d/cms.log.2', to: '/d/cms.log.3' },
      { rename: '/d/cms.log.1', to: '/d/cms.log.2' },
      { rename: '/d/cms.log', to: '/d/cms.log.1' },
    ])
    expect(rotationSteps('/d/cms.log', 1)).toEqual([{ remove: '/d/cms.log.1' }, { rename: '/d/cms.log', to: '/d/cms.log.1' }])
    expect(rotationSteps('/d/cms.log', 0)).toEqual([{ remove: '/d/cms.log' }])
  })
})
