import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { calendarOf, parseIcsEvent, parseMime, textOf, type MimePart } from './mime'

/**
 * Registration e-mail end to end with real parts: the public form over HTTP, the jobs queue, the
 * nodemailer transport, and an SMTP server (the `smtp-server` package) on a loopback port that
 * records what it receives. The adapter reads SMTP_* when the config loads, so the CMS modules
 * are imported only after the server listens.
 */

type Received = { to: string[]; message: MimePart }
const received: Received[] = []
let refuseMail = false
const smtp = new SMTPServer({
  authOptional: true,
  // Plain SMTP on loopback: the default self-signed STARTTLS certificate would fail verification.
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(_address, _session, callback) {
    if (refuseMail) return callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }))
    callback()
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), message: parseMime(Buffer.concat(chunks).toString('utf8')) })
      callback()
    })
  },
})

let payload: Payload
let apiUrl: string
let closeApi: () => Promise<void>
let runQueuedJobs: typeof import('../../cms/jobs').runQueuedJobs
let openEvent: typeof import('./helpers').openEvent

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
  process.env.KELISIM_MAIL_FROM = 'Kelisim test <no-reply@kelisim.test>'
  const helpers = await import('./helpers')
  openEvent = helpers.openEvent
  runQueuedJobs = (await import('../../cms/jobs')).runQueuedJobs
  payload = await helpers.seededPayload()
  const api = await (await import('./apiServer')).startApiServer()
  apiUrl = api.url
  closeApi = api.close
  // Links in the mail are absolute from the public address; here the API server plays the site.
  process.env.KELISIM_SITE_URL = apiUrl
})

