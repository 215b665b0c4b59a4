/**
 * Share card (Open Graph / Twitter image) as SVG: the page's title in its language on the site's
 * colours, 1200×630. Pure; the build renders it to PNG with sharp. Fonts are named with generic
 * fallbacks, so a machine without DejaVu still renders (with another font) instead of failing.
 */
import { escapeXml } from './atom'

export const shareCardSize = { width: 1200, height: 630 } as const

/** Greedy word wrap by an estimated glyph width; a word longer than a line is cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const piece = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word
    if (!line) line = piece
    else if (line.length + 1 + piece.length <= maxChars) line += ` ${piece}`
    else {
      lines.push(line)
      line = piece
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const last = kept[maxLines - 1]!
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`
  return kept
}

export function shareCardSvg(card: { title: string; kicker: string; siteName: string; tagline: string }): string {
  const { width, height } = shareCardSize
  // Bold DejaVu Sans averages about 0.62 em a glyph; the text column is 1040 px wide.
  const fontSize = card.title.length > 130 ? 44 : card.title.length > 70 ? 52 : 64
  const maxChars = Math.floor((width - 160) / (fontSize * 0.64))
  const lines = wrapText(card.title, maxChars, fontSize === 44 ? 6 : 5)
  const lineHeight = Math.round(fontSize * 1.2)
  const titleTop = 220
  const font = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"
  const text = lines
    .map((l, i) => `<text x="80" y="${titleTop + i * lineHeight}" font-size="${fontSize}" font-weight="bold" fill="#ffffff">${escapeXml(l)}</text>`)
    .join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#0b4f6c"/>` +
    `<rect x="0" y="${height - 16}" width="${width}" height="16" fill="#f2b134"/>` +
    `<g font-family="${font}">` +
    `<text x="80" y="120" font-size="34" fill="#f2b134">${escapeXml(card.kicker)}</text>` +
    text +
    `<text x="80" y="${height - 60}" font-size="32" font-weight="bold" fill="#ffffff">${escapeXml(card.siteName)}</text>` +
    `<text x="${80 + Math.max(6, card.siteName.length) * 21 + 20}" y="${height - 60}" font-size="26" fill="#cfe3ec">${escapeXml(wrapText(card.tagline, 60, 1)[0] ?? '')}</text>` +
    `</g></svg>`
  )
}
