import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer, type ApiServer } from './apiServer'
import { makeUser, openEvent, seededPayload } from './helpers'

/** The organizer's CSV export over real HTTP: who may download it, and that Excel can read it. */

let payload: Payload
let api: ApiServer
let token: string

beforeAll(async () => {
  payload = await seededPayload()
  api = await startApiServer()
  const moderator = await makeUser(payload, ['moderator'], 'export-moderator@kelisim.local')
  const login = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: moderator.email, password: 'correct-horse-battery-staple' }),
  })
  token = ((await login.json()) as { token: string }).token
})

afterAll(async () => {
  await api?.close()
})

const register = (slug: string, name: string, email: string) =>
  fetch(`${api.url}/api/register`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ event: slug, lang: 'kk', name, email, consent: 'on', organization: '=HYPERLINK("http://x")' }).toString(),
  })

describe('GET /api/registrations/export.csv', () => {
  it('gives staff one event’s list as UTF-8 CSV with a BOM and semicolons, formulas neutralized', async () => {
    const event = await openEvent(payload, 'export-one', 1)
    const other = await openEvent(payload, 'export-other', 5)
    expect((await register('export-one', 'Әсел Ңұрғалиқызы', 'asel@example.kz')).status).toBe(201)
    expect((await register('export-one', 'Пётр Иванов', 'petr@example.kz')).status).toBe(201)
    expect((await register('export-other', 'Someone Else', 'else@example.kz')).status).toBe(201)

    const response = await fetch(`${api.url}/api/registrations/export.csv?event=${event.id}&lang=kk`, { headers: { authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="registrations-\d+-\d{4}-\d\d-\d\d\.csv"/)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n')
    expect(lines[0]!.split(';').slice(0, 4)).toEqual(['Тіркеу коды', 'Мәртебесі', 'Орын', 'Аты-жөні'])
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain(';Расталды;1;Әсел Ңұрғалиқызы;asel@example.kz;')
    expect(lines[2]).toContain(';Күту тізімінде;;Пётр Иванов;petr@example.kz;')
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(lines.join('\n')).not.toContain('else@example.kz')
    void other
    // Personal data left the system: the audit log says who took how much, and of which event.
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'export-personal-data' } }, overrideAccess: true })
    expect(audit.docs.map((d) => [d.actorEmail, d.targetId])).toContainEqual([
      'export-moderator@kelisim.local',
      String(event.id),
    ])
  })

  it('refuses anonymous visitors and changes nothing', async () => {
    const response = await fetch(`${api.url}/api/registrations/export.csv`)
    expect(response.status).toBe(401)
    expect(await response.text()).not.toContain('@example.kz')
  })
})
