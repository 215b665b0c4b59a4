import { expect, test, type Page } from '@playwright/test'

import { adminToken, publishOpenEvent, registrationsFor, waitForStatus } from './support'

let token: string
let eventId: number
const slug = `e2e-registration-${Date.now().toString(36)}`

test.beforeAll(async ({ request }) => {
  token = await adminToken(request)
  eventId = await publishOpenEvent(request, token, slug, { kk: 'Тіркелу сынағы: медиация тренингі', ru: 'Проверка регистрации: тренинг по медиации' })
  await waitForStatus(request, `/ru/events/${slug}/`, 200)
})

async function fillForm(page: Page, values: { name?: string; email?: string; phone?: string; organization?: string; consent?: boolean }) {
  if (values.name !== undefined) await page.fill('#reg-name', values.name)
  if (values.email !== undefined) await page.fill('#reg-email', values.email)
  if (values.phone !== undefined) await page.fill('#reg-phone', values.phone)
  if (values.organization !== undefined) await page.fill('#reg-organization', values.organization)
  await page.selectOption('#reg-region', 'turkistan')
  if (values.consent) await page.check('#reg-consent')
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a participant registers with the plain form and gets a result page in Russian', async ({ page, request }) => {
    await page.goto(`/ru/events/${slug}/`)
    await fillForm(page, { name: 'Асель Бекова', email: 'asel.nojs@example.kz', phone: '+7 701 555 44 33', organization: 'ОО «Диалог»', consent: true })
    await page.click('form[data-registration-form] button[type="submit"]')
    await expect(page).toHaveURL(/\/api\/register$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.locator('h1')).toHaveText('Вы зарегистрированы')
    await expect(page.getByRole('link', { name: /Вернуться к мероприятию/ })).toHaveAttribute('href', `/ru/events/${slug}/`)
    const stored = await registrationsFor(request, token, eventId)
    expect(stored.map((r) => [r.name, r.email, r.locale])).toContainEqual(['Асель Бекова', 'asel.nojs@example.kz', 'ru'])
  })

  test('missing consent and a bad e-mail are explained in Kazakh, and nothing is stored', async ({ page, request }) => {
    const before = (await registrationsFor(request, token, eventId)).length
    await page.goto(`/kk/events/${slug}/`)
    // Skip the browser's own checks, as an old phone browser would, to reach the server's.
    await page.locator('form[data-registration-form]').evaluate((form) => form.setAttribute('novalidate', ''))
    await fillForm(page, { name: 'Нұрлан', email: 'nurlan@', consent: false })
    await page.click('form[data-registration-form] button[type="submit"]')
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
    await expect(page.locator('h1')).toHaveText('Тіркеу орындалмады')
    await expect(page.locator('.notice--error')).toContainText('Электрондық пошта мекенжайы дұрыс емес')
    await expect(page.locator('.notice--error')).toContainText('дербес деректерді өңдеуге келісім')
    expect((await registrationsFor(request, token, eventId)).length).toBe(before)
  })

  test('the consent text says who processes which data, why, for how long, and how to withdraw', async ({ page }) => {
    await page.goto(`/ru/events/${slug}/`)
    const details = page.locator('#reg-consent-details')
    for (const part of ['сеть кабинетов медиации', 'Цель', 'телефон', 'регион', 'мес. после мероприятия', 'ссылке отмены']) {
      await expect(details).toContainText(part)
    }
  })

  test('a bot that fills the hidden field is refused vaguely, and nothing is stored', async ({ page, request }) => {
    const before = (await registrationsFor(request, token, eventId)).length
    await page.goto(`/ru/events/${slug}/`)
    await expect(page.locator('input[name="website"]')).toBeHidden()
    await fillForm(page, { name: 'Spam Bot', email: 'bot.nojs@example.kz', consent: true })
    await page.locator('input[name="website"]').evaluate((input: HTMLInputElement) => (input.value = 'http://spam.example'))
    await page.click('form[data-registration-form] button[type="submit"]')
    await expect(page.locator('h1')).toHaveText('Регистрация не выполнена')
    await expect(page.locator('.notice--error')).toContainText('Форма не принята')
    expect((await registrationsFor(request, token, eventId)).length).toBe(before)
  })
})

