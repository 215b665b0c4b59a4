import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'

import { joinEventIndex, monthsToLoad, type EventIndexManifest, type EventIndexMonth } from '../../cms/core/eventIndex'
import { almatyDay } from '../../cms/core/format'
import { builtSite, refreshBuiltSite } from './budgets-support'
import { admin } from './support'

/**
 * The event calendar in a real browser: month navigation with JavaScript off, the filters in kk and
 * ru (region and kind, in the URL, unknown values ignored; only the index months a date range needs
 * are downloaded), and every built .ics read back by ical.js.
 */

test.beforeAll(() => refreshBuiltSite())

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the month grid goes back and forth by plain links; the list pages and the archive page', async ({ page }) => {
    await page.goto('/ru/events/')
    await page.getByRole('navigation', { name: 'Виды календаря' }).getByRole('link', { name: 'По месяцам' }).click()
    await expect(page).toHaveURL(/\/ru\/events\/\d{4}-\d{2}\/$/)
    const month = page.url().match(/(\d{4}-\d{2})\/$/)![1]!
    await expect(page.locator('table.cal-grid')).toBeVisible()
    // The filters need the script: without it the form stays hidden.
    await page.goto('/ru/events/')
    await expect(page.locator('[data-cal-filters]')).toBeHidden()

    await page.goto(`/ru/events/${month}/`)
    await page.locator('.cal-monthnav a[rel="prev"]').click()
    const [y, m] = month.split('-').map(Number) as [number, number]
    const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
    await expect(page).toHaveURL(new RegExp(`/ru/events/${prev}/$`))
    await page.locator('.cal-monthnav a[rel="next"]').click()
    await expect(page).toHaveURL(new RegExp(`/ru/events/${month}/$`))

    // The open-door day of 6 November 2026 sits on its day in the Kazakh month grid.
    await page.goto('/kk/events/2026-11/')
    await expect(page.locator('#d2026-11-06')).toBeVisible()
    await expect(page.locator('#d2026-11-06 + dd a')).toHaveAttribute('href', '/kk/open-door-days/open-door-day-2026-q4/')
    await page.locator('a[href="#d2026-11-06"]').click()
    await expect(page).toHaveURL(/#d2026-11-06$/)

    await page.goto('/en/events/archive/')
    await expect(page.locator('.cal-item').first()).toBeVisible()
  })
})

