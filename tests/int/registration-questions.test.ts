import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registrationMessages } from '../../cms/core/messages'
import { startApiServer, type ApiServer } from './apiServer'
import { makeUser, openEvent, quiet, seededPayload } from './helpers'

/** An event's own questions over real HTTP: the form, the REST door and the CSV export. */

let payload: Payload
let api: ApiServer

beforeAll(async () => {
  payload = await seededPayload()
  api = await startApiServer()
})

afterAll(async () => {
  await api?.close()
})

type Row = { id: string; key: string; options?: Array<{ id: string }> }

const labels = {
  kk: ['Сіздің рөліңіз', ['Медиатор', 'Заңгер'], 'Алғаш рет қатысасыз ба?', 'Тренингтен не күтесіз?'],
  ru: ['Ваша роль', ['Медиатор', 'Юрист'], 'Участвуете впервые?', 'Чего вы ждёте от тренинга?'],
  en: ['Your role', ['Mediator', 'Lawyer'], 'Is this your first time?', 'What do you expect from the training?'],
} as const

/** An open event asking a required choice, an optional yes/no and a required text, in kk/ru/en. */
async function eventWithQuestions(slug: string) {
  const event = await openEvent(payload, slug, 10)
  const questions = (lang: keyof typeof labels, rows?: Row[]) => {
    const [role, options, first, expect] = labels[lang]
    return [
      { id: rows?.[0]?.id, kind: 'choice', required: true, label: role, options: options.map((label, i) => ({ id: rows?.[0]?.options?.[i]?.id, label })) },
      { id: rows?.[1]?.id, kind: 'yesno', required: false, label: first },
      { id: rows?.[2]?.id, kind: 'text', required: true, label: expect },
    ]
  }
  const save = (lang: keyof typeof labels, rows?: Row[]) =>
    payload.update({
      collection: 'events',
      id: event.id,
      locale: lang,
      data: { title: `Тренинг ${slug} ${lang}`, registration: { questions: questions(lang, rows) }, _status: 'published' } as never,
      overrideAccess: true,
      context: quiet,
    })
  const saved = await save('kk')
  const rows = (saved.registration as unknown as { questions: Row[] }).questions
  await save('ru', rows)
  await save('en', rows)
  return { event, rows }
}

async function storedFor(eventId: number | string) {
  return (await payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, overrideAccess: true })).docs
}

function post(fields: Record<string, string>) {
  return fetch(`${api.url}/api/register`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  })
}

const form = (slug: string, extra: Record<string, string> = {}) => ({
  event: slug,
  lang: 'ru',
  name: 'Гульнара Касымова',
  email: 'gulnara@example.kz',
  consent: 'on',
  ...extra,
})

describe('per-event questions on the form', () => {
  it('gives questions saved without a key stable keys q1, q2, q3', async () => {
    const { event, rows } = await eventWithQuestions('questions-keys')
    expect(rows.map((r) => r.key)).toEqual(['q1', 'q2', 'q3'])
    // A save that reorders rows sent by id (without their keys) keeps each key; a new row gets the next.
    const [role, first, expect_] = rows
    const saved = await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'kk',
      data: { registration: { questions: [{ id: expect_!.id }, { id: role!.id }, { id: first!.id }, { kind: 'text', label: 'Жаңа' }] } } as never,
      overrideAccess: true,
      context: quiet,
    })
    expect((saved.registration as unknown as { questions: Row[] }).questions.map((r) => r.key)).toEqual(['q3', 'q1', 'q2', 'q4'])
  })

  it('refuses a required question left unanswered with a 422 in the form language, storing nothing', async () => {
    const { event, rows } = await eventWithQuestions('questions-required')
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const response = await post(form('questions-required', { lang, q_q1: rows[0]!.options![0]!.id }))
      expect(response.status).toBe(422)
      const body = await response.json()
      expect(body.fieldErrors).toEqual({ q_q3: registrationMessages[lang].answerRequired })
    }
    expect(await storedFor(event.id)).toHaveLength(0)
  })

  it('refuses an option the question does not offer, storing nothing', async () => {
    const { event } = await eventWithQuestions('questions-option')
    const response = await post(form('questions-option', { q_q1: 'not-an-option', q_q3: 'Практику' }))
    expect(response.status).toBe(422)
    expect((await response.json()).fieldErrors).toEqual({ q_q1: registrationMessages.ru.answerInvalid })
    expect(await storedFor(event.id)).toHaveLength(0)
  })

  it('refuses an answer over 1000 characters or with hidden characters', async () => {
    const { event, rows } = await eventWithQuestions('questions-text')
    const choice = rows[0]!.options![1]!.id
    const long = await post(form('questions-text', { q_q1: choice, q_q3: 'я'.repeat(1001) }))
    expect(long.status).toBe(422)
    expect((await long.json()).fieldErrors).toEqual({ q_q3: registrationMessages.ru.answerTooLong })
    const hidden = await post(form('questions-text', { q_q1: choice, q_q3: 'a\u202Eb' }))
    expect(hidden.status).toBe(422)
    expect((await hidden.json()).fieldErrors).toEqual({ q_q3: registrationMessages.ru.hiddenCharacters })
    expect(await storedFor(event.id)).toHaveLength(0)
  })

  it('stores valid answers by question key, ignoring answers to questions the event does not ask', async () => {
    const { event, rows } = await eventWithQuestions('questions-valid')
    const choice = rows[0]!.options![1]!.id
    const response = await post(form('questions-valid', { q_q1: choice, q_q2: 'yes', q_q3: '  Больше   практики ', q_zz: 'junk' }))
    expect(response.status).toBe(201)
    const [stored] = await storedFor(event.id)
    expect(stored!.answers).toEqual({ q1: choice, q2: 'yes', q3: 'Больше практики' })
  })

  it('the HTML answer page of the no-JS form names the refusal in the form language', async () => {
    await eventWithQuestions('questions-html')
    const response = await fetch(`${api.url}/api/register`, {
      method: 'POST',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form('questions-html', { lang: 'kk' })).toString(),
    })
    expect(response.status).toBe(422)
    expect(await response.text()).toContain(registrationMessages.kk.answerRequired)
  })
})

