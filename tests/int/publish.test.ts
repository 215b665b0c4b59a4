import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { liveSiteLink, siteBuildsDir } from '../../cms/lib/paths'
import { openPayload } from '../../cms/scripts/open-payload'
import { requestSiteRebuild } from '../../cms/jobs/rebuildSite'
import { runQueuedRebuilds } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await openPayload()
})

describe('publishing the site', () => {
  it('keeps the previous site live when a build fails, and tells admins why', async () => {
    // A live site from an earlier build.
    const previous = path.join(siteBuildsDir, '20260101T000000-previous')
    fs.mkdirSync(path.join(previous, 'kk'), { recursive: true })
    fs.writeFileSync(path.join(previous, 'kk', 'index.html'), '<h1>previous</h1>')
    fs.symlinkSync(path.relative(path.dirname(liveSiteLink), previous), liveSiteLink)

    // The build process gets a file that is not a database, so Astro fails reading content.
    const notADatabase = path.join(path.dirname(siteBuildsDir), 'corrupt.db')
    fs.writeFileSync(notADatabase, 'this is not an SQLite database '.repeat(8))
    const savedUri = process.env.DATABASE_URI
    // Safety net only: a build that hangs instead of failing is stopped after this long.
    process.env.KELISIM_BUILD_TIMEOUT_MS = '90000'
    process.env.KELISIM_AUTO_REBUILD = 'on'
    process.env.KELISIM_REBUILD_DEBOUNCE_MS = '200'
    process.env.DATABASE_URI = `file:${notADatabase}`
    try {
      await requestSiteRebuild({ payload, reason: 'test: broken build' })
      await runQueuedRebuilds(payload)
    } finally {
      process.env.DATABASE_URI = savedUri
      process.env.KELISIM_AUTO_REBUILD = 'off'
      delete process.env.KELISIM_BUILD_TIMEOUT_MS
    }

    const status = await payload.findGlobal({ slug: 'site-build', overrideAccess: true })
    expect(status.state).toBe('failed')
    expect(status.lastError).toMatch(/Site build exited with code 1/)
    expect(status.lastReason).toBe('test: broken build')
    expect(fs.readlinkSync(liveSiteLink)).toBe(path.relative(path.dirname(liveSiteLink), previous))
    expect(fs.readFileSync(path.join(liveSiteLink, 'kk', 'index.html'), 'utf8')).toBe('<h1>previous</h1>')
    // The half-built folder is cleaned up; only the previous build remains.
    expect(fs.readdirSync(siteBuildsDir)).toEqual(['20260101T000000-previous'])
    // The job records the failure too, and is not retried: the next change tries again.
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', depth: 0 })
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({ hasError: true, processing: false })
    expect(JSON.stringify(jobs[0]!.error)).toMatch(/Site build exited with code 1/)
  }, 150_000)

  it('never shows the build status to the public', async () => {
    await expect(payload.findGlobal({ slug: 'site-build', overrideAccess: false })).rejects.toThrow()
  })
})

describe('media', () => {
  it('stores an uploaded image with the sizes the site uses, resized by sharp', async () => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: { r: 11, g: 95, b: 104 } } }).png().toBuffer()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Семинар' } as never,
      file: { data: png, mimetype: 'image/png', name: 'seminar.png', size: png.length },
      overrideAccess: true,
      locale: 'kk',
    })
    const sizes = doc.sizes as Record<string, { width: number; height: number; mimeType: string; filename: string }>
    expect(sizes.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/webp' })
    expect(sizes.card!.width).toBe(800)
    expect(sizes.hero!.width).toBe(1600)
    const { mediaDir } = await import('../../cms/lib/paths')
    expect(fs.existsSync(path.join(mediaDir, sizes.card!.filename))).toBe(true)
  })
})
