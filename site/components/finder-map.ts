/**
 * The finder's map, loaded only when the reader asks for it: Leaflet with OpenStreetMap tiles. The
 * list above it already holds everything; the map adds nothing the page needs to be complete.
 */
import L from 'leaflet'

import type { FinderOffice } from '../../cms/core/finder'
import type { LatLng } from '../../cms/core/geo'

/** Leaflet's stylesheet (public/vendor/leaflet/), linked only now that a map is wanted. */
function leafletCss(): Promise<void> {
  const href = '/vendor/leaflet/leaflet.css'
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve()
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href })
    link.addEventListener('load', () => resolve())
    link.addEventListener('error', () => resolve())
    document.head.append(link)
  })
}

export async function createMap(box: HTMLElement, officeBase: string) {
  await leafletCss()
  const map = L.map(box, { scrollWheelZoom: false })
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  }).addTo(map)
  const layer = L.layerGroup().addTo(map)
  return {
    show(origin: LatLng, offices: FinderOffice[]) {
      layer.clearLayers()
      // Circle markers are drawn as SVG: no marker images to fetch.
      L.circleMarker([origin.lat, origin.lng], { radius: 6, color: '#b3261e' }).addTo(layer)
      const points: Array<[number, number]> = [[origin.lat, origin.lng]]
      for (const [slug, name, , , lat, lng] of offices) {
        const link = Object.assign(document.createElement('a'), { href: `${officeBase}${slug}/`, textContent: name })
        L.circleMarker([lat, lng], { radius: 8 }).bindPopup(link).addTo(layer)
        points.push([lat, lng])
      }
      map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 14 })
    },
  }
}
