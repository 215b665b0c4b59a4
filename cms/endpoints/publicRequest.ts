import type { PayloadRequest } from 'payload'

import type { Locale } from '../core/locales'
import { publicBodyLimit } from '../core/registration'

export type BodyResult = { kind: 'ok'; fields: Record<string, unknown> } | { kind: 'tooLarge' } | { kind: 'unreadable' }

/**
 * Reads a public form or JSON body, never more than `publicBodyLimit` bytes: the declared length
 * is refused up front, and a body that lies about its length (or streams without one) is cut off
 * once it passes the limit, before any of it is parsed.
 */
export async function readPublicBody(req: PayloadRequest, limit = publicBodyLimit): Promise<BodyResult> {
  const declared = Number(req.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > limit) return { kind: 'tooLarge' }
  const contentType = req.headers.get('content-type') ?? ''
  let text = ''
  try {
    const stream = req.body as ReadableStream<Uint8Array> | null | undefined
    if (stream && typeof stream.getReader === 'function') {
      const reader = stream.getReader()
      const chunks: Uint8Array[] = []
      let size = 0
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        size += value.byteLength
        if (size > limit) {
          await reader.cancel().catch(() => undefined)
          return { kind: 'tooLarge' }
        }
        chunks.push(value)
      }
      text = Buffer.concat(chunks).toString('utf8')
    } else if (req.text) {
      text = await req.text()
      if (Buffer.byteLength(text) > limit) return { kind: 'tooLarge' }
    }
    if (contentType.includes('application/json')) {
      const parsed = JSON.parse(text)
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { kind: 'ok', fields: parsed } : { kind: 'unreadable' }
    }
    if (contentType.includes('application/x-www-form-urlencoded')) {
      return { kind: 'ok', fields: Object.fromEntries(new URLSearchParams(text)) }
    }
    return { kind: 'unreadable' }
  } catch {
    return { kind: 'unreadable' }
  }
}

export const wantsJson = (req: PayloadRequest) => (req.headers.get('accept') ?? '').includes('application/json')

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A small result page in the site's look; works without JavaScript. `bodyHtml` must be escaped. */
export function resultPage(args: { locale: Locale; title: string; ok: boolean; messages: string[]; bodyHtml?: string }): string {
  const { locale, title, ok, messages, bodyHtml = '' } = args
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — Kelisim</title>
<link rel="stylesheet" href="/styles/site.css">
</head>
<body>
<main class="container registration-result" id="main">
<h1>${escapeHtml(title)}</h1>
<div class="${ok ? 'notice notice--success' : 'notice notice--error'}" role="${ok ? 'status' : 'alert'}">
<ul>${messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>
</div>
${bodyHtml}
</main>
</body>
</html>`
}

export function htmlResponse(html: string, status: number): Response {
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
      // The result and cancel pages load only the site's stylesheet and post only to this origin.
      'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
  })
}

/** The published event a public request names by its slug (the form, the live seat figures), or undefined. */
export async function publishedEventBySlug(req: PayloadRequest, slug: string, options: { select?: Record<string, true>; locale?: 'all' } = {}) {
  if (!slug) return undefined
  const { docs } = await req.payload.find({
    collection: 'events',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    ...options,
    depth: 0,
    joins: false,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0]
}