for (const lang of ['kk', 'ru'] as const) {
  test(`filters by region and kind in ${lang}, keep them in the URL and ignore unknown values`, async ({ page, request }) => {
    const manifest = (await (await request.get(`/${lang}/events/index.json`)).json()) as EventIndexManifest
    const parts = await Promise.all(manifest.months.map(async ([month]) => (await (await request.get(`/${lang}/events/index/${month}.json`)).json()) as EventIndexMonth))
    const index = joinEventIndex(manifest, parts)
    const now = Date.now() / 60_000
    const rows = index.rows.filter((r) => r[2] + r[3] >= now)
    const withRegion = rows.find((r) => r[4] >= 0)
    test.skip(!withRegion, 'no upcoming event with a region in the data')
    const [region, regionName] = index.regions[withRegion![4]]!
    const [kind, kindName] = index.kinds[withRegion![5]]!
    const expected = rows.filter((r) => r[4] === withRegion![4] && r[5] === withRegion![5]).map((r) => r[0])

    await page.goto(`/${lang}/events/`)
    const form = page.locator('[data-cal-filters]')
    await expect(form).toBeVisible()
    await form.locator('summary').click()
    await form.locator('select[name="region"]').selectOption(region)
    await form.locator('select[name="kind"]').selectOption(kind)
    await expect(page).toHaveURL(new RegExp(`region=${region}`))
    await expect(page).toHaveURL(new RegExp(`kind=${kind}`))
    const links = page.locator('[data-cal-list] .cal-item__title')
    await expect(links).toHaveCount(expected.length)
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected)
    await expect(page.locator('[data-cal-list] .cal-item').first()).toContainText(regionName)
    await expect(page.locator('[data-cal-list] .badge').first()).toHaveText(kindName)

    // The same URL, shared, shows the same list; a value the index does not know is ignored.
    await page.goto(`/${lang}/events/?region=${region}&kind=${kind}&format=teleport&from=yesterday`)
    await expect(links).toHaveCount(expected.length)
    await expect(form.locator('select[name="format"]')).toHaveValue('')
    await page.goto(`/${lang}/events/?region=nowhere`)
    await expect(form.locator('select[name="region"]')).toHaveValue('')
    await expect(page.locator('[data-cal-list] .cal-month').first()).toBeVisible()

    // A date range downloads the manifest and only the months it can match.
    const day = almatyDay(new Date(withRegion![2] * 60_000))
    const fetched: string[] = []
    page.on('request', (r) => {
      const month = /\/events\/index\/(\d{4}-\d{2})\.json$/.exec(new URL(r.url()).pathname)?.[1]
      if (month) fetched.push(month)
    })
    await page.goto(`/${lang}/events/?from=${day}&to=${day}`)
    await expect(page.locator('[data-cal-status]')).not.toBeEmpty()
    expect(fetched.length).toBeGreaterThan(0)
    expect(monthsToLoad(manifest, { from: day, to: day }, almatyDay(new Date()))).toEqual(expect.arrayContaining(fetched))

    // Reset puts the page's own list back.
    await page.goto(`/${lang}/events/?kind=${kind}`)
    await expect(page.locator('[data-cal-status]')).not.toBeEmpty()
    await form.locator('button[type="reset"]').click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/events/$`))
    await expect(page.locator('[data-cal-list] .cal-month').first()).toBeVisible()
  })
}

test('every built .ics parses; UIDs are unique per file and times are exact', () => {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.ics')) files.push(full)
    }
  }
  walk(builtSite())
  expect(files.length).toBeGreaterThan(30)
  let openDoor2026: Date | undefined
  for (const file of files) {
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')))
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    const uids = events.map((e) => e.uid)
    expect(new Set(uids).size, file).toBe(uids.length)
    for (const event of events) {
      expect(event.uid, file).toMatch(/^(event|open-door-day)-\d+@kelisim\.kz$/)
      expect(event.component.getFirstPropertyValue('dtstamp'), file).toBeTruthy()
      expect(['CONFIRMED', 'TENTATIVE', 'CANCELLED']).toContain(event.component.getFirstPropertyValue('status'))
      expect(event.sequence, file).toBeGreaterThanOrEqual(0)
      if (file.endsWith(path.join('kk', 'open-door-days', 'open-door-day-2026-q4', 'event.ics'))) openDoor2026 = event.startDate.toJSDate()
    }
  }
  // 10:00 in Almaty on 6 November 2026 is 05:00Z.
  expect(openDoor2026?.toISOString()).toBe('2026-11-06T05:00:00.000Z')
})

test('on a 360×740 phone the header is compact: the page heading starts in the top third', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  for (const url of ['/kk/events/', '/ru/offices/', '/kk/']) {
    await page.goto(url)
    const header = await page.locator('header.site-header').boundingBox()
    const heading = await page.locator('main h1').boundingBox()
    expect(header!.height, url).toBeLessThanOrEqual(130)
    expect(heading!.y, url).toBeLessThan(740 / 3)
  }
  await context.close()
})

test('the admin generates the open-door days from the rule in one action', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/admin/login')
  await page.fill('input[name="email"]', admin.email)
  await page.fill('input[name="password"]', admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)

  await page.goto('/admin/collections/open-door-days')
  const generate = page.getByTestId('generate-open-door-days')
  await expect(generate).toBeVisible()
  await generate.getByRole('button').click()
  await page.waitForURL(/\/admin\/collections\/open-door-days\?generated=\d+/)
  await expect(page.getByTestId('generate-open-door-days').getByRole('status')).toBeVisible()
})
