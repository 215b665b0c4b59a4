import fs from 'node:fs'
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { registrationMailMessages, registrationMessages } from '../../cms/core/messages'
import { parseMime, textOf, type MimePart } from '../int/mime'
import { adminToken, bearer, publishOpenEvent, registrationsFor, waitForStatus } from './support'

/**
 * A participant's whole journey through the real portal: register (without JavaScript in Russian,
 * with it in Kazakh), the confirmation mail, the cancel link from that mail, the seat going to the
 * next in line, and that person's "a seat is yours" mail in their language. Mail is read where the
 * portal writes it without SMTP: .eml files in <data dir>/mail/.
 */

const slug = `e2e-journey-${Date.now().toString(36)}`
const mailDir = path.join(process.env.E2E_DATA_DIR!, 'mail')
let token: string
let eventId: number

test.beforeAll(async ({ request }) => {
  token = await adminToken(request)
  eventId = await publishOpenEvent(request, token, slug, { kk: 'Жол сынағы: бір орындық семинар', ru: 'Проверка пути: семинар на одно место' })
  const day = 24 * 3600_000
  const seatOne = await request.patch(`/api/events/${eventId}`, {
    headers: bearer(token),
    data: { registration: { enabled: true, capacity: 1, waitingList: true, opensAt: new Date(Date.now() - day).toISOString() }, _status: 'published' },
  })
  expect(seatOne.ok(), await seatOne.text()).toBeTruthy()
  await waitForStatus(request, `/ru/events/${slug}/`, 200)
})

/** The messages sent to `to` so far, oldest first. */
function mailsTo(to: string): MimePart[] {
  if (!fs.existsSync(mailDir)) return []
  return fs
    .readdirSync(mailDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => parseMime(fs.readFileSync(path.join(mailDir, f), 'utf8')))
    .filter((m) => (m.headers.to ?? '').includes(to))
}

async function mailWith(to: string, subjectPart: string): Promise<MimePart> {
  let found: MimePart | undefined
  await expect
    .poll(() => (found = mailsTo(to).find((m) => (m.headers.subject ?? '').includes(subjectPart))) !== undefined, { timeout: 60_000, intervals: [1000] })
    .toBe(true)
  return found!
}

const cancelLinkIn = (message: MimePart) => {
  const link = textOf(message).match(/https?:\/\/\S+\/api\/register\/cancel\?\S+/)?.[0]
  expect(link, 'a cancel link in the mail').toBeTruthy()
  // The mail links to KELISIM_SITE_URL, which the tests set to the site they drive.
  return new URL(link!).pathname + new URL(link!).search
}

async function statusOf(request: APIRequestContext, email: string) {
  return (await registrationsFor(request, token, eventId)).find((r) => r.email === email)?.status
}

test('register, get the mail, cancel from it, and the next in line gets the seat and a mail in their language', async ({ browser, request }) => {
  const first = 'journey.first@example.kz'
  const second = 'journey.second@example.kz'

  // 1. Without JavaScript, in Russian: the one seat.
  const plain = await browser.newContext({ javaScriptEnabled: false })
  const page = await plain.newPage()
  await page.goto(`/ru/events/${slug}/`)
  await page.fill('#reg-name', 'Ержан Серікбаев')
  await page.fill('#reg-email', first)
  await page.check('#reg-consent')
  await page.click('form[data-registration-form] button[type="submit"]')
  await expect(page.locator('h1')).toContainText(registrationMessages.ru.successTitle)
  expect(await statusOf(request, first)).toBe('confirmed')

  // 2. With JavaScript, in Kazakh: the seat is taken, so the waiting list; the live figure says so first.
  const enhanced = await browser.newContext()
  const kkPage = await enhanced.newPage()
  await kkPage.clock.install()
  await kkPage.goto(`/kk/events/${slug}/`)
  await expect(kkPage.locator('[data-seats]')).toHaveText(registrationMessages.kk.seatsFullWaiting)
  await kkPage.fill('#reg-name', 'Әйгерім Нұрланқызы')
  await kkPage.fill('#reg-email', second)
  await kkPage.check('#reg-consent')
  await kkPage.clock.fastForward(5000)
  await kkPage.click('form[data-registration-form] button[type="submit"]')
  await expect(kkPage.locator('.notice--success')).toContainText(registrationMessages.kk.waitingTitle)
  expect(await statusOf(request, second)).toBe('waiting')

  // 3. The first participant's confirmation, in Russian, carries the cancel link; cancel without JavaScript.
  const confirmation = await mailWith(first, registrationMailMessages.ru.subjectConfirmed.split('{{')[0]!.trim())
  await page.goto(cancelLinkIn(confirmation))
  await expect(page.locator('h1')).toContainText(registrationMessages.ru.cancelTitle)
  await page.click(`button:has-text("${registrationMessages.ru.cancelButton}")`)
  await expect(page.locator('h1')).toContainText(registrationMessages.ru.cancelledTitle)
  expect(await statusOf(request, first)).toBe('cancelled')

  // 4. The seat went to the next in line, who is told in Kazakh.
  await expect.poll(() => statusOf(request, second), { timeout: 30_000 }).toBe('confirmed')
  const promoted = await mailWith(second, registrationMailMessages.kk.subjectPromoted.split('{{')[0]!.trim())
  expect(textOf(promoted)).toContain('Жол сынағы')

  // 5. Opening the same cancel link again is harmless.
  await page.goto(cancelLinkIn(confirmation))
  await expect(page.locator('body')).toContainText(registrationMessages.ru.cancelAlreadyDone)
  expect(await statusOf(request, second)).toBe('confirmed')

  await plain.close()
  await enhanced.close()
})
