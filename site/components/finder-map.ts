/**
 * The finder's map, loaded only when the reader asks for it: Leaflet with OpenStreetMap tiles. The
 * list above it already holds everything; the map adds nothing the page needs to be complete.
 */
import 'leaflet/dist/leaflet.css'
import L from 'leaflet'

import type { FinderOffice } from '../../cms/core/finder'
import type { LatLng } from '../../cms/core/geo'

export function createMap(box: HTMLElement, officeBase: string) {
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
