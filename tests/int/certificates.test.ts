import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { certificateCodePattern } from '../../cms/core/certificate'
import { leaves, parseMime, textOf, type MimePart } from './mime'

/**
 * Certificates end to end with real parts: registrations over HTTP, the organizer's action over
 * HTTP with real sign-ins (an organizer of another region is refused), the jobs queue, the PDF
 * drawn with pdfkit and read back with unpdf, nodemailer to an SMTP server in this process, the
 * public verify endpoint before and after the retention purge. Also: the event's question answers
 * in the confirmation mail.
 */

type Received = { to: string[]; message: MimePart }
const received: Received[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
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
let helpers: typeof import('./helpers')
let runQueuedJobs: typeof import('../../cms/jobs').runQueuedJobs
const tokens: Record<'moderator' | 'own' | 'other', string> = { moderator: '', own: '', other: '' }
let regionA: number | string
let regionB: number | string

async function login(email: string) {
  const response = await fetch(`${apiUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct-horse-battery-staple' }),
  })
  return ((await response.json()) as { token: string }).token
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
  process.env.KELISIM_MAIL_FROM = 'Kelisim test <no-reply@kelisim.test>'
  helpers = await import('./helpers')
  runQueuedJobs = (await import('../../cms/jobs')).runQueuedJobs
  payload = await helpers.seededPayload()
  const api = await (await import('./apiServer')).startApiServer()
  apiUrl = api.url
  closeApi = api.close
  process.env.KELISIM_SITE_URL = apiUrl
  const regions = (await payload.find({ collection: 'regions', limit: 2, sort: 'id', overrideAccess: true })).docs
  regionA = regions[0]!.id
  regionB = regions[1]!.id
  await helpers.makeUser(payload, ['moderator'], 'cert-moderator@kelisim.local')
  await helpers.makeUser(payload, ['organizer'], 'cert-own@kelisim.local', [regionA])
  await helpers.makeUser(payload, ['organizer'], 'cert-other@kelisim.local', [regionB])
  tokens.moderator = await login('cert-moderator@kelisim.local')
  tokens.own = await login('cert-own@kelisim.local')
  tokens.other = await login('cert-other@kelisim.local')
})

afterAll(async () => {
  await closeApi?.()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

async function register(slug: string, lang: 'kk' | 'ru' | 'en', name: string, email: string, extra: Record<string, string> = {}) {
  const response = await fetch(`${apiUrl}/api/register`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ event: slug, lang, name, email, consent: 'on', ...extra }).toString(),
  })
  expect(response.status).toBe(201)
  const { reference } = (await response.json()) as { reference: string }
  const { docs } = await payload.find({ collection: 'registrations', where: { reference: { equals: reference } }, depth: 0, overrideAccess: true })
  return docs[0]!
}

/** Runs the e-mail queue until no due job is left (once in CI a run reported none left while one still was). */
async function deliver(): Promise<Received[]> {
  const before = received.length
  for (let round = 0; round < 10; round++) {
    await runQueuedJobs(payload, 'email')
    const due = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'email' } }, { hasError: { not_equals: true } }, { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] }] },
      overrideAccess: true,
    })
    if (due.totalDocs === 0) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return received.slice(before)
}

const action = (token: string, path: string, body: Record<string, unknown>) =>
  fetch(`${apiUrl}/api/registrations${path}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  })

const pdfOf = (message: MimePart) => leaves(message).find((p) => (p.headers['content-type'] ?? '').startsWith('application/pdf'))

async function pdfText(bytes: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })
  return text as string
}

const markAttended = (id: number | string) =>
  payload.update({ collection: 'registrations', id, data: { status: 'attended' } as never, overrideAccess: true, context: helpers.quiet })

const certificateJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendCertificate' } }, pagination: false, depth: 0, overrideAccess: true })).docs

