import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runQueuedJobs } from '../../cms/jobs'
import { releaseSiteTaskSlug, waitingReleases, waitingRebuilds } from '../../cms/jobs/rebuildSite'
import { liveSiteLink } from '../../cms/lib/paths'
import { startApiServer, type ApiServer } from './apiServer'
import { tinyPdf as tinyPdfFile, tinyPng } from './files'
import { makeUser, quiet, seededPayload } from './helpers'

/**
 * Embargo with the real Payload on a real SQLite file: an embargoed publication is hidden from
 * anonymous reads and from the built site, its files answer 403 anonymously (staff read them),
 * and the release job queued at its release time publishes it without anyone pressing a button.
 */

// Real site builds (Astro + pagefind in a child process).
const buildTimeout = 300_000
const password = 'correct-horse-battery-staple'

let payload: Payload
let api: ApiServer
let staffToken: string

const tinyPdf = tinyPdfFile()

async function uploadMedia(name: string) {
  const data = await tinyPng()
  return payload.create({
    collection: 'media',
    locale: 'kk',
    data: { alt: `Сынақ суреті ${name}`, credit: 'Demo' } as never,
    file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
    overrideAccess: true,
    context: quiet,
  })
}

async function uploadDocument(name: string) {
  return payload.create({
    collection: 'documents',
    locale: 'kk',
    data: { title: `Сынақ құжаты ${name}` } as never,
    file: { data: tinyPdf, mimetype: 'application/pdf', name: `${name}.pdf`, size: tinyPdf.length },
    overrideAccess: true,
    context: quiet,
  })
}

async function publication(slug: string, fields: Record<string, unknown>, context: Record<string, unknown> = quiet) {
  return payload.create({
    collection: 'publications',
    locale: 'kk',
    data: { title: `Эмбарго сынағы ${slug}`, slug, kind: 'press-release', publishedOn: new Date().toISOString(), ...fields } as never,
    overrideAccess: true,
    context,
  })
}

async function anonymousSlugs(): Promise<string[]> {
  const found = await payload.find({ collection: 'publications', overrideAccess: false, limit: 0, pagination: false, depth: 0 })
  return found.docs.map((doc) => String(doc.slug))
}

function status(url: string, token?: string) {
  return fetch(`${api.url}${url}`, { headers: token ? { Authorization: `JWT ${token}` } : {} }).then((r) => r.status)
}

function livePage(lang: string, slug: string) {
  return path.join(liveSiteLink, lang, 'publications', slug, 'index.html')
}

beforeAll(async () => {
  payload = await seededPayload()
  api = await startApiServer()
  await makeUser(payload, ['organizer'], 'press-organizer@kelisim.local')
  const login = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'press-organizer@kelisim.local', password }),
  })
  staffToken = ((await login.json()) as { token: string }).token
  expect(staffToken).toBeTruthy()
})

afterAll(async () => {
  await api?.close()
  process.env.KELISIM_AUTO_REBUILD = 'off'
})

