import { expect, test } from '@playwright/test'

import { admin } from './support'

const cmsUrl = `http://127.0.0.1:${process.env.E2E_CMS_PORT}`

// The admin must keep working under the CMS's Content-Security-Policy: any script, style, font or
// connection it refuses shows up as a console error ("Refused to …") or a securitypolicyviolation.
test('the admin loads and signs in under the CMS security headers, with no CSP violation', async ({ page, request }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`))
  })

  const response = await request.get(`${cmsUrl}/admin/login`)
  const headers = response.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['strict-transport-security']).toBeUndefined()
  const overHttps = await request.get(`${cmsUrl}/api/regions?limit=1`, { headers: { 'x-forwarded-proto': 'https' } })
  expect(overHttps.headers()['strict-transport-security']).toContain('max-age=')

  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('input[name="email"]', admin.email)
  await page.fill('input[name="password"]', admin.password)
  await page.click('button[type="submit"]')
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 60_000 })
  await expect(page.locator('.dashboard, [class*="dashboard"]').first()).toBeVisible()
  // An edit view with the rich-text editor and date pickers, the heaviest admin page.
  await page.goto(`${cmsUrl}/admin/collections/events/create`)
  await expect(page.locator('[data-lexical-editor="true"]').first()).toBeVisible({ timeout: 60_000 })
  expect(violations).toEqual([])
})
