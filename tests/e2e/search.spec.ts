import { expect, test } from '@playwright/test'

// «Достық керуені» / «Караван дружбы»: the 2023 village meetings in Jambyl region (seed data).
test('search finds an event by a word of its Kazakh title on /kk/', async ({ page }) => {
  await page.goto('/kk/search/?q=керуені')
  const results = page.locator('.search-results li a')
  await expect(results.first()).toBeVisible()
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(hrefs.some((h) => h?.startsWith('/kk/events/caravan-of-friendship-'))).toBe(true)
  // Kazakh search stays within Kazakh pages.
  expect(hrefs.every((h) => h?.startsWith('/kk/'))).toBe(true)
})

test('search finds the same event by a word of its Russian title on /ru/', async ({ page }) => {
  await page.goto('/ru/search/')
  await page.fill('#q', 'Караван')
  await page.click('form[role="search"] button[type="submit"]')
  await expect(page).toHaveURL(/\/ru\/search\/\?q=/)
  const results = page.locator('.search-results li a')
  await expect(results.first()).toBeVisible()
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(hrefs.some((h) => h?.startsWith('/ru/events/caravan-of-friendship-'))).toBe(true)
  expect(hrefs.every((h) => h?.startsWith('/ru/'))).toBe(true)
  await expect(page.locator('#q')).toHaveValue('Караван')
})

test('a search with no match says so in the page language', async ({ page }) => {
  await page.goto('/en/search/?q=zzzqqqxxx')
  await expect(page.getByRole('status')).toHaveText('Nothing found for “zzzqqqxxx”.')
})
