// @ts-check
/**
 * The build scope and the page manifest, in one place (see cms/core/buildScope.ts):
 * - a Vite plugin wraps the getStaticPaths of every module under site/pages in
 *   site/lib/buildScope.ts's `scoped`, so KELISIM_BUILD_ONLY limits every route and no route can be
 *   forgotten (a page module with params and no getStaticPaths it can wrap fails the build);
 * - when the build is done, it writes `<out>/.kelisim/pages.json` (each page's route and reads,
 *   site/lib/readTracking.ts; not served: dot folders are refused) and, in a full build, checks that
 *   the pages Astro wrote are exactly the pages the routes listed;
 * - `scopedSitemap` hands the sitemap integration every page of the site, not only those a scoped
 *   build rendered.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url))
const scopeModule = fileURLToPath(new URL('../lib/buildScope.ts', import.meta.url))

const declared = [
  [/^export\s+(async\s+)?function\s+getStaticPaths\b/m, (/** @type {string} */ _m, /** @type {string|undefined} */ a) => `${a ?? ''}function __kelisimGetStaticPaths`],
  [/^export\s+const\s+getStaticPaths\s*=/m, () => 'const __kelisimGetStaticPaths ='],
]

/** @returns {import('vite').Plugin} */
function wrapGetStaticPaths() {
  return {
    name: 'kelisim-build-scope',
    enforce: 'post',
    transform(code, id) {
      const file = id.split('?')[0] ?? id
      if (id.includes('?') || !file.startsWith(pagesDir) || !/\.(astro|ts|js|mjs)$/.test(file)) return null
      const routeFile = path.relative(pagesDir, file).split(path.sep).join('/')
      let out = code
      let found = false
      for (const [pattern, replacement] of declared) {
        if (pattern.test(out)) {
          out = out.replace(pattern, /** @type {any} */ (replacement))
          found = true
        }
      }
      if (!found) {
        if (routeFile.includes('[')) this.error(`${routeFile}: a route with params needs an exported getStaticPaths the build scope can wrap`)
        return null
      }
      out += `\nimport { scoped as __kelisimScoped } from ${JSON.stringify(scopeModule)};\nexport const getStaticPaths = __kelisimScoped(${JSON.stringify(routeFile)}, __kelisimGetStaticPaths);\n`
      return { code: out, map: null }
    },
  }
}

/** What site/lib/buildScope.ts, readTracking.ts and the middleware's search index collect during the build (same process). */
const state = /** @type {{ __kelisimSearchIndex?: { finish(outputDir: string): Promise<number> }, __kelisimCompressed?: { files: Set<string>, pending: Promise<unknown>[] }, __kelisimBuild?: { enumerated: Set<string> }, __kelisimTracking?: { pages: Map<string, unknown>, manifestParts?: () => { reads: Record<string, Record<string, string[]>>, routes: Record<string, Record<string, string[]>>, routeOf: Record<string, string> } } }} */ (globalThis)

const toUrl = (/** @type {string} */ name) => `/${name.replace(/^\/+/, '')}`

/** Every page of the site: what the routes listed plus the pages without params this build wrote. */
function allPageNames(/** @type {{ pathname: string }[]} */ built) {
  const names = new Set(built.map((p) => p.pathname))
  for (const url of state.__kelisimBuild?.enumerated ?? []) names.add(url.replace(/^\/+/, ''))
  return [...names].map((pathname) => ({ pathname }))
}

/** @returns {import('astro').AstroIntegration} */
export function buildScope() {
  return {
    name: 'kelisim-build-scope',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [wrapGetStaticPaths()] } })
      },
      'astro:build:done': async ({ pages, dir }) => {
        const tracking = state.__kelisimTracking
        const enumerated = state.__kelisimBuild?.enumerated ?? new Set()
        // Every page and endpoint rendered passed the middleware (site/middleware.ts); Astro's `pages` lists pages only.
        const built = new Set([...pages.map((p) => toUrl(p.pathname)), ...(tracking?.pages.keys() ?? [])])
        if (!process.env.KELISIM_BUILD_ONLY) {
          const missing = [...enumerated].filter((u) => !tracking?.pages.has(u))
          if (missing.length) throw new Error(`build scope: pages the routes listed but the build did not write: ${missing.slice(0, 5).join(', ')}`)
        }
        const outDir = fileURLToPath(dir)
        const parts = tracking?.manifestParts?.() ?? { reads: {}, routes: {}, routeOf: {} }
        const manifestPages = Object.fromEntries([...built].sort().map((url) => [url, { route: parts.routeOf[url] ?? null, reads: parts.reads[url] ?? {} }]))
        const routes = parts.routes
        fs.mkdirSync(path.join(outDir, '.kelisim'), { recursive: true })
        fs.writeFileSync(path.join(outDir, '.kelisim', 'pages.json'), JSON.stringify({ pages: manifestPages, routes, enumerated: [...enumerated].sort() }))
        // What the middleware handed on while pages rendered (full builds only): the compressed
        // copies (listed, so the publisher does not compress those files again) and the search index.
        const compressed = state.__kelisimCompressed
        if (compressed) {
          delete state.__kelisimCompressed
          await Promise.all(compressed.pending)
          fs.writeFileSync(path.join(outDir, '.kelisim', 'compressed.txt'), [...compressed.files].sort().join('\n'))
        }
        const searchIndex = state.__kelisimSearchIndex
        if (searchIndex) {
          delete state.__kelisimSearchIndex
          await searchIndex.finish(outDir)
        }
      },
    },
  }
}

/**
 * The sitemap integration, given every page of the site even when a scoped build rendered few.
 * @param {import('astro').AstroIntegration} sitemap
 * @returns {import('astro').AstroIntegration}
 */
export function scopedSitemap(sitemap) {
  const done = sitemap.hooks['astro:build:done']
  return {
    ...sitemap,
    hooks: {
      ...sitemap.hooks,
      'astro:build:done': async (params) => {
        await done?.({ ...params, pages: allPageNames(params.pages) })
      },
    },
  }
}
