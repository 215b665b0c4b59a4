/**
 * Incremental publishing's rules, pure: what a page read (recorded by the build, see
 * site/lib/readTracking.ts), what a change to a document is, and which pages a set of changes
 * concerns. A page's reads are `collection:id` → top-level fields it read, plus `collection:*` →
 * fields it read on (nearly) every document of the collection and `@` when it listed the collection.
 */

/** `events:12` → ['title', 'slug']; `events:*` → ['startsAt', '@']. */
export type PageReads = Record<string, string[]>

export type PageManifest = {
  /** Every page of the build: the route file it came from (null: a page without params) and its reads. */
  pages: Record<string, { route: string | null; reads: PageReads }>
  /** Reads of each route's getStaticPaths: every page of the route depends on them. */
  routes: Record<string, PageReads>
}

/**
 * A change to one document, as the rebuild job collects them: `create` (published for the first
 * time), `update` (published before and after; `fields` are the top-level fields that changed, none
 * given means any), `delete` (deleted or unpublished).
 */
export type DocumentChange = { collection: string; id: string; kind: 'create' | 'update' | 'delete'; fields?: string[] }

/** The collections whose reads the build records; a change to another one needs a full build. */
export const trackedCollections = ['regions', 'offices', 'mediators', 'events', 'open-door-days', 'publications', 'indicators'] as const

/** A field read on more documents than this is recorded once for the whole collection. */
export const wildcardAbove = 200

/** Compacts a page's reads: fields read on every document (or very many) become `collection:*`. */
export function compactReads(byDoc: Map<string, Set<string>>, sizes: Map<string, number>): PageReads {
  const readers = new Map<string, Map<string, string[]>>() // collection → field → ids
  const out: Record<string, Set<string>> = {}
  const add = (key: string, field: string) => (out[key] ??= new Set()).add(field)
  for (const [key, fields] of byDoc) {
    const [collection, id] = splitKey(key)
    if (id === '*') {
      for (const f of fields) add(key, f)
      continue
    }
    let byField = readers.get(collection)
    if (!byField) readers.set(collection, (byField = new Map()))
    for (const f of fields) {
      const ids = byField.get(f)
      if (ids) ids.push(id)
      else byField.set(f, [id])
    }
  }
  for (const [collection, byField] of readers) {
    const size = sizes.get(collection) ?? Infinity
    for (const [field, ids] of byField) {
      if (ids.length > wildcardAbove || (size > 1 && ids.length >= size)) add(`${collection}:*`, field)
      else for (const id of ids) add(`${collection}:${id}`, field)
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort()]))
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf(':')
  return [key.slice(0, at), key.slice(at + 1)]
}

/** Whether reads concern a change. */
export function readsConcern(reads: PageReads, change: DocumentChange): boolean {
  const own = reads[`${change.collection}:${change.id}`]
  const all = reads[`${change.collection}:*`]
  if (change.kind === 'create') return Boolean(all?.length)
  if (change.kind === 'delete') return Boolean(own?.length || all?.length)
  const changed = change.fields?.length ? new Set([...change.fields, '*']) : undefined
  const hits = (fields: string[] | undefined) => Boolean(fields?.some((f) => f !== '@' && (!changed || changed.has(f) || f === '*')))
  return hits(own) || hits(all)
}

/** The same changes once: per document, create+delete cancel into delete, fields are merged. */
export function mergeChanges(changes: DocumentChange[]): DocumentChange[] {
  const byDoc = new Map<string, DocumentChange>()
  for (const c of changes) {
    const key = `${c.collection}:${c.id}`
    const seen = byDoc.get(key)
    if (!seen) {
      byDoc.set(key, { ...c, fields: c.fields ? [...c.fields] : undefined })
      continue
    }
    // The last kind decides whether it is on the site; a document created and then edited is new.
    const kind = c.kind === 'delete' ? 'delete' : seen.kind === 'create' || c.kind === 'create' ? 'create' : 'update'
    const fields = seen.fields && c.fields ? [...new Set([...seen.fields, ...c.fields])] : undefined
    byDoc.set(key, { ...c, kind, fields })
  }
  return [...byDoc.values()]
}

export type IncrementalPlan =
  | { mode: 'full'; reason: string }
  | { mode: 'incremental'; pages: string[]; reason: string }

/**
 * Which pages to render again for the changes, or a full build when that is the safer choice: no
 * changes known, a change to something the build does not track, or more than `maxShare` of the
 * pages concerned (rendering them is no cheaper than a full build).
 */
export function planIncremental(args: {
  manifest: PageManifest | undefined
  changes: DocumentChange[] | undefined
  codeChanged: boolean
  maxShare?: number
}): IncrementalPlan {
  const { manifest, changes, codeChanged } = args
  if (!manifest) return { mode: 'full', reason: 'no page manifest from the live build' }
  if (codeChanged) return { mode: 'full', reason: 'the site code changed since the live build' }
  if (!changes?.length) return { mode: 'full', reason: 'the changes are not known' }
  const untracked = changes.find((c) => !(trackedCollections as readonly string[]).includes(c.collection))
  if (untracked) return { mode: 'full', reason: `a change to ${untracked.collection}, which pages do not record` }
  const merged = mergeChanges(changes)
  const pages: string[] = []
  const urls = Object.keys(manifest.pages)
  for (const url of urls) {
    const page = manifest.pages[url]!
    const route = page.route ? manifest.routes[page.route] : undefined
    if (merged.some((c) => readsConcern(page.reads, c) || (route !== undefined && readsConcern(route, c)))) pages.push(url)
  }
  const share = pages.length / Math.max(1, urls.length)
  if (share > (args.maxShare ?? 0.5)) return { mode: 'full', reason: `${pages.length} of ${urls.length} pages concerned` }
  return { mode: 'incremental', pages, reason: `${pages.length} of ${urls.length} pages concerned by ${merged.length} change(s)` }
}
