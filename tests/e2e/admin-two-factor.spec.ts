import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'

import { adminToken, bearer } from './support'

// A moderator in the Kazakh admin turns on two-factor sign-in with an authenticator app (the code
// is computed here, as the app would) and signs in with it; without the code the admin stays shut.
test.use({ locale: 'kk-KZ', extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9,ru;q=0.7' } })

const codeAt = (secret: string, step: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: step * 30_000 + 15_000 })
const stepNow = () => Math.floor(Date.now() / 30_000)

test('two-factor sign-in in the Kazakh admin: set up with a QR code, then sign in with a TOTP code', async ({ page, request }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })

  const email = `e2e-2fa-${Date.now().toString(36)}@kelisim.local`
  const password = 'steppe wind 2fa passphrase'
  const created = await request.post('/api/users', { headers: bearer(await adminToken(request)), data: { email, password, roles: ['moderator'] } })
  expect(created.ok(), await created.text()).toBeTruthy()

  // First sign-in: no two-factor yet, the code field stays empty.
  await page.goto('/admin/login')
  await expect(page.locator('label[for="field-totp"]')).toContainText('Қолданбадағы код')
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })

  // The account sidebar links to the setup page.
  await page.goto('/admin/account')
  await expect(page.getByTestId('two-factor-field')).toContainText('Екі факторлы кіру өшірулі.')
  await page.getByTestId('two-factor-field').getByRole('link', { name: 'Екі факторлы кіруді баптау' }).click()
  await page.waitForURL(/\/admin\/two-factor$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Екі факторлы кіру')
  await page.getByRole('button', { name: 'Баптауды бастау' }).click()
  const qr = page.getByTestId('two-factor-qr')
  await expect(qr).toBeVisible()
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  const secret = (await page.getByTestId('two-factor-secret').textContent())!.trim()
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)

  // A wrong code is refused in Kazakh; the app's current code turns it on.
  await page.fill('#two-factor-code', '000000')
  await page.getByRole('button', { name: 'Қосу' }).click()
  await expect(page.getByTestId('two-factor').getByRole('alert')).toContainText('Код дұрыс емес')
  const confirmStep = stepNow()
  await page.fill('#two-factor-code', codeAt(secret, confirmStep))
  await page.getByRole('button', { name: 'Қосу' }).click()
  await expect(page.getByTestId('two-factor-recovery-codes').locator('li')).toHaveCount(10)

  // Signed out, the password alone no longer opens the admin…
  await page.goto('/admin/logout')
  await page.waitForURL(/\/admin\/login/, { timeout: 60_000 })
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  // The same words as a wrong password: nothing says the password was right.
  await expect(page.locator('[data-sonner-toast]').first()).toContainText('Электрондық пошта немесе құпиясөз қате.')
  expect(page.url()).toContain('/admin/login')

  // …the password with the app's next code does (the confirming code was used up).
  await page.fill('input[name="totp"]', codeAt(secret, Math.max(confirmStep + 1, stepNow())))
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await page.goto('/admin/account')
  await expect(page.getByTestId('two-factor-field')).toContainText('Екі факторлы кіру қосулы')
  expect(violations).toEqual([])

  // The refusal is one line in the CMS's own log file (rotated by size, readable by its owner only).
  const cmsLog = path.join(process.env.E2E_DATA_DIR!, 'logs', 'cms.log')
  expect((fs.statSync(cmsLog).mode & 0o777).toString(8)).toBe('600')
  await expect.poll(() => fs.readFileSync(cmsLog, 'utf8')).toContain('sign-in refused: reason=missing-code ip=')
})
