/**
 * The office finder in the browser: position (Geolocation API) or a typed settlement → the nearest
 * offices by distance, with today's hours. Pure lookups live in cms/core/finder.ts; Leaflet is
 * imported only when the reader asks for the map (finder-map.ts), never on the first load.
 */
import { findPlace, nearestOffices, type FinderOffice } from '../../cms/core/finder'
import type { LatLng } from '../../cms/core/geo'
import { currentPosition, distanceText, finderData } from './near-place'
import { describeOpenState, stringsFrom } from './open-now'

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''))

export function startFinder() {
  const root = document.querySelector<HTMLElement>('[data-finder]')
  if (!root) return
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!
  const controls = $('[data-finder-controls]')
  const status = $('[data-finder-status]')
  const list = $<HTMLOListElement>('[data-finder-results]')
  const mapButton = $<HTMLButtonElement>('[data-finder-map-button]')
  const mapBox = $('[data-finder-map]')
  const placeForm = $<HTMLFormElement>('[data-finder-place]')
  const placeInput = placeForm.querySelector<HTMLInputElement>('input')!
  const d = root.dataset
  const openStrings = stringsFrom(root)
  const lang = document.documentElement.lang
  const numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })
  controls.hidden = false

  const load = () => finderData(d.src!)
  let shown: Array<{ office: FinderOffice; km: number }> = []
  let origin: LatLng | undefined
  let map: { show: (origin: LatLng, offices: FinderOffice[]) => void } | undefined

  const distance = (km: number) => distanceText(km, { km: d.tKm, m: d.tM }, numberFormat)

  function render(from: LatLng, heading: string) {
    origin = from
    return load().then(
      (loaded) => {
        shown = nearestOffices(from, loaded.offices, 10)
        status.textContent = heading
        list.replaceChildren(
          ...shown.map(({ office, km }) => {
            const [slug, name, settlement, kind, , , hours, exceptions] = office
            const item = document.createElement('li')
            item.className = 'finder__result'
            const link = Object.assign(document.createElement('a'), { href: `${d.officeBase}${slug}/`, textContent: name })
            const far = Object.assign(document.createElement('span'), { className: 'finder__distance', textContent: distance(km) })
            const meta = Object.assign(document.createElement('span'), { className: 'finder__meta', textContent: [kind, settlement].filter(Boolean).join(' · ') })
            const open = describeOpenState(hours, exceptions, openStrings)
            const state = Object.assign(document.createElement('span'), { className: 'open-state', textContent: open.text })
            state.dataset.state = open.state
            item.append(link, ' ', far, meta, state)
            return item
          }),
        )
        mapButton.hidden = shown.length === 0
        if (map && !mapBox.hidden) map.show(from, shown.map((s) => s.office))
      },
      () => {
        status.textContent = d.tError ?? ''
      },
    )
  }

  function askForPlace(message: string) {
    status.textContent = message
    placeInput.focus()
  }

  $('[data-finder-locate]').addEventListener('click', () => {
    status.textContent = d.tLocating ?? ''
    load().catch(() => undefined) // fetch the data while the position is found
    currentPosition().then(
      (position) => void render(position, d.tNearPosition ?? ''),
      () => askForPlace(d.tDenied ?? ''),
    )
  })

  placeForm.addEventListener('submit', (event) => {
    event.preventDefault()
    const query = placeInput.value.trim()
    if (!query) return placeInput.focus()
    void load().then(
      (loaded) => {
        const place = findPlace(query, loaded.places)
        if (!place) {
          list.replaceChildren()
          mapButton.hidden = true
          return askForPlace(fill(d.tNoPlace ?? '', { query }))
        }
        void render({ lat: place[2], lng: place[3] }, fill(d.tNearPlace ?? '', { place: place[1] }))
      },
      () => {
        status.textContent = d.tError ?? ''
      },
    )
  })

  mapButton.addEventListener('click', async () => {
    const from = origin
    if (!from) return
    mapBox.hidden = false
    mapButton.hidden = true
    const ready = map ?? (await (await import('./finder-map')).createMap(mapBox, d.officeBase ?? '/'))
    map = ready
    ready.show(from, shown.map((s) => s.office))
  })
}