describe('question answers in the confirmation mail', () => {
  it('lists each question in the registrant’s language with the answer as they read it', async () => {
    const event = await helpers.openEvent(payload, 'cert-questions', 10)
    const saved = await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'kk',
      data: {
        registration: {
          questions: [
            { kind: 'choice', required: true, label: 'Сіздің рөліңіз', options: [{ label: 'Медиатор' }, { label: 'Заңгер' }] },
            { kind: 'yesno', required: false, label: 'Алғаш рет қатысасыз ба?' },
            { kind: 'text', required: false, label: 'Тренингтен не күтесіз?' },
          ],
        },
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: helpers.quiet,
    })
    const rows = (saved.registration as unknown as { questions: Array<{ key: string; options?: Array<{ id: string }> }> }).questions
    await register('cert-questions', 'kk', 'Дәурен Сәрсенбаев', 'dauren@example.kz', {
      [`q_${rows[0]!.key}`]: rows[0]!.options![1]!.id,
      [`q_${rows[1]!.key}`]: 'yes',
      [`q_${rows[2]!.key}`]: 'Тәжірибе',
    })
    const mails = (await deliver()).filter((m) => m.to.includes('dauren@example.kz'))
    expect(mails).toHaveLength(1)
    const text = textOf(mails[0]!.message)
    expect(text).toContain('Сұрақтарға жауаптарыңыз:')
    expect(text).toContain('Сіздің рөліңіз: Заңгер')
    expect(text).toContain('Алғаш рет қатысасыз ба?: Иә')
    expect(text).toContain('Тренингтен не күтесіз?: Тәжірибе')
    expect(text).not.toContain(rows[0]!.options![1]!.id)
  })
})

