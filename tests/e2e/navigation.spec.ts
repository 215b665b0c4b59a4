import { expect, test } from '@playwright/test'

const sections = ['', 'events/', 'offices/', 'mediators/', 'publications/', 'about/', 'faq/', 'search/']

test('the root sends visitors to Kazakh, the default language', async ({ browser }) => {
  // A browser that prefers none of the three languages.
  const context = await browser.newContext({ locale: 'de-DE', extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9' } })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/kk\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await context.close()
})

test('the root honours a Russian browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9' } })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/ru\/$/)
  await context.close()
})

for (const lang of ['kk', 'ru', 'en']) {
  test(`every section exists in ${lang}, with a heading and hreflang alternates`, async ({ page }) => {
    for (const section of sections) {
      const response = await page.goto(`/${lang}/${section}`)
      expect(response?.status(), `/${lang}/${section}`).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('h1')).toHaveCount(1)
      for (const alt of ['kk-KZ', 'ru-RU', 'en-GB']) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${alt}"]`)).toHaveCount(1)
      }
    }
  })
}

test('the language switch keeps the same page', async ({ page }) => {
  await page.goto('/kk/offices/region/astana/')
  const firstOffice = page.locator('.card__title a').first()
  const href = await firstOffice.getAttribute('href')
  await firstOffice.click()
  await expect(page).toHaveURL(href!)
  await page.locator('.lang-switch a[hreflang="ru"]').click()
  await expect(page).toHaveURL(href!.replace('/kk/', '/ru/'))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await page.locator('.lang-switch a[hreflang="en"]').click()
  await expect(page).toHaveURL(href!.replace('/kk/', '/en/'))
  await expect(page.locator('.lang-switch a[aria-current="true"]')).toHaveText('English')
})

test('a document without an English translation says so and shows the Russian text', async ({ page }) => {
  await page.goto('/en/events/training-invitation-to-mediation-2021-09-13/')
  const notice = page.locator('.notice--fallback')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Russian')
  await expect(page.locator('article[lang="ru"] h1')).not.toBeEmpty()
  // The same page in Russian needs no notice.
  await page.goto('/ru/events/training-invitation-to-mediation-2021-09-13/')
  await expect(page.locator('.notice--fallback')).toHaveCount(0)
})

test('events, offices and static pages render real content', async ({ page }) => {
  // Past events live in the calendar's archive (the seed's events are 2021–2023), the list shows what is ahead.
  await page.goto('/ru/events/archive/')
  await expect(page.locator('.cal-item .cal-item__title').first()).toBeVisible()
  await page.goto('/ru/events/')
  await expect(page.locator('.cal-item').first()).toBeVisible()
  await page.goto('/ru/offices/')
  // One link per region with offices (20 regions and cities of republican significance).
  expect(await page.locator('nav[aria-labelledby="region-index"] a').count()).toBeGreaterThanOrEqual(17)
  await page.goto('/ru/offices/region/astana/')
  expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(2)
  await page.goto('/kk/about/')
  await expect(page.locator('.prose h2').first()).toBeVisible()
})

test('the sitemap lists pages in all three languages with alternates', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml')
  expect(index.ok()).toBeTruthy()
  const sitemap = await (await request.get('/sitemap-0.xml')).text()
  for (const lang of ['kk', 'ru', 'en']) expect(sitemap).toContain(`/${lang}/events/`)
  expect(sitemap).toContain('hreflang="kk-KZ"')
})

test('an unknown page answers 404 in the visitor’s language', async ({ page }) => {
  const response = await page.goto('/ru/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText('Страница не найдена')
})
