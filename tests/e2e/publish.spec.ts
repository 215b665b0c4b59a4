import { expect, test } from '@playwright/test'

import { admin, adminToken, bearer, waitForStatus } from './support'

// An organizer whose laptop is set to Moscow time (UTC+3): the admin's date pickers still
// mean Kazakhstan time, so 10:00 entered is 10:00 on the site.
test.use({ timezoneId: 'Europe/Moscow', locale: 'ru-RU' })

test('an organizer publishes an event in Kazakh and Russian; it appears on the site, and unpublishing removes it', async ({ page, request }) => {
  const stamp = Date.now().toString(36)
  const kkTitle = `Медиация негіздері семинары ${stamp}`
  const ruTitle = `Семинар по основам медиации ${stamp}`

  await page.goto('/admin/login')
  await page.fill('input[name="email"]', admin.email)
  await page.fill('input[name="password"]', admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)

  // Kazakh first: the default content language.
  await page.goto('/admin/collections/events/create?locale=kk')
  await page.fill('#field-title', kkTitle)
  await page.fill('#field-summary', 'Қоғамдық медиаторларға арналған ашық семинар.')
  const startsAt = page.locator('#field-startsAt input').first()
  await startsAt.click()
  await startsAt.fill('15.01.2027 10:00')
  await startsAt.press('Enter')
  await page.fill('#field-title', kkTitle)
  await page.click('#action-save-draft')
  await page.waitForURL(/\/admin\/collections\/events\/\d+/)
  const editUrl = page.url().split('?')[0]!

  // Then Russian, and publish.
  await page.goto(`${editUrl}?locale=ru`)
  await page.fill('#field-title', ruTitle)
  await page.fill('#field-summary', 'Открытый семинар для общественных медиаторов.')
  await page.click('#action-save')
  await expect(page.locator('.status__value')).toHaveText(/Published|Опубликовано/)
  const slug = await page.inputValue('#field-slug')
  expect(slug).toMatch(/^mediatsiya-negizderi-seminary-/)

  // Within a minute the debounced rebuild puts it on the site, in both languages.
  await waitForStatus(request, `/kk/events/${slug}/`, 200, 60_000)
  await page.goto(`/kk/events/${slug}/`)
  await expect(page.locator('h1')).toHaveText(kkTitle)
  await expect(page.locator('time').first()).toContainText('10:00')
  await page.goto(`/ru/events/${slug}/`)
  await expect(page.locator('h1')).toHaveText(ruTitle)
  await page.goto('/ru/events/')
  await expect(page.getByRole('link', { name: ruTitle })).toBeVisible()

  // Unpublish from the document's menu.
  await page.goto(editUrl)
  await page.locator('.doc-controls__popup button.popup-button, .doc-controls__dots').first().click()
  await page.getByRole('button', { name: /^(Unpublish|Отменить публикацию)$/ }).click()
  await page.getByRole('button', { name: /^(Confirm|Подтвердить)$/ }).click()
  await expect(page.locator('.status__value')).toHaveText(/Draft|Черновик/)

  await waitForStatus(request, `/kk/events/${slug}/`, 404, 60_000)
  await page.goto('/ru/events/')
  await expect(page.getByRole('link', { name: ruTitle })).toHaveCount(0)

  // Admins see what is live and how the last build went (a queued rebuild may still be running).
  const headers = bearer(await adminToken(request))
  const readStatus = async () => (await request.get('/api/globals/site-build', { headers })).json()
  await expect.poll(async () => (await readStatus()).state, { timeout: 60_000 }).toBe('succeeded')
  const body = await readStatus()
  expect(body.liveBuild).toBeTruthy()
  expect(body.pagesPerLocale.kk).toBeGreaterThan(50)

  // The dashboard tells admins the same, in the admin's language.
  await page.goto('/admin')
  const panel = page.getByTestId('site-build-status')
  await expect(panel).toContainText(/Последняя успешная сборка|Last successful build/)
  await expect(panel).toContainText(/kk \d+, ru \d+, en \d+/)
})
