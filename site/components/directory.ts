/**
 * The mediator directory filter: downloads the language's directory.json once (1,600 rows are a
 * few dozen KB) and filters it in memory on every change, so it answers at once on a phone. The
 * choices live in the URL (?region=…&specialization=…), so a filtered list can be shared.
 */
import { filterDirectory, rowSpecializations, type DirectoryFilter, type DirectoryRow } from '../../cms/core/mediatorDirectory'
import { specializations } from '../../cms/core/vocabulary'

type Directory = { regions: Record<string, string>; labels: { kinds: string[]; specializations: string[] }; rows: DirectoryRow[] }

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''))
const pageSize = 50

export function startDirectory() {
  const root = document.querySelector<HTMLElement>('[data-directory]')
  if (!root) return
  const form = root.querySelector<HTMLFormElement>('[data-directory-form]')!
  const status = root.querySelector<HTMLElement>('[data-directory-status]')!
  const list = root.querySelector<HTMLUListElement>('[data-directory-list]')!
  const more = root.querySelector<HTMLButtonElement>('[data-directory-more]')!
  const d = root.dataset
  root.hidden = false
  const params = new URLSearchParams(location.search)
  for (const select of form.querySelectorAll('select')) select.value = params.get(select.name) ?? ''

  let data: Directory | undefined
  let matches: DirectoryRow[] = []
  let shown = 0

  const row = (r: DirectoryRow) => {
    const item = document.createElement('li')
    item.className = 'mediator-row'
    const link = Object.assign(document.createElement('a'), { href: `${d.base}${r[0]}/`, textContent: r[1] })
    const specs = rowSpecializations(r).map((s) => data!.labels.specializations[specializations.indexOf(s)])
    const meta = Object.assign(document.createElement('span'), {
      className: 'mediator-row__meta',
      textContent: [data!.labels.kinds[r[2]], data!.regions[r[3]], specs.join(', ')].filter(Boolean).join(' · '),
    })
    item.append(link, meta)
    return item
  }

  const showMore = () => {
    const next = matches.slice(shown, shown + pageSize)
    list.append(...next.map(row))
    shown += next.length
    more.hidden = shown >= matches.length
    status.textContent = matches.length ? fill(d.tShown ?? '', { shown, count: matches.length }) : (d.tNone ?? '')
  }

  const apply = () => {
    if (!data) return
    const filter = Object.fromEntries(new FormData(form)) as DirectoryFilter
    matches = filterDirectory(data.rows, filter)
    shown = 0
    list.replaceChildren()
    showMore()
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as Array<[string, string]>)
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname)
  }

  form.addEventListener('change', apply)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    apply()
  })
  more.addEventListener('click', showMore)
  fetch(d.src!)
    .then((r) => (r.ok ? (r.json() as Promise<Directory>) : Promise.reject(new Error(String(r.status)))))
    .then((loaded) => {
      data = loaded
      apply()
    })
    .catch(() => {
      status.textContent = d.tError ?? ''
    })
}
