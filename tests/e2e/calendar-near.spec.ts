import { expect, test } from '@playwright/test'

import { joinEventIndex, nearRows, rowPlace, type EventIndexManifest, type EventIndexMonth } from '../../cms/core/eventIndex'
import { adminToken, bearer, publishOpenEvent } from './support'

/**
 * "Near me" in the calendar filters, in a real browser with a fixed position in central Shymkent.
 * The seed has no upcoming event in Shymkent, so one is published through the REST API at the
 * Shymkent House of Friendship; the seeded upcoming events elsewhere (Turkistan, Atyrau) are far.
 */
const shymkent = { latitude: 42.345, longitude: 69.585 }
const origin = { lat: shymkent.latitude, lng: shymkent.longitude }
const slug = `e2e-near-${Date.now().toString(36)}`
const href = `/ru/events/${slug}/`

async function upcomingIndex(request: import('@playwright/test').APIRequestContext) {
  // The index is a manifest plus one file per month (events/index/YYYY-MM.json): join every month.
  const manifest = (await (await request.get('/ru/events/index.json')).json()) as EventIndexManifest
  const months = await Promise.all(manifest.months.map(async ([month]) => (await (await request.get(`/ru/events/index/${month}.json`)).json()) as EventIndexMonth))
  const index = joinEventIndex(manifest, months)
  const now = Date.now() / 60_000
  return { index, rows: index.rows.filter((r) => r[2] + r[3] >= now) }
}

test.beforeAll(async ({ request }) => {
  test.setTimeout(300_000)
  const token = await adminToken(request)
  const offices = await request.get('/api/offices?where[slug][equals]=shymkent-house-of-friendship&limit=1&depth=0', { headers: bearer(token) })
  expect(offices.ok(), await offices.text()).toBeTruthy()
  const office = (await offices.json()).docs[0] as { id: number; lat: number; lng: number }
  expect(office?.lat).toBeTruthy()
  const id = await publishOpenEvent(request, token, slug, { kk: 'Шымкенттегі медиация семинары', ru: 'Семинар по медиации в Шымкенте' })
  const venue = await request.patch(`/api/events/${id}`, { headers: bearer(token), data: { venueOffice: office.id, _status: 'published' } })
  expect(venue.ok(), await venue.text()).toBeTruthy()
  // The site rebuilds in the background: wait until the index places the new event.
  await expect
    .poll(async () => {
      const { index, rows } = await upcomingIndex(request)
      const row = rows.find((r) => r[0] === href)
      return row ? rowPlace(index, row) : undefined
    }, { timeout: 240_000, intervals: [2000, 5000] })
    .toEqual({ lat: Math.round(office.lat * 1000) / 1000, lng: Math.round(office.lng * 1000) / 1000 })
})

test.describe('near me from the browser position', () => {
  test.use({ geolocation: shymkent, permissions: ['geolocation'] })

  test('a 50 km radius keeps only the events in Shymkent, with their distance', async ({ page, request }) => {
    const { index, rows } = await upcomingIndex(request)
    const expected = nearRows(index, rows, origin, 50, false).map(({ row }) => row[0])
    const far = nearRows(index, rows, origin, undefined, false).filter(({ km }) => km! > 50)
    expect(expected).toContain(href)
    expect(far.length, 'a far upcoming event (Turkistan, Atyrau) in the seed').toBeGreaterThan(0)

    await page.goto('/ru/events/')
    const form = page.locator('[data-cal-filters]')
    await form.locator('summary').click()
    await form.locator('select[name="radius"]').selectOption('50')
    await expect(page).toHaveURL(/radius=50/)
    await form.locator('[data-cal-locate]').click()
    await expect(page.locator('[data-cal-status]')).toContainText('Расстояние от вашего местоположения')
    const links = page.locator('[data-cal-list] .cal-item__title')
    await expect(links).toHaveCount(expected.length)
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected)
    await expect(page.locator(`[data-cal-list] a[href="${far[0]!.row[0]}"]`)).toHaveCount(0)
    await expect(page.locator('[data-cal-list] .cal-item__distance').first()).toHaveText(/^\d+([,.]\d)?\s(км|м)$/)
    // The position itself never goes into the URL.
    expect(page.url()).not.toMatch(/42\.3|69\.5/)
  })
})

test('a settlement in the URL is shareable; an unknown radius is ignored', async ({ page, request }) => {
  const { index, rows } = await upcomingIndex(request)
  await page.goto(`/ru/events/?near=${encodeURIComponent('Шымкент')}&radius=50`)
  const form = page.locator('[data-cal-filters]')
  await expect(form.locator('input[name="near"]')).toHaveValue('Шымкент')
  await expect(form.locator('select[name="radius"]')).toHaveValue('50')
  await expect(page.locator(`[data-cal-list] a[href="${href}"]`)).toHaveCount(1)
  const inShymkent = page.locator('[data-cal-list] .cal-item__title')
  // The index and the page from the same build: another test's edit can publish between the two reads.
  await expect(async () => {
    const now = await upcomingIndex(request)
    expect(await inShymkent.count()).toBeLessThan(nearRows(now.index, now.rows, origin, undefined, false).length)
  }).toPass({ timeout: 30_000 })

  await page.goto(`/ru/events/?near=${encodeURIComponent('Шымкент')}&radius=7&online=1`)
  await expect(form.locator('select[name="radius"]')).toHaveValue('')
  await expect(form.locator('input[name="online"]')).toBeChecked()
  await expect(inShymkent).toHaveCount(nearRows(index, rows, origin, undefined, true).length)
})

test.describe('geolocation denied', () => {
  test.use({ permissions: [] })
  test('says so and moves to the settlement field', async ({ page }) => {
    await page.goto('/ru/events/')
    const form = page.locator('[data-cal-filters]')
    await form.locator('summary').click()
    await form.locator('[data-cal-locate]').click()
    await expect(page.locator('[data-cal-status]')).toHaveText(/Введите населённый пункт/)
    await expect(form.locator('input[name="near"]')).toBeFocused()
  })
})
