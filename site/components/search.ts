/**
 * Runs the query from ?q= against /pagefind/pagefind.js and lists the first 20 results. The
 * query lives in the URL, so results can be linked and the form stays a plain GET form.
 */
type PagefindResult = { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
type Pagefind = { search: (q: string) => Promise<{ results: PagefindResult[] }> }

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''))

export async function runSearch() {
  const area = document.querySelector<HTMLElement>('[data-search-results]')
  if (!area) return
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? ''
  const input = document.querySelector<HTMLInputElement>('form[role="search"] input[name="q"]')
  if (input) input.value = query
  if (!query) return
  const status = area.querySelector<HTMLElement>('[role="status"]')!
  const list = area.querySelector<HTMLOListElement>('.search-results')!
  const { results = '', noResults = '', loading = '', error = '' } = area.dataset
  status.textContent = loading
  try {
    // Written after the site is built, so the browser resolves it, not the bundler.
    const pagefindUrl = new URL('/pagefind/pagefind.js', location.origin).href
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind
    const search = await pagefind.search(query)
    // Each result's data is one more small request: load the first page of them only.
    const hits = await Promise.all(search.results.slice(0, 20).map((r) => r.data()))
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement('li')
        const link = Object.assign(document.createElement('a'), { className: 'search-result__title', href: hit.url })
        link.textContent = hit.meta.title ?? hit.url
        const excerpt = Object.assign(document.createElement('p'), { className: 'search-result__excerpt' })
        // pagefind escapes the page text and adds only <mark> around the matches.
        excerpt.innerHTML = hit.excerpt
        item.append(link, excerpt)
        return item
      }),
    )
    status.textContent = hits.length ? fill(results, { count: search.results.length }) : fill(noResults, { query })
  } catch {
    // The index or the network failed: saying "nothing found" would be untrue.
    status.textContent = error
  }
}
