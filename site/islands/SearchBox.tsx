import { useEffect, useState } from 'react'

/**
 * Search over the pagefind index of the current language. Pagefind picks the index from
 * <html lang>, so /kk/ searches Kazakh pages and /ru/ Russian ones. The query lives in ?q= so
 * results can be linked and the form works as a plain GET form.
 */
type Strings = { results: string; noResults: string; loading: string }
type Hit = { url: string; title: string; excerpt: string }
type Pagefind = {
  search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }> }>
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''))

export default function SearchBox({ strings }: { strings: Strings }) {
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<Hit[] | null>(null)
  const [total, setTotal] = useState(0)
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q')?.trim() ?? ''
    setQuery(q)
    if (!q) return
    let cancelled = false
    setLoading(true)
    ;(async () => {
      // Built after the site, so it must be resolved in the browser, not by the bundler.
      const pagefindUrl = new URL('/pagefind/pagefind.js', window.location.origin).href
      const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind
      const search = await pagefind.search(q)
      // Only the first 20 are loaded: each result's data is a separate small request.
      const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()))
      if (cancelled) return
      setTotal(search.results.length)
      setHits(data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })))
    })()
      .catch(() => !cancelled && setHits([]))
      .finally(() => !cancelled && setLoading(false))
    return () => {
      cancelled = true
    }
  }, [])

  if (!query) return null
  if (loading || !hits) return <p role="status">{strings.loading}</p>
  return (
    <section aria-live="polite">
      <p role="status">{hits.length ? fill(strings.results, { count: total }) : fill(strings.noResults, { query })}</p>
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.url}>
            <a className="search-result__title" href={hit.url}>
              {hit.title}
            </a>
            {/* pagefind escapes page text and adds only <mark> around matches */}
            <p className="search-result__excerpt" dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
          </li>
        ))}
      </ol>
    </section>
  )
}
