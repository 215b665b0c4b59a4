import { describe, expect, it } from 'vitest'

import { barChart, columnChart, scaled } from '../../../cms/core/charts'
import { formatNumber } from '../../../cms/core/format'

const text = { id: 'c1', title: 'Appeals <Q3 2023>', description: 'Resolved by consultation & agreement' }
const attr = (svg: string, tag: string, name: string) => [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`, 'g'))].map((m) => Number(m[1]))

describe('charts', () => {
  it('bar lengths follow the numbers: proportional, the largest filling the plot', () => {
    // Q3 2023: 1,081 consultations, 643 agreements, 0 pending.
    const svg = barChart(text, [
      { label: 'Consultations', value: 1081, display: '1,081' },
      { label: 'Agreements', value: 643, display: '643' },
      { label: 'Pending', value: 0, display: '0' },
    ])
    const [a, b, c] = attr(svg, 'rect', 'width')
    expect(a).toBe(288)
    expect(b! / a!).toBeCloseTo(643 / 1081, 2)
    expect(c).toBe(0)
    expect(svg).toContain('>1,081</text>')
  })

  it('column heights follow the numbers and stand on one baseline', () => {
    const svg = columnChart(text, [
      { label: 'II/2023', value: 250, display: '250' },
      { label: 'III/2023', value: 12223, display: '12 223' },
      { label: 'IV/2023', value: 6111.5, display: '' },
    ])
    const heights = attr(svg, 'rect', 'height')
    const ys = attr(svg, 'rect', 'y')
    expect(heights[1]).toBe(160)
    expect(heights[0]! / heights[1]!).toBeCloseTo(250 / 12223, 2)
    expect(heights[2]).toBe(80)
    expect(ys.map((y, i) => y + heights[i]!)).toEqual([184, 184, 184])
  })

  it('is a titled image whose texts are escaped', () => {
    const svg = barChart(text, [{ label: 'A & B', value: 1, display: '1' }])
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="c1-title c1-desc"/)
    expect(svg).toContain('<title id="c1-title">Appeals &lt;Q3 2023&gt;</title>')
    expect(svg).toContain('<desc id="c1-desc">Resolved by consultation &amp; agreement</desc>')
    expect(svg).toContain('>A &amp; B</text>')
    expect(svg).not.toMatch(/\sstyle=/)
  })

  it('draws nothing for zero, negative or missing maxima instead of NaN', () => {
    expect(scaled(0, 0, 100)).toBe(0)
    expect(scaled(5, 0, 100)).toBe(0)
    expect(scaled(-3, 10, 100)).toBe(0)
    expect(barChart(text, [])).not.toContain('NaN')
  })
})

describe('numbers per language', () => {
  it('groups thousands as each language writes them', () => {
    expect(formatNumber(12223, 'kk')).toBe('12\u00a0223')
    expect(formatNumber(12223, 'ru')).toBe('12\u00a0223')
    expect(formatNumber(12223, 'en')).toBe('12,223')
    expect(formatNumber(1724, 'ru')).toBe('1\u00a0724')
  })
})
