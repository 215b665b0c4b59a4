/**
 * Which documents each page reads, for incremental publishing (cms/publish/incremental.ts). The
 * getters of site/lib/cms.ts hand out documents wrapped in proxies that note every top-level field
 * a page reads (`events:12` read `title`); a page that asks for a whole collection also notes its
 * membership (`events:*` `@`): a new or removed document changes what it lists. Reads are kept per
 * page (the middleware runs each render inside `trackPage`), per route (its getStaticPaths) and per
 * derived value (`derived`: computed once, its reads added to every page that uses it). A field read
 * on (nearly) every document of a collection is kept once as `events:*` (cms/core/pageDependencies.ts
 * reads the result).
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { compactReads, type PageReads } from '../../cms/core/pageDependencies'

/** Everything the build noted, as written to `.kelisim/pages.json` (cms/core/pageDependencies.ts). */
export function manifestParts() {
  const t = tracking()
  return {
    reads: Object.fromEntries([...t.pages].map(([url, page]) => [url, page.reads])),
    routes: Object.fromEntries([...t.routes].map(([route, reads]) => [route, routeDependencies(compactReads(reads.byDoc, t.sizes))])),
    routeOf: Object.fromEntries(t.routeOf),
  }
}

/**
 * What a route's getStaticPaths read that its pages depend on. Which pages exist is not one of them:
 * a build lists every route's pages anew, renders the new ones and drops the gone ones, so asking
 * for a collection (`@`) and reading slugs (the URLs) concern no existing page.
 */
function routeDependencies(reads: PageReads): PageReads {
  const out: PageReads = {}
  for (const [key, fields] of Object.entries(reads)) {
    const kept = fields.filter((f) => f !== '@' && f !== 'slug')
    if (kept.length) out[key] = kept
  }
  return out
}

/** Reads of one page: `collection:id` → fields. */
export class Reads {
  readonly byDoc = new Map<string, Set<string>>()
  add(key: string, field: string) {
    let fields = this.byDoc.get(key)
    if (!fields) this.byDoc.set(key, (fields = new Set()))
    fields.add(field)
  }
  merge(other: Reads) {
    for (const [key, fields] of other.byDoc) for (const f of fields) this.add(key, f)
  }
}

const als = new AsyncLocalStorage<Reads | undefined>()

type Tracking = {
  pages: Map<string, { reads: PageReads }>
  routes: Map<string, Reads>
  routeOf: Map<string, string>
  sizes: Map<string, number>
  /** Set once a page rendered: how the integration (site/integrations/buildScope.mjs) reads the result. */
  manifestParts?: typeof manifestParts
}
const state = globalThis as { __kelisimTracking?: Tracking }
export function tracking(): Tracking {
  state.__kelisimTracking ??= { pages: new Map(), routes: new Map(), routeOf: new Map(), sizes: new Map() }
  return state.__kelisimTracking
}

export function recordRead(collection: string, id: string | number, field: string) {
  als.getStore()?.add(`${collection}:${id}`, field)
}
/** recordRead with the document's key (`collection:id`) made once by the caller. */
export function recordKeyRead(key: string, field: string) {
  als.getStore()?.add(key, field)
}
/** A page that asks for a whole collection lists it: a new or removed document concerns it. */
export function recordMembership(collection: string) {
  als.getStore()?.add(`${collection}:*`, '@')
}
export function untracked<T>(fn: () => T): T {
  return als.run(undefined, fn)
}

/** Renders a page (fn) noting what it reads; the reads are kept for the manifest. */
export async function trackPage<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const reads = new Reads()
  const result = await als.run(reads, fn)
  const t = tracking()
  t.pages.set(url, { reads: compactReads(reads.byDoc, t.sizes) })
  t.manifestParts = manifestParts
  return result
}

/** Runs a route's getStaticPaths noting what it reads: every page of the route depends on it. */
export async function trackRoute<T>(routeFile: string, fn: () => T | Promise<T>): Promise<T> {
  const reads = new Reads()
  const result = await als.run(reads, fn)
  const t = tracking()
  const kept = t.routes.get(routeFile)
  if (kept) kept.merge(reads)
  else t.routes.set(routeFile, reads)
  return result
}

/**
 * A value computed once per build from CMS data (the calendar, the statistics): computed with its
 * own reads noted, and those reads added to every page that uses it.
 */
export function derived<T>(load: () => Promise<T>): () => Promise<T> {
  let memo: Promise<{ value: T; reads: Reads }> | undefined
  return async () => {
    memo ??= (async () => {
      const reads = new Reads()
      const value = await als.run(reads, load)
      return { value, reads }
    })()
    const { value, reads } = await memo
    als.getStore()?.merge(reads)
    return value
  }
}

/**
 * A value computed once per input (an array of tracked documents, say) and reused by many pages:
 * the reads the computation made are added to every page that uses the result, as if it had
 * computed it itself (the month grids all index the calendar by day).
 */
export function sharedBy<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const memo = new WeakMap<K, { value: T; reads: Reads }>()
  return (key) => {
    let kept = memo.get(key)
    if (!kept) {
      const reads = new Reads()
      kept = { value: als.run(reads, () => compute(key)), reads }
      memo.set(key, kept)
    }
    als.getStore()?.merge(kept.reads)
    return kept.value
  }
}

/** Relation fields the site reads populated, by collection: field → the related collection. */
const relations: Record<string, Record<string, string>> = {
  events: { region: 'regions', venueOffice: 'offices' },
  offices: { region: 'regions' },
  mediators: { region: 'regions', offices: 'offices' },
  publications: { region: 'regions' },
  'open-door-days': { participatingOffices: 'offices' },
  indicators: { region: 'regions' },
}

const proxies = new WeakMap<object, unknown>()

/** A document whose field reads are noted (`id` is identity, not content). */
export function trackDoc<T>(collection: string, doc: T): T {
  if (!doc || typeof doc !== 'object') return doc
  const cached = proxies.get(doc as object)
  if (cached) return cached as T
  const id = (doc as { id?: string | number }).id
  if (id === undefined) return doc
  const related = relations[collection] ?? {}
  // Every page reads documents many times: the key is made once, and a relation list is wrapped once.
  const key = `${collection}:${id}`
  const proxy = new Proxy(doc as object, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver)
      if (typeof prop !== 'string' || prop === 'id') return value
      als.getStore()?.add(key, prop)
      const target2 = related[prop]
      if (target2 && value && typeof value === 'object') {
        return Array.isArray(value) ? trackList(target2, value) : trackDoc(target2, value)
      }
      return value
    },
    has(target, prop) {
      if (typeof prop === 'string') als.getStore()?.add(key, prop)
      return Reflect.has(target, prop)
    },
    ownKeys(target) {
      als.getStore()?.add(key, '*')
      return Reflect.ownKeys(target)
    },
  })
  proxies.set(doc as object, proxy)
  return proxy as T
}

const lists = new WeakMap<unknown[], unknown[]>()
/** A populated relation list of tracked documents, made once per list (frozen: every page shares it). */
function trackList(collection: string, values: unknown[]): unknown[] {
  let tracked = lists.get(values)
  if (!tracked) lists.set(values, (tracked = Object.freeze(values.map((v) => trackDoc(collection, v))) as unknown[]))
  return tracked
}

/** A collection as the getters hand it out: tracked documents, its size noted for compaction. */
export function trackCollection<T>(collection: string, docs: T[]): T[] {
  tracking().sizes.set(collection, docs.length)
  return docs.map((d) => trackDoc(collection, d))
}
