/**
 * Charts drawn at build time as SVG markup: no chart library, no script, nothing inline that the
 * CSP forbids (colours come from classes in site.css, geometry from attributes). Each chart is an
 * image with a title and a description for assistive technology; the page puts the same numbers
 * in a table beside it, which is what screen readers and copy-paste use.
 *
 * Pure: imports nothing.
 */

export type Bar = {
  label: string
  value: number
  /** The value as the page's language writes it ("12 223", "12,223"). */
  display: string
}

export type ChartText = {
  /** Unique on the page: prefixes the ids of the title and description. */
  id: string
  title: string
  description: string
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const round = (n: number) => Math.round(n * 10) / 10

/** The length a value gets on an axis of `size` units whose end is the largest value. */
export function scaled(value: number, max: number, size: number): number {
  if (!(max > 0) || !(value > 0)) return 0
  return round((value / max) * size)
}

function open({ id, title, description }: ChartText, width: number, height: number, kind: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg chart__svg--${kind}" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escape(title)}</title><desc id="${id}-desc">${escape(description)}</desc>`
  )
}

const width = 360
const font = 14

/**
 * Horizontal bars, one row per item: its label above, the bar below with the value at its end.
 * Long labels (region names) stay readable on a phone, where the chart is about 340 px wide.
 */
export function barChart(text: ChartText, bars: Bar[]): string {
  const row = 46
  const barHeight = 18
  const valueRoom = 72 // the value's text after the longest bar
  const plot = width - valueRoom
  const max = Math.max(0, ...bars.map((b) => b.value))
  const height = Math.max(row, bars.length * row)
  const rows = bars.map((bar, i) => {
    const top = i * row
    const length = scaled(bar.value, max, plot)
    return (
      `<text class="chart__label" x="0" y="${top + font}" font-size="${font}">${escape(bar.label)}</text>` +
      `<rect class="chart__bar" x="0" y="${top + 20}" width="${length}" height="${barHeight}" data-value="${bar.value}"/>` +
      `<text class="chart__value" x="${round(length + 6)}" y="${top + 20 + barHeight - 4}" font-size="${font}">${escape(bar.display)}</text>`
    )
  })
  return `${open(text, width, height, 'bars')}${rows.join('')}</svg>`
}

/**
 * Columns in time order (quarters), each labelled below and with its value on top, on a baseline.
 * Heights are proportional to the values, the tallest filling the plot.
 */
export function columnChart(text: ChartText, columns: Bar[]): string {
  const plotTop = 24 // room for the tallest column's value
  const plotHeight = 160
  const labelRoom = 24
  const height = plotTop + plotHeight + labelRoom
  const baseline = plotTop + plotHeight
  const n = Math.max(1, columns.length)
  const slot = width / n
  const columnWidth = Math.min(56, round(slot * 0.6))
  const max = Math.max(0, ...columns.map((c) => c.value))
  const parts = columns.map((c, i) => {
    const h = scaled(c.value, max, plotHeight)
    const centre = round(slot * i + slot / 2)
    const x = round(centre - columnWidth / 2)
    return (
      `<rect class="chart__bar" x="${x}" y="${round(baseline - h)}" width="${columnWidth}" height="${h}" data-value="${c.value}"/>` +
      `<text class="chart__value" x="${centre}" y="${round(baseline - h - 6)}" font-size="${font - 2}" text-anchor="middle">${escape(c.display)}</text>` +
      `<text class="chart__label" x="${centre}" y="${baseline + 18}" font-size="${font - 2}" text-anchor="middle">${escape(c.label)}</text>`
    )
  })
  const axis = `<line class="chart__axis" x1="0" y1="${baseline}" x2="${width}" y2="${baseline}" stroke-width="1"/>`
  return `${open(text, width, height, 'columns')}${axis}${parts.join('')}</svg>`
}
