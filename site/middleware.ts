import path from 'node:path'

import { defineMiddleware } from 'astro:middleware'

import { trackPage } from './lib/readTracking'
import { formatProgressLine } from '../cms/core/buildProgress'
import { isCompressible, writeCompressedCopies } from '../cms/publish/precompress'
import { createPageIndexer, fileOfRenderedPage, type PageIndexer } from '../cms/publish/searchIndex'

const expected = Number(process.env.KELISIM_BUILD_EXPECTED_PAGES) || 0
let rendered = 0
let lastReport = 0

/** Prints how far the build is (at most every second), for the console and the admin's status panel. */
function reportProgress() {
  rendered++
  const now = Date.now()
  if (now - lastReport < 1000) return
  lastReport = now
  console.log(formatProgressLine({ done: rendered, total: Math.max(expected, rendered) }))
}

/**
 * A full build (cms/publish/build-site.ts sets the flags) hands every rendered page on at once:
 * pagefind indexes it in its own process and zlib compresses it on libuv's threads, while Astro
 * goes on rendering, instead of both reading the whole site again afterwards. The
 * site/integrations/buildScope.mjs build:done hook waits for them and writes the index (same
 * process, hence the global).
 */
const indexDuringBuild = process.env.KELISIM_SEARCH_INDEX_DURING_BUILD === '1'
const compressInto = process.env.KELISIM_COMPRESS_DURING_BUILD === '1' ? process.env.KELISIM_SITE_OUT_DIR : undefined
const buildState = globalThis as { __kelisimSearchIndex?: PageIndexer; __kelisimCompressed?: { files: Set<string>; pending: Promise<unknown>[] } }

/**
 * Pages handed on and not yet taken by pagefind or written compressed. Past this many, a page waits
 * for the oldest before it is done, so a render faster than pagefind cannot pile pages up in memory.
 */
const inFlight: Promise<unknown>[] = []
const maxInFlight = 256

async function handOnRenderedPage(pathname: string, response: Response, body: ArrayBuffer) {
  const html = response.headers.get('content-type')?.startsWith('text/html') ?? false
  const file = html ? fileOfRenderedPage(pathname) : decodeURI(pathname).replace(/^\/+/, '')
  if (indexDuringBuild && html) {
    buildState.__kelisimSearchIndex ??= createPageIndexer()
    inFlight.push(buildState.__kelisimSearchIndex.add(file, new TextDecoder().decode(body)))
  }
  if (compressInto && isCompressible(file)) {
    const compressed = (buildState.__kelisimCompressed ??= { files: new Set(), pending: [] })
    compressed.files.add(file)
    const written = writeCompressedCopies(path.join(compressInto, file), new Uint8Array(body))
    written.catch(() => {}) // reported where awaited, never as an unhandled rejection
    compressed.pending.push(written)
    inFlight.push(written)
  }
  // A failure here fails this page, and with it the build.
  while (inFlight.length > maxInFlight) await inFlight.shift()
}

/**
 * At build time every page renders inside `trackPage`, which notes the documents it reads for the
 * page manifest (incremental publishing, site/lib/readTracking.ts). The body is read here so the
 * whole render happens inside.
 */
export const onRequest = defineMiddleware((context, next) =>
  trackPage(context.url.pathname, async () => {
    const response = await next()
    const body = await response.arrayBuffer()
    await handOnRenderedPage(context.url.pathname, response, body)
    reportProgress()
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  }),
)