describe('embargoed publications', () => {
  it('are hidden from anonymous reads until their release time, visible to staff', async () => {
    const hour = 3600_000
    const held = await publication('embargo-access-held', { _status: 'published', releaseAt: new Date(Date.now() + hour).toISOString() })
    await publication('embargo-access-past', { _status: 'published', releaseAt: new Date(Date.now() - hour).toISOString() })
    await publication('embargo-access-none', { _status: 'published' })

    const slugs = await anonymousSlugs()
    expect(slugs).not.toContain('embargo-access-held')
    expect(slugs).toContain('embargo-access-past')
    expect(slugs).toContain('embargo-access-none')
    // Direct reads by id too.
    expect(await status(`/api/publications/${held.id}`)).toBeGreaterThanOrEqual(403)
    expect(await status(`/api/publications/${held.id}`, staffToken)).toBe(200)

    await payload.update({ collection: 'publications', id: held.id, data: { releaseAt: new Date(Date.now() - 1000).toISOString() } as never, overrideAccess: true, context: quiet })
    expect(await anonymousSlugs()).toContain('embargo-access-held')
  })

  it('keep their files from anonymous readers; staff read them; released and published ones are public', async () => {
    const hour = 3600_000
    const [embargoImage, embargoPdf, draftImage, draftPdf, publicImage, publicPdf] = await Promise.all([
      uploadMedia('embargo-image'),
      uploadDocument('embargo-file'),
      uploadMedia('draft-image'),
      uploadDocument('draft-file'),
      uploadMedia('public-image'),
      uploadDocument('public-file'),
    ])
    await publication('embargo-files', {
      _status: 'published',
      releaseAt: new Date(Date.now() + hour).toISOString(),
      cover: embargoImage.id,
      mediaKit: [{ image: embargoImage.id, caption: 'Сурет' }],
      attachments: [{ file: embargoPdf.id }],
    })
    await publication('draft-files', { _status: 'draft', cover: draftImage.id, attachments: [{ file: draftPdf.id }] })
    await publication('public-files', { _status: 'published', mediaKit: [{ image: publicImage.id }], attachments: [{ file: publicPdf.id }] })

    const files = (doc: { url?: string | null; sizes?: Record<string, { url?: string | null }> | null }) =>
      [doc.url, doc.sizes?.print?.url, doc.sizes?.web?.url].filter((u): u is string => Boolean(u)).map((u) => u.replace(/^https?:\/\/[^/]+/, ''))

    for (const hidden of [embargoImage, embargoPdf, draftImage, draftPdf]) {
      for (const url of files(hidden as never)) {
        expect([403, 404], `${url} anonymously`).toContain(await status(url))
        expect(await status(url, staffToken), `${url} as staff`).toBe(200)
      }
    }
    for (const shown of [publicImage, publicPdf]) {
      for (const url of files(shown as never)) expect(await status(url), `${url} anonymously`).toBe(200)
    }
    // The media kit's web and print sizes were made by sharp (never enlarged past the original).
    expect(files(publicImage as never).length).toBe(3)
    // Documents' metadata too.
    expect(await status(`/api/documents/${embargoPdf.id}`)).toBeGreaterThanOrEqual(403)
    expect(await status(`/api/documents/${publicPdf.id}`)).toBe(200)
  })

  it("an event's outcome photos and report are public once the event is published, not while it is a draft", async () => {
    const [draftPhoto, draftReport, publicPhoto, publicReport] = await Promise.all([
      uploadMedia('outcome-draft-photo'),
      uploadDocument('outcome-draft-report'),
      uploadMedia('outcome-public-photo'),
      uploadDocument('outcome-public-report'),
    ])
    const event = (slug: string, status: 'draft' | 'published', photo: number | string, report: number | string) =>
      payload.create({
        collection: 'events',
        locale: 'kk',
        data: {
          title: `Нәтижелер ${slug}`,
          slug,
          kind: 'round-table',
          format: 'offline',
          status: 'scheduled',
          startsAt: '2025-03-05T05:00:00.000Z',
          outcomes: { participants: 40, consultations: 12, agreements: 3, photos: [photo], report },
          _status: status,
        } as never,
        overrideAccess: true,
        context: quiet,
      })
    await event('outcomes-draft', 'draft', draftPhoto.id, draftReport.id)
    await event('outcomes-public', 'published', publicPhoto.id, publicReport.id)
    const url = (doc: { url?: string | null }) => doc.url!.replace(/^https?:\/\/[^/]+/, '')
    for (const hidden of [draftPhoto, draftReport]) expect([403, 404]).toContain(await status(url(hidden as never)))
    for (const shown of [publicPhoto, publicReport]) expect(await status(url(shown as never))).toBe(200)
  })

  it('appear on the site at their release time by a queued release build', { timeout: buildTimeout * 2 }, async () => {
    process.env.KELISIM_AUTO_REBUILD = 'on'
    process.env.KELISIM_REBUILD_DEBOUNCE_MS = '200'
    // Far enough ahead for the first build to read the data before it (its check is skipped if not).
    const releaseAt = new Date(Date.now() + 40_000)
    releaseAt.setMilliseconds(0)
    const doc = await publication('embargo-release-build', { _status: 'published', releaseAt: releaseAt.toISOString() }, {})
    // Saving again with the same release time queues no second release.
    await payload.update({ collection: 'publications', id: doc.id, locale: 'kk', data: { summary: 'Түзету' } as never, overrideAccess: true })

    const releases = await payload.find({ collection: 'payload-jobs', where: waitingReleases, depth: 0, overrideAccess: true })
    expect(releases.docs).toHaveLength(1)
    expect((releases.docs[0] as { taskSlug?: string }).taskSlug).toBe(releaseSiteTaskSlug)
    expect(new Date(String((releases.docs[0] as { waitUntil?: string }).waitUntil)).getTime()).toBe(releaseAt.getTime())
    // The ordinary rebuild of the save is queued too, and does not take the release off the queue.
    expect((await payload.count({ collection: 'payload-jobs', where: waitingRebuilds, overrideAccess: true })).totalDocs).toBeGreaterThan(0)

    // A build before the release time: published, yet not on the site.
    // The save's rebuild may be run here or by the API server's own runner: wait for a live site
    // either way (bounded by the release time), instead of assuming this call ran it.
    while (!fs.existsSync(path.join(liveSiteLink, 'kk', 'index.html')) && Date.now() < releaseAt.getTime()) {
      await runQueuedJobs(payload)
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    // A build that finished before the release time read the data before it.
    if (Date.now() < releaseAt.getTime()) {
      expect(fs.existsSync(path.join(liveSiteLink, 'kk', 'index.html'))).toBe(true)
      expect(fs.existsSync(livePage('kk', 'embargo-release-build'))).toBe(false)
    }

    // Nobody saves anything: the queue's release job, due at the release time, publishes it.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, releaseAt.getTime() - Date.now() + 50)))
    // The API server of this file also starts Payload's autoRun, which may take the job first; either
    // way the queue runs it, and this waits until the build it started is live.
    await expect
      .poll(
        async () => {
          await runQueuedJobs(payload)
          return fs.existsSync(livePage('kk', 'embargo-release-build'))
        },
        { timeout: buildTimeout, interval: 1000 },
      )
      .toBe(true)
    expect(fs.existsSync(livePage('en', 'embargo-release-build'))).toBe(true)
    expect((await payload.count({ collection: 'payload-jobs', where: waitingReleases, overrideAccess: true })).totalDocs).toBe(0)
  })
})