test.describe('with JavaScript', () => {
  // The form's script times the fill from page load; the tests fill in milliseconds, so they take
  // over the page's clock (page.clock.install) and move it on as a person's seconds would pass.
  test('a form sent faster than a person can fill it is refused quietly, then accepted after a pause', async ({ page, request }) => {
    const before = (await registrationsFor(request, token, eventId)).length
    await page.clock.install()
    await page.goto(`/ru/events/${slug}/`)
    await expect(page.locator('form[data-registration-form]')).toHaveAttribute('data-enhanced', '')
    await fillForm(page, { name: 'Быстрый Бот', email: 'fast.js@example.kz', consent: true })
    await page.click('form[data-registration-form] button[type="submit"]')
    await expect(page.locator('.notice--error')).toContainText('Форма не принята')
    expect((await registrationsFor(request, token, eventId)).length).toBe(before)
    await page.clock.fastForward(5000)
    await page.click('form[data-registration-form] button[type="submit"]')
    await expect(page.locator('.notice--success')).toContainText('Вы зарегистрированы')
    expect((await registrationsFor(request, token, eventId)).length).toBe(before + 1)
  })

  test('the form shows field errors inline, then registers in place (Kazakh)', async ({ page, request }) => {
    await page.clock.install()
    await page.goto(`/kk/events/${slug}/`)
    const form = page.locator('form[data-registration-form]')
    // Wait for the enhancement script; it turns the browser's checks off itself.
    await expect(form).toHaveAttribute('data-enhanced', '')
    await expect(form).toHaveAttribute('novalidate', '')
    await fillForm(page, { name: 'Дана Омарова', email: 'dana@bad', consent: true })
    await page.click('form[data-registration-form] button[type="submit"]')
    await expect(page.locator('#reg-email')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#reg-email-error')).toContainText('Электрондық пошта мекенжайы дұрыс емес')
    await expect(page).toHaveURL(new RegExp(`/kk/events/${slug}/$`))

    await page.fill('#reg-email', 'dana.js@example.kz')
    await page.clock.fastForward(5000)
    await page.click('form[data-registration-form] button[type="submit"]')
    await expect(page.locator('.notice--success')).toContainText('Сіз тіркелдіңіз')
    await expect(page).toHaveURL(new RegExp(`/kk/events/${slug}/$`))
    const stored = await registrationsFor(request, token, eventId)
    expect(stored.map((r) => [r.email, r.locale])).toContainEqual(['dana.js@example.kz', 'kk'])
  })

  test('the live seat figure above the form counts the registrations already taken (Russian)', async ({ page, request }) => {
    const taken = (await registrationsFor(request, token, eventId)).filter((r) => r.status === 'confirmed' || r.status === 'attended').length
    await page.goto(`/ru/events/${slug}/`)
    // publishOpenEvent opens 50 seats; the figure comes from /api/register/seats, not from the static page.
    await expect(page.locator('form[data-registration-form] [data-seats]')).toHaveText(`Свободно ${50 - taken} из 50 мест.`)
  })

  test('registering twice with the same e-mail answers the existing registration, never a second seat (English)', async ({ page, request }) => {
    await page.clock.install()
    await page.goto(`/en/events/${slug}/`)
    await expect(page.locator('form[data-registration-form]')).toHaveAttribute('data-enhanced', '')
    await fillForm(page, { name: 'Dana Omarova', email: 'dana.js@example.kz', consent: true })
    await page.clock.fastForward(5000)
    await page.click('form[data-registration-form] button[type="submit"]')
    await expect(page.locator('.notice--success')).toContainText('already registered for this event')
    expect((await registrationsFor(request, token, eventId)).filter((r) => r.email === 'dana.js@example.kz')).toHaveLength(1)
  })

  test('the registration shows up under its event in the admin', async ({ page }) => {
    await page.goto('/admin/login')
    await page.fill('input[name="email"]', process.env.E2E_ADMIN_EMAIL!)
    await page.fill('input[name="password"]', process.env.E2E_ADMIN_PASSWORD!)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/events/${eventId}`)
    await expect(page.getByText('dana.js@example.kz')).toBeVisible()
  })
})
