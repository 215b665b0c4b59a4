import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { adminToken, bearer } from './support'

const releaseSlug = 'kyrgyzstan-civil-society-local-government-conflict-prevention-trainings-2021'

test('a journalist finds a press release in Kazakh and downloads a print-size image', async ({ page, request }) => {
  // An organizer adds a photo to the press release's media kit (a generated demo picture: the
  // client's documents come with no photos).
  const token = await adminToken(request)
  const photo = await sharp({ create: { width: 3200, height: 2000, channels: 3, background: { r: 11, g: 95, b: 104 } } }).jpeg().toBuffer()
  const upload = await request.post('/api/media?locale=kk', {
    headers: bearer(token),
    multipart: {
      file: { name: 'demo-press-photo.jpg', mimeType: 'image/jpeg', buffer: photo },
      _payload: JSON.stringify({ alt: 'Демо сурет: тренинг қатысушылары', caption: 'Демо сурет (үлгі)', credit: 'Demo' }),
    },
  })
  expect(upload.ok(), await upload.text()).toBeTruthy()
  const imageId = (await upload.json()).doc.id
  const found = await request.get(`/api/publications?where[slug][equals]=${releaseSlug}&depth=0`, { headers: bearer(token) })
  const publicationId = (await found.json()).docs[0].id
  const patch = await request.patch(`/api/publications/${publicationId}?locale=kk`, {
    headers: bearer(token),
    data: { mediaKit: [{ image: imageId, caption: 'Демо сурет (үлгі)' }], _status: 'published' },
  })
  expect(patch.ok(), await patch.text()).toBeTruthy()
  // The site rebuilds by itself within a minute.
  await expect
    .poll(async () => (await request.get(`/kk/publications/${releaseSlug}/`)).text(), { timeout: 120_000, intervals: [1000, 2000] })
    .toContain('media-kit')

  // The journalist, without an account: press room in Kazakh, press releases, the release.
  await page.context().clearCookies()
  await page.goto('/kk/')
  await page.getByRole('navigation', { name: 'Негізгі мәзір' }).getByRole('link', { name: 'Жарияланымдар' }).click()
  await page.getByRole('navigation', { name: 'Жарияланымдарды сүзу' }).getByRole('link', { name: 'Баспасөз релизі' }).click()
  await expect(page).toHaveURL(/\/kk\/publications\/kind\/press-release\/$/)
  await expect(page.locator('link[type="application/atom+xml"][href="/kk/publications/kind/press-release/feed.xml"]')).toHaveCount(1)
  await page.getByRole('link', { name: /Азаматтық қоғам ұйымдары/ }).click()
  await expect(page.locator('h1')).toContainText('Азаматтық қоғам ұйымдары')
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')

  const kit = page.locator('.media-kit')
  await expect(kit).toContainText('Демо сурет (үлгі)')
  await expect(kit).toContainText('Demo')
  const [download] = await Promise.all([page.waitForEvent('download'), kit.getByRole('link', { name: 'Баспа үшін' }).click()])
  const file = await download.path()
  const meta = await sharp(fs.readFileSync(file!)).metadata()
  expect(meta.format).toBe('jpeg')
  expect(meta.width).toBe(2480)

  // Print: the page prints without navigation or the media kit.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(kit).toBeHidden()
  await expect(page.locator('h1')).toBeVisible()
})
