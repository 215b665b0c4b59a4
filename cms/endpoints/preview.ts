import fs from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint, PayloadRequest } from 'payload'

import { localeFromAcceptLanguage, localeOr, locales, type Locale } from '../core/locales'
import {
  isPreviewCollection,
  previewFilePath,
  previewMessages,
  previewPagePath,
  previewPagePaths,
  previewSitePrefix,
  rewritePreviewUrls,
  type PreviewCollection,
} from '../core/preview'
import { previewSiteTaskSlug } from '../jobs/previewSite'
import { publishQueue } from '../jobs/rebuildSite'
import { prunePreviews, previewIdFor, previewSiteFolder, readableDraft, readPreviewRecord, writePreviewRecord, type PreviewRecord } from '../lib/preview'
import { publicSiteUrl } from '../lib/siteUrl'
import { readPublicBody } from './publicRequest'

/**
 * The doors of the draft preview, staff only (the Payload session cookie or a JWT), each checking
 * that the user may read the document's newest draft (cms/lib/preview.ts, readableDraft):
 * - POST /api/previews {collection, id, lang?}: queues the preview build of the saved draft (or
 *   answers at once when this draft version is already built) → {previewId, state, urls}
 * - GET /api/previews/:previewId: its state (preparing | ready | failed, with the error)
 * - GET /api/previews/:previewId/site/<path>: the built files; HTML and CSS with their absolute
 *   URLs pointing into the preview, `noindex`, never cached. A path the preview did not build
 *   (navigation to other pages) redirects to the public site.
 * Refusals: 401 without a session, 403 without read access to the draft, in the staff member's language.
 */

const noStore = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow' }

function languageOf(req: PayloadRequest, asked?: unknown): Locale {
  const query = req.searchParams?.get('lang')
  return localeOr(asked ?? query, localeOr(req.i18n?.language, localeFromAcceptLanguage(req.headers.get('accept-language'))))
}

function refuse(req: PayloadRequest, status: 400 | 401 | 403 | 404, lang: Locale) {
  const key = status === 401 ? 'signIn' : status === 403 ? 'forbidden' : status === 404 ? 'notFound' : 'badRequest'
  return Response.json({ errors: [{ message: previewMessages[lang][key] }] }, { status, headers: noStore })
}

const apiRoute = (req: PayloadRequest) => req.payload.config.routes.api

function describe(req: PayloadRequest, record: PreviewRecord) {
  const prefix = previewSitePrefix(apiRoute(req), record.previewId)
  const urls = Object.fromEntries(locales.map((lang) => [lang, prefix + previewPagePath(record.collection, record.slug, lang)]))
  return { previewId: record.previewId, state: record.state, error: record.state === 'failed' ? record.error : undefined, urls }
}

/** The record of a preview the user may see: its document's newest draft must be theirs to read. */
async function allowedRecord(req: PayloadRequest, lang: Locale): Promise<PreviewRecord | Response> {
  if (!req.user) return refuse(req, 401, lang)
  const record = await readPreviewRecord(String(req.routeParams?.previewId ?? ''))
  if (!record) return refuse(req, 404, lang)
  if (!(await readableDraft(req.payload, req.user, record.collection, record.id))) return refuse(req, 403, lang)
  return record
}

export const createPreviewEndpoint: Endpoint = {
  path: '/previews',
  method: 'post',
  handler: async (req) => {
    const body = await readPublicBody(req, 2048)
    const fields = body.kind === 'ok' ? body.fields : {}
    const lang = languageOf(req, fields.lang)
    if (!req.user) return refuse(req, 401, lang)
    const collection = fields.collection
    const id = String(fields.id ?? '')
    if (!isPreviewCollection(collection) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return refuse(req, 400, lang)
    const draft = await readableDraft(req.payload, req.user, collection, id)
    if (!draft) return refuse(req, 403, lang)
    if (!draft.slug) return refuse(req, 400, lang)

    await prunePreviews().catch((error: unknown) => req.payload.logger.warn({ err: error, msg: 'Could not remove old previews' }))
    const previewId = previewIdFor(collection, id, String(draft.updatedAt ?? ''))
    const existing = await readPreviewRecord(previewId)
    if (existing && existing.state !== 'failed') return Response.json(describe(req, existing), { status: existing.state === 'ready' ? 200 : 202, headers: noStore })

    const record: PreviewRecord = {
      previewId,
      collection: collection as PreviewCollection,
      id,
      slug: draft.slug,
      draftUpdatedAt: String(draft.updatedAt ?? ''),
      paths: previewPagePaths(collection, draft.slug),
      state: 'preparing',
      createdAt: new Date().toISOString(),
    }
    await writePreviewRecord(record)
    await req.payload.jobs.queue({ task: previewSiteTaskSlug, queue: publishQueue, input: { previewId }, req })
    return Response.json(describe(req, record), { status: 202, headers: noStore })
  },
}

export const previewStatusEndpoint: Endpoint = {
  path: '/previews/:previewId',
  method: 'get',
  handler: async (req) => {
    const record = await allowedRecord(req, languageOf(req))
    if (record instanceof Response) return record
    return Response.json(describe(req, record), { headers: noStore })
  },
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export const previewFileEndpoint: Endpoint = {
  path: '/previews/:previewId/site/:path*',
  method: 'get',
  handler: async (req) => {
    const record = await allowedRecord(req, languageOf(req))
    if (record instanceof Response) return record
    if (record.state !== 'ready') return refuse(req, 404, languageOf(req))
    const rawPath = req.routeParams?.path
    const sitePath = '/' + (Array.isArray(rawPath) ? rawPath.join('/') : String(rawPath ?? ''))
    const relative = previewFilePath(sitePath)
    if (!relative) return refuse(req, 400, languageOf(req))
    const file = path.join(previewSiteFolder(record.previewId), relative)
    const bytes = await fs.readFile(file).catch(() => null)
    // Not built in the preview (another page of the site): the public site has it.
    if (!bytes) return new Response(null, { status: 302, headers: { ...noStore, location: publicSiteUrl() + sitePath + (relative.endsWith('index.html') && !sitePath.endsWith('/') ? '/' : '') } })
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
    const prefix = previewSitePrefix(apiRoute(req), record.previewId)
    const body = type.startsWith('text/html') || type.startsWith('text/css') ? rewritePreviewUrls(bytes.toString('utf8'), prefix) : bytes
    return new Response(body, { status: 200, headers: { ...noStore, 'content-type': type } })
  },
}

export const previewEndpoints = [createPreviewEndpoint, previewStatusEndpoint, previewFileEndpoint]