describe('the REST door', () => {
  const create = (body: Record<string, unknown>) =>
    fetch(`${api.url}/api/registrations?locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Rest Client', consent: true, ...body }),
    })

  it('refuses bad answers as the form does and stores only validated ones', async () => {
    const { event, rows } = await eventWithQuestions('questions-rest')
    const missing = await create({ event: event.id, email: 'r1@example.kz', answers: { q1: rows[0]!.options![0]!.id } })
    expect(missing.status).toBe(422)
    expect(JSON.stringify(await missing.json())).toContain(registrationMessages.en.answerRequired)
    const unknown = await create({ event: event.id, email: 'r2@example.kz', answers: { q1: 'forged', q3: 'x' } })
    expect(unknown.status).toBe(422)
    expect(JSON.stringify(await unknown.json())).toContain(registrationMessages.en.answerInvalid)
    const notAnObject = await create({ event: event.id, email: 'r3@example.kz', answers: 'q3=x' })
    expect(notAnObject.status).toBe(422)
    expect(await storedFor(event.id)).toHaveLength(0)

    const ok = await create({ event: event.id, email: 'r4@example.kz', answers: { q1: rows[0]!.options![0]!.id, q2: false, q3: 'Tools', extra: { $gt: '' } } })
    expect(ok.status).toBe(201)
    const stored = await storedFor(event.id)
    expect(stored.map((r) => r.answers)).toEqual([{ q1: rows[0]!.options![0]!.id, q2: 'no', q3: 'Tools' }])
  })
})

describe('the CSV export', () => {
  it('has one column per question of the exported event, headed and answered in the export language', async () => {
    const { event, rows } = await eventWithQuestions('questions-export')
    expect((await post(form('questions-export', { q_q1: rows[0]!.options![1]!.id, q_q2: 'yes', q_q3: 'Практику' }))).status).toBe(201)
    const moderator = await makeUser(payload, ['moderator'], 'questions-moderator@kelisim.local')
    const login = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: moderator.email, password: 'correct-horse-battery-staple' }),
    })
    const { token } = (await login.json()) as { token: string }
    for (const [lang, yes] of [['ru', 'Да'], ['en', 'Yes']] as const) {
      const response = await fetch(`${api.url}/api/registrations/export.csv?event=${event.id}&lang=${lang}`, { headers: { authorization: `JWT ${token}` } })
      expect(response.status).toBe(200)
      const lines = (await response.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n')
      expect(lines[0]!.split(';').slice(-3)).toEqual([labels[lang][0], labels[lang][2], labels[lang][3]])
      expect(lines[1]!.split(';').slice(-3)).toEqual([labels[lang][1][1], yes, 'Практику'])
    }
    // The export of every event keeps the fixed columns only.
    const all = await fetch(`${api.url}/api/registrations/export.csv?lang=ru`, { headers: { authorization: `JWT ${token}` } })
    expect((await all.text()).split('\r\n')[0]).not.toContain(labels.ru[0])
  })
})
