import { expect, test } from '@playwright/test'

// Fixed positions: central Shymkent and central Aktobe. The nearest office is that city's House of
// Friendship (seed data, placed at the city centre).
const places = [
  { city: 'Shymkent', position: { latitude: 42.345, longitude: 69.585 }, slug: 'shymkent-house-of-friendship' },
  { city: 'Aktobe', position: { latitude: 50.2797, longitude: 57.2072 }, slug: 'aktobe-house-of-friendship' },
]

for (const lang of ['kk', 'ru'] as const) {
  for (const place of places) {
    test.describe(`near me in ${place.city} (${lang})`, () => {
      test.use({ geolocation: place.position, permissions: ['geolocation'] })
      test('lists the nearest office first, with its distance', async ({ page }) => {
        await page.goto(`/${lang}/offices/`)
        await page.locator('[data-finder-locate]').click()
        const first = page.locator('.finder__result').first()
        await expect(first.locator('a')).toHaveAttribute('href', `/${lang}/offices/${place.slug}/`)
        await expect(first.locator('.finder__distance')).toHaveText(/\d+([,.]\d)?\s(км|м)$/)
        await expect(first.locator('.open-state')).not.toBeEmpty()
      })
    })
  }
}

test.describe('the next open-door day', () => {
  test.use({ geolocation: places[0]!.position, permissions: ['geolocation'] })
  test('finds the nearest participating office from its own page (kk)', async ({ page, request }) => {
    // The home page names the next open-door day; every office takes part in it.
    await page.goto('/kk/')
    const next = await page.locator('[aria-labelledby="next-open-door"] a[href^="/kk/open-door-days/"]').first().getAttribute('href')
    expect(next).toBeTruthy()
    expect((await request.get(next!)).status()).toBe(200)
    await page.goto(next!)
    await page.locator('[data-finder-locate]').click()
    await expect(page.locator('.finder__result').first().locator('a')).toHaveAttribute('href', `/kk/offices/${places[0]!.slug}/`)
  })
})

test.describe('geolocation denied', () => {
  test.use({ permissions: [] })
  test('falls back to the settlement search with a message', async ({ page }) => {
    await page.goto('/ru/offices/')
    await page.locator('[data-finder-locate]').click()
    await expect(page.locator('[data-finder-status]')).toHaveText(/Введите населённый пункт/)
    await expect(page.locator('#finder-place')).toBeFocused()
  })
})

test('a settlement typed with Russian letters finds the Turkistan office', async ({ page }) => {
  await page.goto('/kk/offices/')
  await page.fill('#finder-place', 'Туркистан')
  await page.locator('[data-finder-place] button[type="submit"]').click()
  await expect(page.locator('.finder__result').first().locator('a')).toHaveAttribute('href', '/kk/offices/turkistan-house-of-friendship/')
  await expect(page.locator('[data-finder-status]')).toContainText('Түркістан')
})

test('an unknown settlement says so', async ({ page }) => {
  await page.goto('/en/offices/')
  await page.fill('#finder-place', 'Atlantis')
  await page.locator('[data-finder-place] button[type="submit"]').click()
  await expect(page.locator('[data-finder-status]')).toContainText('No settlement “Atlantis” found')
})

test('the map loads only when asked for', async ({ page }) => {
  const leaflet: string[] = []
  page.on('request', (r) => void (/finder-map|leaflet/.test(r.url()) && leaflet.push(r.url())))
  // Tiles are not reachable offline; the page must not depend on them.
  await page.route('https://tile.openstreetmap.org/**', (route) => route.abort())
  await page.goto('/ru/offices/')
  await page.fill('#finder-place', 'Актобе')
  await page.locator('[data-finder-place] button[type="submit"]').click()
  await expect(page.locator('.finder__result').first()).toBeVisible()
  expect(leaflet).toEqual([])
  await page.locator('[data-finder-map-button]').click()
  await expect(page.locator('.finder__map .leaflet-interactive').first()).toBeVisible()
  expect(leaflet.length).toBeGreaterThan(0)
})

test('an office page says whether it is open, from its schedule in Kazakhstan time', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T05:00:00Z')) // Tuesday 10:00 in Almaty
  await page.goto('/ru/offices/shymkent-crisis-centre/')
  await expect(page.locator('[data-open-state]')).toHaveText(/^Сейчас открыто, до \d\d:\d\d\. Сегодня: /)
  // An office without a schedule never says "open".
  await page.goto('/ru/offices/astana-house-of-friendship/')
  await expect(page.locator('[data-open-state]')).toHaveText(/Часы приёма неизвестны/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('region → settlement → office works as plain links', async ({ page }) => {
    await page.goto('/kk/offices/')
    await expect(page.locator('[data-finder-controls]')).toBeHidden()
    await page.getByRole('link', { name: 'Түркістан облысы' }).click()
    await expect(page).toHaveURL(/\/kk\/offices\/region\/turkistan\/$/)
    await page.locator('nav[aria-labelledby="settlements"] a').first().click()
    await page.locator('a[href="/kk/offices/turkistan-house-of-friendship/"]').click()
    await expect(page.locator('h1')).toContainText('Түркістан')
    await expect(page.locator('[data-open-state]')).toHaveText(/белгісіз/)
  })
})

test('search: "Туркистан" typed on a Russian keyboard finds the Türkistan office, labelled as an office', async ({ page }) => {
  await page.goto('/kk/search/?q=Туркистан')
  const hit = page.locator('.search-results li').filter({ has: page.locator('a[href="/kk/offices/turkistan-house-of-friendship/"]') })
  await expect(hit).toBeVisible()
  await expect(hit.locator('.badge')).toHaveText('Кабинет')
  // Filtered to events, the office is gone.
  await page.goto('/kk/search/?q=Туркистан&kind=event')
  await expect(page.locator('[role="status"]')).not.toHaveText('Іздеу…')
  await expect(page.locator('a[href="/kk/offices/turkistan-house-of-friendship/"]')).toHaveCount(0)
})

test('the mediator directory filters by language and specialization at once', async ({ page }) => {
  await page.goto('/en/mediators/')
  const rows = page.locator('[data-directory-list] .mediator-row')
  await expect(rows.first()).toBeVisible()
  const all = await rows.count()
  await page.selectOption('select[name="language"]', 'en')
  await page.selectOption('select[name="specialization"]', 'family')
  await expect(page).toHaveURL(/language=en/)
  const filtered = await rows.allTextContents()
  expect(filtered.length).toBeGreaterThan(0)
  expect(filtered.length).toBeLessThanOrEqual(all)
  for (const text of filtered) expect(text).toContain('Family disputes')
})

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the form still answers, forgiving the keyboard', async ({ page }) => {
    await page.goto('/ru/search/')
    await page.fill('#q', 'Туркистан')
    await page.click('form[role="search"] button[type="submit"]')
    await expect(page).toHaveURL(/\/api\/site-search\?/)
    await expect(page.locator('a[href="/ru/offices/turkistan-house-of-friendship/"]')).toBeVisible()
  })
  test('the mediator directory has its lists by region', async ({ page }) => {
    await page.goto('/ru/mediators/')
    await expect(page.locator('[data-directory]')).toBeHidden()
    await page.locator('nav[aria-labelledby="mediator-regions"] a').first().click()
    await expect(page.locator('.mediator-list li').first()).toBeVisible()
  })
})
