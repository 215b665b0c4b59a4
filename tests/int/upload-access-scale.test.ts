/**
 * An anonymous file request checks its one file: the SQL it costs does not grow with the number
 * of published documents (it used to read every published publication, event and mediator).
 * Real Payload on a real SQLite file, requests over real HTTP to the in-process API server.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { watchSqlStatements } from '../../cms/db'
import { openPayload } from '../../cms/scripts/open-payload'
import { startApiServer, type ApiServer } from './apiServer'
import { tinyPdf, tinyPng } from './files'
import { quiet } from './helpers'

let payload: Payload
let api: ApiServer
let n = 0

async function media() {
  const data = await tinyPng(32, 24)
  const name = `scale-${++n}.png`
  return payload.create({ collection: 'media', locale: 'kk', data: { alt: `Сурет ${n}`, credit: 'Demo' } as never, file: { data, mimetype: 'image/png', name, size: data.length }, overrideAccess: true, context: quiet })
}
async function document() {
  const data = tinyPdf()
  const name = `scale-${++n}.pdf`
  return payload.create({ collection: 'documents', locale: 'kk', data: { title: `Құжат ${n}` } as never, file: { data, mimetype: 'application/pdf', name, size: data.length }, overrideAccess: true, context: quiet })
}
async function publication(fields: Record<string, unknown>) {
  const slug = `upload-scale-${++n}`
  return payload.create({
    collection: 'publications',
    locale: 'kk',
    data: { title: `Жарияланым ${slug}`, slug, kind: 'press-release', publishedOn: new Date().toISOString(), _status: 'published', ...fields } as never,
    overrideAccess: true,
    context: quiet,
  })
}
async function event(fields: Record<string, unknown>) {
  const slug = `upload-scale-${++n}`
  return payload.create({
    collection: 'events',
    locale: 'kk',
    data: { title: `Оқиға ${slug}`, slug, kind: 'round-table', format: 'offline', status: 'scheduled', startsAt: '2025-03-05T05:00:00.000Z', _status: 'published', ...fields } as never,
    overrideAccess: true,
    context: quiet,
  })
}
/** Published documents, each with its own public file. */
async function addPublicDocuments(count: number) {
  for (let i = 0; i < count; i++) {
    const [image, pdf, photo] = await Promise.all([media(), document(), media()])
    await publication({ cover: image.id, attachments: [{ file: pdf.id }] })
    await event({ outcomes: { photos: [photo.id] } })
  }
}

const path = (doc: { url?: string | null }) => doc.url!.replace(/^https?:\/\/[^/]+/, '')

type SqlClient = { execute(q: { sql: string; args: unknown[] }): Promise<{ rows: unknown[] }> }

/**
 * The status of an anonymous GET, the SQL statements it cost and the rows its reads returned
 * (each read run again afterwards: a statement that reads every published document returns more
 * rows as documents are added, even though the number of statements stays the same).
 */
async function anonymousGet(url: string): Promise<{ status: number; statements: number; rowsRead: number }> {
  const statements: Array<{ sql: string; args: unknown[] }> = []
  // The jobs queue's runner may poll during the request: its statements are not the request's.
  const stop = watchSqlStatements((sql, args) => {
    if (!/payload_jobs/.test(sql)) statements.push({ sql, args })
  })
  let status: number
  try {
    const response = await fetch(`${api.url}${url}`)
    await response.arrayBuffer()
    status = response.status
  } finally {
    stop()
  }
  const client = (payload.db as unknown as { client: SqlClient }).client
  let rowsRead = 0
  for (const statement of statements) if (/^\s*select/i.test(statement.sql)) rowsRead += (await client.execute(statement)).rows.length
  return { status, statements: statements.length, rowsRead }
}

beforeAll(async () => {
  payload = await openPayload()
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
})

describe('an anonymous file request', () => {
  it('costs the same SQL statements and rows with 3 or 33 published documents, for public and for hidden files', async () => {
    const [publicImage, publicPdf, publicPhoto, draftImage, embargoPdf] = await Promise.all([media(), document(), media(), media(), document()])
    await publication({ mediaKit: [{ image: publicImage.id }], attachments: [{ file: publicPdf.id }] })
    await event({ outcomes: { photos: [publicPhoto.id] } })
    await publication({ _status: 'draft', cover: draftImage.id })
    await publication({ releaseAt: new Date(Date.now() + 3_600_000).toISOString(), attachments: [{ file: embargoPdf.id }] })
    await addPublicDocuments(1)

    const files = { publicImage, publicPdf, publicPhoto, draftImage, embargoPdf }
    // One request at a time: the statements watched are that request's only.
    const measure = async () => {
      const results: Record<string, Awaited<ReturnType<typeof anonymousGet>>> = {}
      for (const [name, doc] of Object.entries(files)) results[name] = await anonymousGet(path(doc as never))
      return results
    }
    const before = await measure()
    expect(Object.fromEntries(Object.entries(before).map(([name, r]) => [name, r.status]))).toEqual({ publicImage: 200, publicPdf: 200, publicPhoto: 200, draftImage: 403, embargoPdf: 403 })

    await addPublicDocuments(15)
    const after = await measure()
    expect(after).toEqual(before)
    // A handful of indexed lookups, not one per document.
    for (const { statements } of Object.values(after)) expect(statements).toBeLessThanOrEqual(8)
  })
})
