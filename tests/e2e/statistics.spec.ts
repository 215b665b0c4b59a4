import { expect, test } from '@playwright/test'

/**
 * The statistics page as a journalist or an organizer reads it: the client's Q3 2023 report in the
 * page's language, charts that are titled images, tables with the same numbers, CSV files that download.
 */

// Numbers as each language writes them (Intl): kk and ru group thousands with a no-break space.
const q3 = { appeals: 1724, court: 161, consultations: 1081, agreements: 643, events: 345, reached: 12223, publications: 546, mediators: 1596 }
const nbsp = (n: number) => new Intl.NumberFormat('ru-RU').format(n)

for (const [lang, heading, appealsLabel] of [
  ['kk', '2023 ж. III тоқсан', 'Өтініштер'],
  ['ru', 'III квартал 2023 г.', 'Обращения'],
] as const) {
  test(`the statistics page shows the Q3 2023 figures of the client's report in ${lang}`, async ({ page }) => {
    const response = await page.goto(`/${lang}/statistics/`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    const latest = page.locator('section[aria-labelledby="latest"]')
    await expect(latest.locator('h2')).toContainText(heading)
    const value = (label: string) => latest.locator('tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) }).locator('td')
    await expect(value(appealsLabel)).toHaveText(nbsp(q3.appeals))
    for (const n of Object.values(q3)) await expect(latest.locator('td', { hasText: new RegExp(`^${nbsp(n)}$`) }).first()).toBeVisible()
    // Its source, named in the page's language.
    await expect(latest.locator('.stats-source')).toContainText(lang === 'ru' ? 'Справка о деятельности кабинетов медиации АНК за 3 квартал 2023 г.' : 'ҚХА медиация кабинеттерінің')
    // The chart of how the appeals were resolved: a titled image whose bars follow the numbers.
    const svg = latest.locator('svg[role="img"]')
    await expect(svg.locator('title')).toHaveCount(1)
    const widths = await svg.locator('rect.chart__bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))))
    expect(widths[1]! / widths[0]!).toBeCloseTo(q3.agreements / q3.consultations, 2)
    // The open-door day of 4 August 2023, rolled up from its results.
    await expect(page.locator('section[aria-labelledby="open-door"] td', { hasText: nbsp(1937) }).first()).toBeVisible()
  })
}

test('each table has its CSV file, in the page language, with the report’s numbers', async ({ page, request }) => {
  await page.goto('/ru/statistics/')
  const links = page.locator('a[href$=".csv"]')
  await expect(links).toHaveCount(3)
  const figures = await request.get('/ru/statistics/figures.csv')
  expect(figures.status()).toBe(200)
  expect(figures.headers()['content-type']).toContain('text/csv')
  const text = await figures.text()
  expect(text).toContain('Обращения')
  const q3line = text.split('\r\n').find((l) => l.startsWith('Весь Казахстан,III квартал 2023 г.'))!
  for (const n of [1724, 161, 1081, 643, 345, 12223, 546]) expect(q3line.split(',')).toContain(String(n))
  const openDoor = await (await request.get('/kk/statistics/open-door-days.csv')).text()
  expect(openDoor).toContain('2023-08-04,21,228,584,1937,1852,34,51')
})

test('the home page gives each figure its period and source, and links to the statistics', async ({ page }) => {
  await page.goto('/en/')
  const items = page.locator('.stats__item')
  await expect(items).toHaveCount(4)
  for (const item of await items.all()) await expect(item.locator('.stats__meta')).toContainText('Q3 2023. Report on the activity of the APK mediation offices, Q3 2023')
  await expect(items.first().locator('.stats__value')).toHaveText('485')
  await page.getByRole('link', { name: 'All statistics' }).click()
  await expect(page).toHaveURL(/\/en\/statistics\/$/)
})
