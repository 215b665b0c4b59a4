/**
 * Filters the upcoming events in place. The form is hidden in the HTML (a static page cannot
 * filter without a script); this module shows it, reads the filters from the URL query (unknown
 * values ignored), fetches the language's events index once and lists the matching entries
 * instead of the page's own list. Clearing every filter puts the page's list back.
 */
import { filterNames, filterRows, isEmptyFilter, parseEventFilter, type EventIndex, type IndexRow } from '../../cms/core/eventIndex'

const zone = 'Asia/Almaty'
const shown = 200

function start() {
  const foundForm = document.querySelector<HTMLFormElement>('[data-cal-filters]')
  const foundList = document.querySelector<HTMLElement>('[data-cal-list]')
  if (!foundForm || !foundList) return
  const form: HTMLFormElement = foundForm
  const list: HTMLElement = foundList
  const status = form.querySelector<HTMLElement>('[data-cal-status]')!
  const original = [...list.childNodes]
  const pager = document.querySelector<HTMLElement>('.pager')
  const lang = form.dataset.lang ?? 'kk'
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
  const dayOf = (minutes: number) => dayFormat.format(new Date(minutes * 60_000))
  const dateTime = new Intl.DateTimeFormat(lang, { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const time = new Intl.DateTimeFormat(lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  let index: Promise<EventIndex> | undefined
  const load = () => (index ??= fetch(form.dataset.index!).then((r) => r.json() as Promise<EventIndex>))

  function range(row: IndexRow): string {
    const startAt = new Date(row[2] * 60_000)
    const endAt = new Date((row[2] + row[3]) * 60_000)
    return dayOf(row[2]) === dayOf(row[2] + row[3]) ? `${dateTime.format(startAt)}–${time.format(endAt)}` : `${dateTime.format(startAt)} – ${dateTime.format(endAt)}`
  }

  function item(data: EventIndex, row: IndexRow): HTMLLIElement {
    const li = Object.assign(document.createElement('li'), { className: 'cal-item' })
    const link = Object.assign(document.createElement('a'), { className: 'cal-item__title', href: row[0], textContent: row[1] })
    const meta = Object.assign(document.createElement('p'), { className: 'cal-item__meta' })
    const when = Object.assign(document.createElement('time'), { dateTime: new Date(row[2] * 60_000).toISOString(), textContent: range(row) })
    meta.append(when, ` · ${row[4] >= 0 ? data.regions[row[4]]![1] : ''}`.replace(/ · $/, ''))
    const badges = Object.assign(document.createElement('ul'), { className: 'badges' })
    const labels: Array<[string, string?]> = [[data.kinds[row[5]]![1]], [data.formats[row[6]]![1], data.formats[row[6]]![0]]]
    if (row[7] > 0) labels.push([data.statuses[row[7]]![1], data.statuses[row[7]]![0]])
    for (const [label, variant] of labels) badges.append(Object.assign(document.createElement('li'), { className: variant ? `badge badge--${variant}` : 'badge', textContent: label }))
    li.append(link, meta, badges)
    return li
  }

  async function apply() {
    const query = new URLSearchParams(location.search)
    const data = await load()
    const filter = parseEventFilter(query, data)
    for (const name of filterNames) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
      if (field) field.value = filter[name] ?? ''
    }
    if (!isEmptyFilter(filter)) form.querySelector<HTMLDetailsElement>('[data-cal-details]')!.open = true
    if (isEmptyFilter(filter)) {
      list.replaceChildren(...original)
      if (pager) pager.hidden = false
      status.textContent = ''
      return
    }
    const now = Date.now() / 60_000
    const rows = filterRows(data, filter, dayOf).filter((row) => row[2] + row[3] >= now)
    const ul = Object.assign(document.createElement('ul'), { className: 'cal-list' })
    ul.append(...rows.slice(0, shown).map((row) => item(data, row)))
    list.replaceChildren(ul)
    if (pager) pager.hidden = true
    status.textContent = rows.length ? (form.dataset.count ?? '').replace('{n}', String(rows.length)) : (form.dataset.none ?? '')
  }

  function toUrl() {
    const query = new URLSearchParams()
    for (const name of filterNames) {
      const value = (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim()
      if (value) query.set(name, value)
    }
    const search = query.toString()
    history.replaceState(null, '', search ? `?${search}` : location.pathname)
    void apply()
  }

  form.hidden = false
  form.addEventListener('change', toUrl)
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLInputElement).name === 'audience') toUrl()
  })
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    toUrl()
  })
  form.addEventListener('reset', () => setTimeout(toUrl))
  if ([...new URLSearchParams(location.search).keys()].some((k) => (filterNames as readonly string[]).includes(k))) void apply()
}

start()
