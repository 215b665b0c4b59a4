import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runQueuedJobs } from '../../cms/jobs'
import { liveSiteLink, previewsDir, siteBuildsDir } from '../../cms/lib/paths'
import { startApiServer, type ApiServer } from './apiServer'
import { makeUser, quiet, seededPayload } from './helpers'

/**
 * Draft preview over real HTTP (Payload's REST routing on a node:http server) with a real preview
 * build (Astro in a child process) on this file's seeded SQLite database: who may ask for it and
 * see it, what it shows (the draft's title in the chosen language, under a "not published"
 * banner, noindex, assets served from the preview), and that the live site stays as it was.
 */

let payload: Payload
let api: ApiServer
const password = 'correct-horse-battery-staple'
const kkTitle = 'Алдын ала қарау сынағы: мектептегі медиация'
const ruTitle = 'Проверка предпросмотра: школьная медиация'
let eventId: number | string
const tokens: Record<string, string> = {}

async function login(email: string) {
  const response = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const as = (who?: string): Record<string, string> => (who ? { authorization: `JWT ${tokens[who]}` } : {})
const askPreview = (who: string | undefined, id = eventId) =>
  fetch(`${api.url}/api/previews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...as(who) },
    body: JSON.stringify({ collection: 'events', id, lang: 'en' }),
  })

beforeAll(async () => {
  payload = await seededPayload()
  const regions = (await payload.find({ collection: 'regions', limit: 2, sort: 'code', overrideAccess: true })).docs
  const [regionA, regionB] = [regions[0]!.id, regions[1]!.id]
  await makeUser(payload, ['organizer'], 'preview-organizer-a@kelisim.local', [regionA])
  await makeUser(payload, ['organizer'], 'preview-organizer-b@kelisim.local', [regionB])
  await makeUser(payload, ['moderator'], 'preview-moderator@kelisim.local')
  const organizer = (await payload.find({ collection: 'users', where: { email: { equals: 'preview-organizer-a@kelisim.local' } }, overrideAccess: true })).docs[0]!
  // A draft that was never published, in Kazakh and Russian, by the organizer of region A.
  const event = await payload.create({
    collection: 'events',
    locale: 'kk',
    draft: true,
    data: { title: kkTitle, slug: 'preview-check', kind: 'seminar-training', format: 'offline', status: 'scheduled', startsAt: '2027-03-10T05:00:00.000Z', region: regionA, _status: 'draft' } as never,
    overrideAccess: false,
    user: { ...organizer, collection: 'users' },
    context: quiet,
  })
  eventId = event.id
  await payload.update({ collection: 'events', id: eventId, locale: 'ru', draft: true, data: { title: ruTitle, _status: 'draft' } as never, overrideAccess: true, context: quiet })

  // A live site from an earlier build, which a preview must leave alone.
  const previous = path.join(siteBuildsDir, '20260101T000000-live')
  fs.mkdirSync(path.join(previous, 'kk'), { recursive: true })
  fs.writeFileSync(path.join(previous, 'kk', 'index.html'), '<h1>live</h1>')
  fs.symlinkSync(path.relative(path.dirname(liveSiteLink), previous), liveSiteLink)

  api = await startApiServer()
  for (const who of ['organizer-a', 'organizer-b', 'moderator']) tokens[who] = await login(`preview-${who}@kelisim.local`)
})

afterAll(async () => {
  await api?.close()
})

describe('draft preview', () => {
  it('is refused to anonymous requests and to an organizer of another region', async () => {
    const anonymous = await askPreview(undefined)
    expect(anonymous.status).toBe(401)
    expect(JSON.stringify(await anonymous.json())).toContain('Sign in')
    const otherRegion = await askPreview('organizer-b')
    expect(otherRegion.status).toBe(403)
    expect(fs.existsSync(previewsDir) ? fs.readdirSync(previewsDir) : []).toEqual([])
    const badInput = await fetch(`${api.url}/api/previews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as('moderator') },
      body: JSON.stringify({ collection: 'users', id: '1', lang: 'ru' }),
    })
    expect(badInput.status).toBe(400)
    expect(JSON.stringify(await badInput.json())).toContain('Документ или язык указаны неверно')
  })

  it('builds the draft for staff, shows it in the chosen language with a banner, and leaves the live site as it was', async () => {
    const asked = await askPreview('moderator')
    expect(asked.status).toBe(202)
    const first = (await asked.json()) as { previewId: string; state: string; urls: Record<string, string> }
    expect(first.state).toBe('preparing')
    expect(first.urls.kk).toBe(`/api/previews/${first.previewId}/site/kk/events/preview-check/`)

    // The CMS server's runner does this every second; here the test runs the publish queue itself.
    await runQueuedJobs(payload)
    const status = await fetch(`${api.url}/api/previews/${first.previewId}`, { headers: as('moderator') })
    const done = (await status.json()) as { state: string; error?: string }
    expect(done.error ?? '').toBe('')
    expect(done.state).toBe('ready')

    // The organizer who wrote it may see it too; a second ask for the same draft needs no new build.
    const again = await askPreview('organizer-a')
    expect(again.status).toBe(200)
    expect(((await again.json()) as { state: string }).state).toBe('ready')

    const kk = await fetch(`${api.url}${first.urls.kk}`, { headers: as('organizer-a') })
    expect(kk.status).toBe(200)
    expect(kk.headers.get('x-robots-tag')).toContain('noindex')
    const kkHtml = await kk.text()
    expect(kkHtml).toContain(kkTitle)
    expect(kkHtml).toContain('Алдын ала қарау — жарияланбаған')
    expect(kkHtml).toContain('<meta name="robots" content="noindex">')
    // Assets and the other languages come from the preview; uploads and the admin stay the CMS's own.
    const stylesheet = `/api/previews/${first.previewId}/site/styles/site.css`
    expect(kkHtml).toContain(`href="${stylesheet}"`)
    expect(kkHtml).toContain(`href="/api/previews/${first.previewId}/site/ru/events/preview-check/"`)
    const css = await fetch(`${api.url}${stylesheet}`, { headers: as('organizer-a') })
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toContain('text/css')

    const ru = await (await fetch(`${api.url}${first.urls.ru}`, { headers: as('moderator') })).text()
    expect(ru).toContain(ruTitle)
    expect(ru).toContain('Предпросмотр — не опубликовано')

    // Pages the preview did not build lead to the public site.
    const elsewhere = await fetch(`${api.url}/api/previews/${first.previewId}/site/kk/events/not-in-this-preview/`, { headers: as('moderator'), redirect: 'manual' })
    expect(elsewhere.status).toBe(302)
    expect(elsewhere.headers.get('location')).toMatch(/\/kk\/events\/not-in-this-preview\/$/)
    // Only the document's pages were built (KELISIM_BUILD_ONLY): the rest of the site is the live one.
    const about = await fetch(`${api.url}/api/previews/${first.previewId}/site/kk/about/`, { headers: as('moderator'), redirect: 'manual' })
    expect(about.status).toBe(302)
    // Nothing leaves the preview folder.
    const escape = await fetch(`${api.url}/api/previews/${first.previewId}/site/..%2F..%2Fpreview.json`, { headers: as('moderator') })
    expect([400, 404]).toContain(escape.status)

    // The built pages are as closed as the request that built them.
    expect((await fetch(`${api.url}${first.urls.kk}`)).status).toBe(401)
    expect((await fetch(`${api.url}${first.urls.kk}`, { headers: as('organizer-b') })).status).toBe(403)
    expect((await fetch(`${api.url}/api/previews/${first.previewId}`, { headers: as('organizer-b') })).status).toBe(403)

    // The live site is the one it was: same build, same page, no preview or search index in it.
    expect(fs.readlinkSync(liveSiteLink)).toBe(path.relative(path.dirname(liveSiteLink), path.join(siteBuildsDir, '20260101T000000-live')))
    expect(fs.readdirSync(siteBuildsDir)).toEqual(['20260101T000000-live'])
    expect(fs.readFileSync(path.join(liveSiteLink, 'kk', 'index.html'), 'utf8')).toBe('<h1>live</h1>')
    expect(fs.existsSync(path.join(previewsDir, first.previewId, 'site', 'pagefind'))).toBe(false)
    // The draft stays a draft.
    const stored = await payload.findByID({ collection: 'events', id: eventId, overrideAccess: true, depth: 0, draft: false }).catch(() => null)
    expect((stored as { _status?: string } | null)?._status).toBe('draft')
  }, 400_000)
})
