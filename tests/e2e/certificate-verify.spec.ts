import fs from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser } from '@playwright/test'

import { certificateWords } from '../../cms/core/certificate'
import { viewports, wcagTags } from './budgets-support'
import { adminToken, bearer, publishOpenEvent, registrationsFor } from './support'

/**
 * The certificate verify page through the public site server, without JavaScript: an organizer
 * sends a certificate (the real job runner mails it as an .eml file), and /kk/verify/<code>/ and
 * /ru/verify/<code>/ confirm it — a page rendered by the CMS per request, so it finds a certificate
 * issued after the last site build. An unknown code is a 404 page in the page's language. The page
 * is dynamic, so the budgets' walk over built pages never sees it: axe runs here, at both sizes.
 */

const slug = `e2e-cert-${Date.now().toString(36)}`
const mailDir = path.join(process.env.E2E_DATA_DIR!, 'mail')
const titles = { kk: 'Сертификат сынағы: медиация негіздері', ru: 'Проверка сертификата: основы медиации' }
let code = ''

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000)
  const token = await adminToken(request)
  const eventId = await publishOpenEvent(request, token, slug, titles)
  const registered = await request.post('/api/register', {
    headers: { accept: 'application/json' },
    form: { event: slug, lang: 'kk', name: 'Әлия Жаңабаева', email: `aliya-${slug}@example.kz`, consent: 'on' },
  })
  expect(registered.status(), await registered.text()).toBe(201)
  const [registration] = (await registrationsFor(request, token, eventId)) as unknown as Array<{ id: number }>
  const attended = await request.patch(`/api/registrations/${registration!.id}`, { headers: bearer(token), data: { status: 'attended' } })
  expect(attended.ok(), await attended.text()).toBeTruthy()
  const send = await request.post('/api/registrations/send-certificates', { headers: bearer(token), data: { registration: registration!.id, lang: 'kk' } })
  expect(send.status(), await send.text()).toBe(202)
  // The CMS's e-mail runner takes the job within seconds and writes the message with its PDF.
  await expect
    .poll(
      async () => {
        const doc = await (await request.get(`/api/registrations/${registration!.id}?depth=0`, { headers: bearer(token) })).json()
        code = doc.certificateCode ?? ''
        const sent = fs.existsSync(mailDir) && fs.readdirSync(mailDir).some((f) => f.endsWith('.eml') && fs.readFileSync(path.join(mailDir, f), 'utf8').includes(`certificate-${code}.pdf`))
        return Boolean(code) && sent
      },
      { timeout: 90_000, intervals: [1000, 2000] },
    )
    .toBe(true)
})

test.use({ javaScriptEnabled: false })

/** axe runs its script in the page, which a context without JavaScript refuses: it checks in its own context. */
async function axeAtBothSizes(browser: Browser, url: string) {
  // Contexts inherit this file's `javaScriptEnabled: false` unless told otherwise.
  const context = await browser.newContext({ javaScriptEnabled: true })
  const page = await context.newPage()
  try {
    await page.goto(url)
    const found: string[] = []
    for (const [name, size] of Object.entries(viewports)) {
      await page.setViewportSize(size)
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
      found.push(...violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
    }
    return found
  } finally {
    await context.close()
  }
}

test('the verify page confirms the certificate in kk and ru without JavaScript, and is axe-clean', async ({ page, browser }) => {
  for (const lang of ['kk', 'ru'] as const) {
    const response = await page.goto(`/${lang}/verify/${code}/`)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['x-robots-tag']).toBe('noindex')
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.locator('h1')).toHaveText(certificateWords[lang].genuineTitle)
    await expect(page.locator('main')).toContainText('Әлия Жаңабаева')
    await expect(page.locator('main')).toContainText(titles[lang])
    await expect(page.locator('main')).toContainText(code)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
    // The site's own stylesheet applies (served by the site, CSP 'self').
    expect(await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid')
    expect(await axeAtBothSizes(browser, `/${lang}/verify/${code}/`)).toEqual([])
  }
  // The language switch keeps the check.
  await page.goto(`/kk/verify/${code}/`)
  await page.locator('.lang-switch a[hreflang="en"]').click()
  await expect(page).toHaveURL(new RegExp(`/en/verify/${code}/$`))
  await expect(page.locator('h1')).toHaveText(certificateWords.en.genuineTitle)
})

test('an unknown code is a 404 page in the page language', async ({ page, browser }) => {
  const response = await page.goto('/kk/verify/KLS-ZZZZ-ZZZZ-ZZZZ-ZZZZ/')
  expect(response?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText(certificateWords.kk.unknownTitle)
  const ru = await page.goto('/ru/verify/not-a-code/')
  expect(ru?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText(certificateWords.ru.unknownTitle)
  expect(await axeAtBothSizes(browser, '/ru/verify/not-a-code/')).toEqual([])
})
