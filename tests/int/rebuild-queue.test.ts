import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runQueuedJobs } from '../../cms/jobs'
import { publishQueue, rebuildSiteTaskSlug, releaseAbandonedRebuilds, runningRebuilds, waitingRebuilds } from '../../cms/jobs/rebuildSite'
import { liveSiteLink, repoRoot, siteBuildsDir } from '../../cms/lib/paths'
import { abandonedAfterMs } from '../../cms/publish/rebuildPolicy'
import { quiet, runQueuedRebuilds, seededPayload } from './helpers'

// Real site builds (Astro + pagefind in a child process), about 15 s each on an idle machine.
const buildTimeout = 240_000

let payload: Payload
let events: Array<{ id: number; slug: string }>

beforeAll(async () => {
  payload = await seededPayload()
  const published = await payload.find({ collection: 'events', where: { _status: { equals: 'published' } }, limit: 6, depth: 0, locale: 'kk' })
  events = published.docs.map((doc) => ({ id: doc.id as number, slug: String(doc.slug) }))
  expect(events.length).toBeGreaterThanOrEqual(6)
  // Changes in this file queue rebuilds, as in the running CMS.
  process.env.KELISIM_AUTO_REBUILD = 'on'
  process.env.KELISIM_REBUILD_DEBOUNCE_MS = '1000'
})

afterAll(() => {
  process.env.KELISIM_AUTO_REBUILD = 'off'
})

/** Renames an event in Kazakh through the Local API, with hooks (no side-effect flag): an organizer's edit. */
function rename(event: { id: number }, title: string) {
  return payload.update({ collection: 'events', id: event.id, locale: 'kk', data: { title } as never, overrideAccess: true })
}

async function countJobs(where: Where) {
  return (await payload.count({ collection: 'payload-jobs', where, overrideAccess: true })).totalDocs
}

function liveEventPage(slug: string) {
  return fs.readFileSync(path.join(liveSiteLink, 'kk', 'events', slug, 'index.html'), 'utf8')
}

function buildFolders() {
  return fs.existsSync(siteBuildsDir) ? fs.readdirSync(siteBuildsDir).sort() : []
}

/** A build's finished folder: an incremental build also leaves the folder of its first step, its pages with the search index behind. */
function isFinishedBuild(folder: string) {
  const meta = JSON.parse(fs.readFileSync(path.join(siteBuildsDir, folder, '.kelisim', 'build.json'), 'utf8')) as { searchIndex?: string }
  return meta.searchIndex !== 'behind'
}

/**
 * Counts the builds that ran while `action` did: each build leaves a new finished folder
 * (successful jobs are deleted from the queue, so the folders are the record). Older folders may
 * be pruned; the new ones are the newest and are kept.
 */
async function buildsDuring(action: () => Promise<unknown>): Promise<number> {
  const before = new Set(buildFolders())
  await action()
  return buildFolders().filter((folder) => !before.has(folder) && isFinishedBuild(folder)).length
}

