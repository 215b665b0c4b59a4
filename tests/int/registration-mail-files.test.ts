import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { registrationMailMessages } from '../../cms/core/messages'
import { runQueuedJobs } from '../../cms/jobs'
import { openEvent, seededPayload } from './helpers'
import { calendarOf, parseIcsEvent, parseMime, textOf } from './mime'

/** Without SMTP_HOST the mail is not lost: each message lands as a readable .eml file in the data folder. */

let payload: Payload

beforeAll(async () => {
  expect(process.env.SMTP_HOST ?? '').toBe('')
  payload = await seededPayload()
})

describe('registration e-mail without SMTP', () => {
  it('writes the confirmation to <data dir>/mail/ as an .eml file', async () => {
    const mailDir = path.join(process.env.KELISIM_DATA_DIR!, 'mail')
    const event = await openEvent(payload, 'mail-files', 10)
    const registration = await payload.create({
      collection: 'registrations',
      data: { event: event.id, name: 'Айгүл Серікқызы', email: 'aigul@example.kz', consent: true, locale: 'kk' } as never,
      overrideAccess: true,
    })
    expect(fs.existsSync(mailDir) ? fs.readdirSync(mailDir) : []).toEqual([])
    await runQueuedJobs(payload, 'email')
    const files = fs.readdirSync(mailDir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    const message = parseMime(fs.readFileSync(path.join(mailDir, files[0]!), 'utf8'))
    expect(message.headers.to).toContain('aigul@example.kz')
    expect(message.headers.subject).toBe(registrationMailMessages.kk.subjectConfirmed.replace('{{event}}', event.title))
    expect(textOf(message)).toContain(registration.reference!)
    expect(parseIcsEvent(calendarOf(message)!).SUMMARY).toBe(event.title)
  })
})
