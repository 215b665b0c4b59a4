/**
 * Runs the query from ?q= (and ?kind=) against /pagefind/pagefind.js and lists the first 20
 * results, each labelled with its kind. The query is searched as typed and folded (Kazakh letters
 * typed as Russian ones: pages carry a folded copy of their names), results merged. Without
 * JavaScript the same form goes to /api/site-search, which answers from a list written at build time.
 */
import { foldLetters } from '../../cms/core/fold'

type PagefindData = { url: string; excerpt: string; meta: { title?: string; kind?: string } }
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> }
type Pagefind = { search: (q: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }> }

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''))

export async function runSearch() {
  const area = document.querySelector<HTMLElement>('[data-search-results]')
  if (!area) return
  const form = document.querySelector<HTMLFormElement>('form[role="search"]')
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
  const kindSelect = form?.querySelector<HTMLSelectElement>('select[name="kind"]')
  // With JavaScript the form stays on this page: the query goes into its URL.
  form?.addEventListener('submit', (event) => {
    event.preventDefault()
    const params = new URLSearchParams({ q: input?.value.trim() ?? '' })
    if (kindSelect?.value) params.set('kind', kindSelect.value)
    location.assign(`${location.pathname}?${params}`)
  })
  const url = new URLSearchParams(location.search)
  const query = url.get('q')?.trim() ?? ''
  const kind = url.get('kind') ?? ''
  if (input) input.value = query
  if (kindSelect) kindSelect.value = kind
  if (!query) return
  const status = area.querySelector<HTMLElement>('[role="status"]')!
  const list = area.querySelector<HTMLOListElement>('.search-results')!
  const { results = '', noResults = '', loading = '', error = '' } = area.dataset
  const kindLabel = (k: string | undefined) => area.dataset[`kind${(k ?? 'page').replace(/^./, (c) => c.toUpperCase())}`] ?? ''
  status.textContent = loading
  try {
    // Written after the site is built, so the browser resolves it, not the bundler.
    const pagefindUrl = new URL('/pagefind/pagefind.js', location.origin).href
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind
    const options = kind ? { filters: { kind } } : {}
    const folded = foldLetters(query)
    const searches = await Promise.all([pagefind.search(query, options), folded !== query ? pagefind.search(folded, options) : { results: [] }])
    const seen = new Set<string>()
    const merged = searches.flatMap((s) => s.results).filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)))
    // Each result's data is one more small request: load the first page of them only.
    const hits = await Promise.all(merged.slice(0, 20).map((r) => r.data()))
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement('li')
        const link = Object.assign(document.createElement('a'), { className: 'search-result__title', href: hit.url })
        link.textContent = hit.meta.title ?? hit.url
        const badge = Object.assign(document.createElement('span'), { className: 'badge', textContent: kindLabel(hit.meta.kind) })
        const excerpt = Object.assign(document.createElement('p'), { className: 'search-result__excerpt' })
        // pagefind escapes the page text and adds only <mark> around the matches.
        excerpt.innerHTML = hit.excerpt
        item.append(link, ' ', badge, excerpt)
        return item
      }),
    )
    status.textContent = hits.length ? fill(results, { count: merged.length }) : fill(noResults, { query })
  } catch {
    // The index or the network failed: saying "nothing found" would be untrue.
    status.textContent = error
  }
}