describe('site rebuilds on the job queue', () => {
  it('queues nothing for saves that skip side effects (seed), or when KELISIM_AUTO_REBUILD is off', async () => {
    const [first] = events
    await payload.update({
      collection: 'events',
      id: first!.id,
      locale: 'kk',
      data: { summary: 'Тұқым' } as never,
      overrideAccess: true,
      context: quiet,
    })
    process.env.KELISIM_AUTO_REBUILD = 'off'
    try {
      await rename(first!, 'Автоматты жаңартусыз')
    } finally {
      process.env.KELISIM_AUTO_REBUILD = 'on'
    }
    expect(await countJobs({ taskSlug: { equals: rebuildSiteTaskSlug } })).toBe(0)
  })

  it('queues nothing for a new draft, nor for a draft saved without publishing', async () => {
    const draft = await payload.create({
      collection: 'events',
      locale: 'kk',
      draft: true,
      data: { title: 'Жоба іс-шара', kind: 'round-table', format: 'online', status: 'scheduled', startsAt: '2027-03-01T05:00:00.000Z', _status: 'draft' } as never,
      overrideAccess: true,
    })
    await payload.update({ collection: 'events', id: draft.id, locale: 'kk', draft: true, data: { summary: 'Әлі жарияланбаған' } as never, overrideAccess: true })
    expect(await countJobs(waitingRebuilds)).toBe(0)
    await payload.delete({ collection: 'events', id: draft.id, overrideAccess: true, context: quiet })
  })

  it('builds once for two edits saved at the same moment within the debounce window', async () => {
    const [first, second] = events
    // Both hooks look at the queue at the same time: each may see no waiting rebuild and queue one.
    await Promise.all([rename(first!, 'Бірінші өзгеріс'), rename(second!, 'Екінші өзгеріс')])
    expect(await countJobs(waitingRebuilds)).toBeGreaterThanOrEqual(1)

    expect(await buildsDuring(() => runQueuedRebuilds(payload))).toBe(1)
    // Nothing left in the queue: the build removed the duplicate, and finished jobs are deleted.
    expect(await countJobs({ taskSlug: { equals: rebuildSiteTaskSlug } })).toBe(0)
    // The one build published both changes.
    expect(liveEventPage(first!.slug)).toContain('Бірінші өзгеріс')
    expect(liveEventPage(second!.slug)).toContain('Екінші өзгеріс')
    const status = await payload.findGlobal({ slug: 'site-build', overrideAccess: true })
    expect(status).toMatchObject({ state: 'succeeded', liveBuild: path.basename(fs.realpathSync(liveSiteLink)), lastError: '' })
    expect((status.pagesPerLocale as Record<string, number>).kk).toBeGreaterThan(10)
  }, buildTimeout)

  it('follows a build with exactly one more when changes arrive while it runs', async () => {
    const [, , third, fourth, fifth] = events
    await rename(third!, 'Құрастыру алдында')
    const builds = buildsDuring(() => runQueuedRebuilds(payload))
    await expect.poll(() => countJobs(runningRebuilds), { timeout: 30_000, interval: 100 }).toBe(1)

    // Two changes during the build: the first queues a rebuild, the second joins it.
    await rename(fourth!, 'Құрастыру кезінде')
    await rename(fifth!, 'Құрастыру кезінде екінші')
    expect(await countJobs(waitingRebuilds)).toBe(1)
    // The running build is alive: it is not mistaken for one left by a stopped process.
    expect(await releaseAbandonedRebuilds(payload)).toBe(0)

    // The build that was running, and exactly one after it for both changes.
    expect(await builds).toBe(2)
    expect(await countJobs(waitingRebuilds)).toBe(0)
    expect(liveEventPage(third!.slug)).toContain('Құрастыру алдында')
    expect(liveEventPage(fourth!.slug)).toContain('Құрастыру кезінде')
    expect(liveEventPage(fifth!.slug)).toContain('Құрастыру кезінде екінші')
  }, 2 * buildTimeout)

  it('hands a build left running by a killed process back to the queue instead of blocking every later one', async () => {
    const [first, second] = events
    await rename(first!, 'Үзілген құрастыру')
    const [job] = (await payload.find({ collection: 'payload-jobs', where: waitingRebuilds, depth: 0 })).docs
    // What a process killed mid-build leaves behind: its job marked running, last touched long ago.
    const lastTouched = new Date(Date.now() - abandonedAfterMs - 5_000).toISOString()
    await payload.db.updateJobs({ id: job!.id, data: { processing: true, updatedAt: lastTouched }, returning: false })

    // A later change queues a rebuild, but the concurrency key keeps it behind the dead one.
    await rename(second!, 'Кейінгі өзгеріс')
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    expect((await payload.jobs.run({ queue: publishQueue, silent: true })).noJobsRemaining).toBe(true)
    expect(await countJobs(waitingRebuilds)).toBe(1)

    // The runner hands it back (the CMS server checks every 15 s); one build then covers both.
    expect(await buildsDuring(() => runQueuedJobs(payload))).toBe(1)
    expect(await countJobs(runningRebuilds)).toBe(0)
    expect(await countJobs(waitingRebuilds)).toBe(0)
    expect(liveEventPage(first!.slug)).toContain('Үзілген құрастыру')
    expect(liveEventPage(second!.slug)).toContain('Кейінгі өзгеріс')
  }, buildTimeout)

  // Last: it closes this file's Payload.
  it('runs a rebuild queued before Payload closed once it opens again on the same database', async () => {
    const [, , , , , sixth] = events
    await rename(sixth!, 'Қайта іске қосудан кейін')
    expect(await countJobs(waitingRebuilds)).toBe(1)
    await payload.destroy()
    await new Promise((resolve) => setTimeout(resolve, 1_100)) // its debounce window

    // A new process on the same database: what the CMS server does after a restart.
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'cms/scripts/run-jobs.ts'], {
        cwd: repoRoot,
        env: process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let text = ''
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`run-jobs exited with ${code}:\n${text}`))))
    })
    expect(output).toContain('Ran 1 job(s).')
    expect(liveEventPage(sixth!.slug)).toContain('Қайта іске қосудан кейін')
  }, buildTimeout)
})