describe('certificates', () => {
  let event: { id: number | string; title: string; startsAt: string }
  let aliya: { id: number | string; certificateCode?: string | null }
  let ivan: { id: number | string }
  let waiting: { id: number | string }
  let code = ''

  beforeAll(async () => {
    event = (await helpers.openEvent(payload, 'cert-training', 2)) as never
    await payload.update({ collection: 'events', id: event.id, data: { region: regionA } as never, overrideAccess: true, context: helpers.quiet })
    aliya = await register('cert-training', 'kk', 'Әлия Жаңабаева', 'aliya@example.kz', { certificateCode: 'KLS-0000-0000-0000-0000' })
    ivan = await register('cert-training', 'ru', 'Иван Петров', 'ivan@example.kz')
    waiting = await register('cert-training', 'en', 'Wait Person', 'wait@example.kz')
    await deliver()
  })

  it('never takes a code from the public', async () => {
    expect(aliya.certificateCode ?? null).toBeNull()
  })

  it('refuses an organizer of another region and anonymous callers, queueing nothing', async () => {
    await markAttended(aliya.id)
    await markAttended(ivan.id)
    const other = await action(tokens.other, '/send-certificates', { event: event.id, lang: 'ru' })
    expect(other.status).toBe(403)
    expect(((await other.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe(
      'У вас нет прав управлять регистрациями этого мероприятия.',
    )
    const one = await action(tokens.other, '/send-certificates', { registration: aliya.id })
    expect(one.status).toBe(403)
    const anonymous = await fetch(`${apiUrl}/api/registrations/send-certificates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: event.id }),
    })
    expect(anonymous.status).toBe(401)
    expect(await certificateJobs()).toHaveLength(0)
  })

  it('refuses a registration that is not marked attended', async () => {
    const response = await action(tokens.own, '/send-certificates', { registration: waiting.id, lang: 'en' })
    expect(response.status).toBe(409)
    expect(await certificateJobs()).toHaveLength(0)
  })

  it('queues one job per attended registration for the event’s organizer, audited, and mails each a PDF in their language', async () => {
    const response = await action(tokens.own, '/send-certificates', { event: event.id, lang: 'kk' })
    expect(response.status).toBe(202)
    expect(((await response.json()) as { queued: number }).queued).toBe(2)
    expect(received.filter((m) => m.to.includes('aliya@example.kz')).length).toBeGreaterThan(0) // only the confirmation so far
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'send-certificates' } }, overrideAccess: true })
    expect(audit.docs.map((d) => [d.actorEmail, d.targetId])).toContainEqual(['cert-own@kelisim.local', String(event.id)])

    const mails = await deliver()
    expect(mails).toHaveLength(2)
    const stored = await payload.findByID({ collection: 'registrations', id: aliya.id, overrideAccess: true })
    code = stored.certificateCode!
    expect(code).toMatch(certificateCodePattern)
    expect(stored.certificateIssuedAt).toBeTruthy()

    const toAliya = mails.find((m) => m.to.includes('aliya@example.kz'))!
    expect(toAliya.message.headers.subject).toBe(`Қатысу сертификаты: ${event.title}`)
    expect(textOf(toAliya.message)).toContain(`${apiUrl}/kk/verify/${code}/`)
    const pdf = pdfOf(toAliya.message)!
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await pdfText(pdf.body)
    expect(text).toContain('Әлия Жаңабаева')
    expect(text).toContain(code)
    expect(text).toContain('СЕРТИФИКАТ')
    expect(text).toContain(event.title)

    const toIvan = mails.find((m) => m.to.includes('ivan@example.kz'))!
    expect(toIvan.message.headers.subject).toMatch(/^Сертификат участника: /)
    expect(await pdfText(pdfOf(toIvan.message)!.body)).toContain('Настоящий сертификат подтверждает, что')
  })

  it('reuses the same code when sent again', async () => {
    const response = await action(tokens.moderator, '/send-certificates', { registration: aliya.id })
    expect(response.status).toBe(202)
    const mails = await deliver()
    expect(mails).toHaveLength(1)
    expect(await pdfText(pdfOf(mails[0]!.message)!.body)).toContain(code)
    const stored = await payload.findByID({ collection: 'registrations', id: aliya.id, overrideAccess: true })
    expect(stored.certificateCode).toBe(code)
  })

  it('confirms a genuine code on the verify page with name, event and date only', async () => {
    const response = await fetch(`${apiUrl}/api/certificates/verify?code=${code}&lang=kk`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await response.text()
    expect(html).toContain('<html lang="kk">')
    expect(html).toContain('Сертификат түпнұсқа')
    expect(html).toContain('Әлия Жаңабаева')
    expect(html).toContain(event.title)
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).not.toContain('aliya@example.kz')
    expect(html).not.toMatch(/<script|style=/)
    // Typed by hand: lower case, without dashes.
    const typed = await fetch(`${apiUrl}/api/certificates/verify?code=${code.toLowerCase().replace(/-/g, '')}&lang=ru`)
    expect(typed.status).toBe(200)
    expect(await typed.text()).toContain('Сертификат подлинный')
  })

  it('answers an unknown or malformed code with a 404 page in the page language, never a 500', async () => {
    for (const [bad, lang, words] of [
      ['KLS-ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'kk', 'Мұндай сертификат жоқ'],
      ['<script>alert(1)</script>', 'ru', 'Такого сертификата нет'],
      ['', 'en', 'No such certificate'],
      ['x'.repeat(500), 'en', 'No such certificate'],
    ] as const) {
      const response = await fetch(`${apiUrl}/api/certificates/verify?code=${encodeURIComponent(bad)}&lang=${lang}`)
      expect(response.status).toBe(404)
      const html = await response.text()
      expect(html).toContain(words)
      expect(html).not.toContain('<script>alert')
    }
  })

  it('after the retention purge still confirms the code for the event and date, saying the name was erased', async () => {
    const { purgeExpiredData } = await import('../../cms/lib/retention')
    const later = new Date(Date.parse(event.startsAt) + 400 * 86_400_000)
    const { anonymized } = await purgeExpiredData(payload, later, 12)
    expect(anonymized).toBeGreaterThan(0)
    const stored = await payload.findByID({ collection: 'registrations', id: aliya.id, overrideAccess: true })
    expect(stored.name).not.toContain('Әлия')
    expect(stored.certificateCode).toBe(code)
    const response = await fetch(`${apiUrl}/api/certificates/verify?code=${code}&lang=en`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('The certificate is genuine')
    expect(html).toContain('name was erased')
    expect(html).not.toContain('Әлия')
    expect(html).toContain(event.title)
    // And nothing is mailed to the erased address.
    await action(tokens.moderator, '/send-certificates', { registration: aliya.id })
    expect(await deliver()).toHaveLength(0)
  })

  it('limits checks per client address with a readable 429 in the page language', async () => {
    const { verifyLimiter } = await import('../../cms/endpoints/verifyCertificate')
    verifyLimiter.clear()
    process.env.KELISIM_VERIFY_LIMIT = '2'
    try {
      const answers = []
      for (let i = 0; i < 3; i++) answers.push(await fetch(`${apiUrl}/api/certificates/verify?code=${code}&lang=kk`))
      expect(answers.map((r) => r.status)).toEqual([200, 200, 429])
      expect(answers[2]!.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(await answers[2]!.text()).toContain('Тексеру сұраулары тым көп')
    } finally {
      delete process.env.KELISIM_VERIFY_LIMIT
      verifyLimiter.clear()
    }
  })
})