afterAll(async () => {
  await closeApi?.()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

async function register(slug: string, lang: 'kk' | 'ru' | 'en', name: string, email: string) {
  const response = await fetch(`${apiUrl}/api/register`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ event: slug, lang, name, email, consent: 'on' }).toString(),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { reference: string; status: string }
}

async function mailJobs() {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendRegistrationEmail' } }, pagination: false, depth: 0, overrideAccess: true })
  return docs as unknown as Array<{ id: number; input: { registration: string; kind: string }; waitUntil?: string | null; totalTried?: number | null; hasError?: boolean | null }>
}

async function registrationId(reference: string) {
  const { docs } = await payload.find({ collection: 'registrations', where: { reference: { equals: reference } }, depth: 0, overrideAccess: true })
  return String(docs[0]!.id)
}

/** Runs the due e-mail jobs and returns the messages that arrived meanwhile. */
async function deliver(): Promise<Received[]> {
  const before = received.length
  await runQueuedJobs(payload, 'email')
  return received.slice(before)
}

/** The queued e-mail job of a registration (by its reference) and kind. */
async function jobFor(reference: string, kind: string) {
  const id = await registrationId(reference)
  return (await mailJobs()).find((j) => j.input.registration === id && j.input.kind === kind)
}

const cancelLinkIn = (text: string) => /(http\S+\/api\/register\/cancel\?\S+)/.exec(text)?.[1]

describe('registration e-mail over SMTP', () => {
  let event: { id: number | string; startsAt: string; title: string }
  let first: { reference: string }
  let second: { reference: string }
  let firstMailText = ''

  it('queues the confirmation instead of sending inside the request', async () => {
    event = (await openEvent(payload, 'mail-one-seat', 1)) as never
    first = await register('mail-one-seat', 'ru', 'Гульнара Касымова', 'gulnara@example.kz')
    expect(received).toHaveLength(0)
    const id = await registrationId(first.reference)
    const jobs = (await mailJobs()).filter((j) => j.input.registration === id)
    expect(jobs.map((j) => j.input.kind).sort()).toEqual(['confirmed', 'reminder'])
  })

  it('sends the confirmation in the registrant language with the reference, a cancel link and a calendar entry', async () => {
    const mails = await deliver()
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail!.to).toEqual(['gulnara@example.kz'])
    expect(mail!.message.headers.subject).toBe(`Регистрация подтверждена: ${event.title}`)
    expect(mail!.message.headers.from).toContain('no-reply@kelisim.test')
    const text = textOf(mail!.message)
    firstMailText = text
    expect(text).toContain('Здравствуйте, Гульнара Касымова!')
    expect(text).toContain(first.reference)
    expect(text).toMatch(/\d{2}:\d{2} \(UTC\+5\)/)
    expect(cancelLinkIn(text)?.startsWith(`${apiUrl}/api/register/cancel?ref=${first.reference}&token=`)).toBe(true)

    const ics = calendarOf(mail!.message)
    expect(ics).not.toBeNull()
    const vevent = parseIcsEvent(ics!)
    const utc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
    expect(vevent.DTSTART).toBe(utc(event.startsAt))
    expect(vevent.UID).toBe(`event-${event.id}@127.0.0.1`)
    expect(vevent.SUMMARY).toBe(event.title)
    expect(vevent.STATUS).toBe('CONFIRMED')
    expect(vevent.URL).toBe(`${apiUrl}/ru/events/mail-one-seat/`)
    expect(vevent.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/)
  })

  it('queues the reminder for a day before the start', async () => {
    const id = await registrationId(first.reference)
    const reminder = (await mailJobs()).find((j) => j.input.registration === id && j.input.kind === 'reminder')
    expect(new Date(reminder!.waitUntil!).getTime()).toBe(new Date(event.startsAt).getTime() - 24 * 3600_000)
  })

  it('tells the second registrant of the full event about the waiting list, in English, without a calendar entry', async () => {
    second = await register('mail-one-seat', 'en', 'Aliya Nurlanova', 'aliya@example.kz')
    const mails = await deliver()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toEqual(['aliya@example.kz'])
    expect(mails[0]!.message.headers.subject).toBe(`You are on the waiting list: ${event.title}`)
    expect(textOf(mails[0]!.message)).toContain('number 1 on the waiting list')
    expect(calendarOf(mails[0]!.message)).toBeNull()
  })

  it('the cancel link from the mail works, and the waiting registrant gets the seat by mail', async () => {
    const link = new URL(cancelLinkIn(firstMailText)!)
    const page = await fetch(link)
    expect(page.status).toBe(200)
    const cancel = await fetch(`${apiUrl}/api/register/cancel`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ref: link.searchParams.get('ref')!, token: link.searchParams.get('token')! }).toString(),
    })
    expect(cancel.status).toBe(200)
    expect((await cancel.json()).status).toBe('cancelled')

    const mails = await deliver()
    const byRecipient = Object.fromEntries(mails.map((m) => [m.to[0], m.message]))
    expect(Object.keys(byRecipient).sort()).toEqual(['aliya@example.kz', 'gulnara@example.kz'])
    expect(byRecipient['gulnara@example.kz']!.headers.subject).toBe(`Регистрация отменена: ${event.title}`)
    expect(byRecipient['aliya@example.kz']!.headers.subject).toBe(`A seat is now yours: ${event.title}`)
    const promotedText = textOf(byRecipient['aliya@example.kz']!)
    expect(promotedText).toContain(second.reference)
    expect(parseIcsEvent(calendarOf(byRecipient['aliya@example.kz']!)!).UID).toBe(`event-${event.id}@127.0.0.1`)
  })

  it('the promoted registrant gets a reminder too; the cancelled one gets nothing when it falls due', async () => {
    const jobs = await mailJobs()
    const secondId = await registrationId(second.reference)
    expect(jobs.find((j) => j.input.registration === secondId && j.input.kind === 'reminder')).toBeDefined()
    const firstReminder = (await jobFor(first.reference, 'reminder'))!
    // Time passes: the cancelled registration's reminder falls due.
    await payload.db.updateJobs({ id: firstReminder.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, returning: false })
    expect(await deliver()).toHaveLength(0)
    expect((await mailJobs()).find((j) => j.id === firstReminder.id)).toBeUndefined()
  })

  it('sends the reminder the day before to a confirmed registrant', async () => {
    const soon = await payload.create({
      collection: 'events',
      locale: 'kk',
      data: {
        title: 'Ертеңгі дөңгелек үстел',
        slug: 'mail-tomorrow',
        kind: 'round-table',
        format: 'offline',
        status: 'scheduled',
        // 24.5 hours ahead: the reminder is due in half an hour.
        startsAt: new Date(Date.now() + 24.5 * 3600_000).toISOString(),
        registration: { enabled: true, opensAt: new Date(Date.now() - 3600_000).toISOString() },
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { kelisimSkipSideEffects: true },
    })
    const reg = await register('mail-tomorrow', 'kk', 'Асқар Бекұлы', 'askar@example.kz')
    expect(await deliver()).toHaveLength(1)
    const reminder = (await jobFor(reg.reference, 'reminder'))!
    expect(new Date(reminder.waitUntil!).getTime()).toBe(new Date(soon.startsAt).getTime() - 24 * 3600_000)
    expect(await deliver()).toHaveLength(0)
    await payload.db.updateJobs({ id: reminder.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, returning: false })
    const mails = await deliver()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.message.headers.subject).toBe('Ертең: Ертеңгі дөңгелек үстел')
    expect(calendarOf(mails[0]!.message)).not.toBeNull()
  })

  it('a reminder that runs late (runner down, or the event moved earlier) still goes while the event is ahead', async () => {
    const event = await openEvent(payload, 'mail-late', 5)
    const reg = await register('mail-late', 'en', 'Timur Akhmetov', 'timur@example.kz')
    await deliver()
    // Now less than a day ahead: the reminder's own time has passed.
    await payload.update({ collection: 'events', id: event.id, data: { startsAt: new Date(Date.now() + 20 * 3600_000).toISOString() } as never, overrideAccess: true, context: { kelisimSkipSideEffects: true } })
    const reminder = (await jobFor(reg.reference, 'reminder'))!
    await payload.db.updateJobs({ id: reminder.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, returning: false })
    const mails = await deliver()
    expect(mails.map((m) => m.message.headers.subject)).toEqual([`Tomorrow: ${event.title}`])
  })

  it('sends no reminder once the event is cancelled', async () => {
    const later = await openEvent(payload, 'mail-called-off', 5)
    const reg = await register('mail-called-off', 'ru', 'Ерлан Сейтов', 'erlan@example.kz')
    await deliver()
    await payload.update({ collection: 'events', id: later.id, data: { status: 'cancelled' } as never, overrideAccess: true, context: { kelisimSkipSideEffects: true } })
    const reminder = (await jobFor(reg.reference, 'reminder'))!
    await payload.db.updateJobs({ id: reminder.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, returning: false })
    expect(await deliver()).toHaveLength(0)
  })

  it('a reminder whose event moved later sends nothing and is queued again for the new time', async () => {
    const moving = await openEvent(payload, 'mail-moved', 5)
    const reg = await register('mail-moved', 'kk', 'Мадина Әлиева', 'madina@example.kz')
    await deliver()
    const newStart = new Date(new Date(moving.startsAt).getTime() + 7 * 24 * 3600_000).toISOString()
    await payload.update({ collection: 'events', id: moving.id, data: { startsAt: newStart } as never, overrideAccess: true, context: { kelisimSkipSideEffects: true } })
    const reminder = (await jobFor(reg.reference, 'reminder'))!
    await payload.db.updateJobs({ id: reminder.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, returning: false })
    expect(await deliver()).toHaveLength(0)
    const again = (await jobFor(reg.reference, 'reminder'))!
    expect(again.id).not.toBe(reminder.id)
    expect(new Date(again.waitUntil!).getTime()).toBe(new Date(newStart).getTime() - 24 * 3600_000)
  })

  it('retries a send the server refused, later, through the queue', async () => {
    await openEvent(payload, 'mail-retry', 5)
    refuseMail = true
    const reg = await register('mail-retry', 'en', 'Dana Omarova', 'dana@example.kz')
    expect(await deliver()).toHaveLength(0)
    const id = await registrationId(reg.reference)
    const job = (await mailJobs()).find((j) => j.input.registration === id && j.input.kind === 'confirmed')!
    expect(job.totalTried).toBe(1)
    expect(job.hasError).toBeFalsy()
    // Backoff: the retry waits (a minute), it does not spin.
    expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    refuseMail = false
    await payload.db.updateJobs({ id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, returning: false })
    const mails = await deliver()
    expect(mails.map((m) => m.to[0])).toEqual(['dana@example.kz'])
  })
})
