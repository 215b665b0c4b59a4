/**
 * Share cards (og:image / twitter:image) rendered at build time: sharp draws the SVG of
 * cms/core/shareCard.ts to PNG. Cost is bounded on purpose: one card per publication and language
 * (journalists share those), and one generic card per section and language for every other page
 * (events, offices, mediators: thousands of pages, a handful of cards). A page with a photo of its
 * own may pass it instead (Base.astro's ogImage).
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { shareCardSvg, shareCardSize } from '../../cms/core/shareCard'
import type { Locale } from '../../cms/core/locales'

export { shareCardSize }

/** The sections with a generic card; Base.astro picks the card of the page's section. */
export const cardSections = ['home', 'events', 'offices', 'mediators', 'publications', 'about', 'faq', 'search'] as const
export type CardSection = (typeof cardSections)[number]

export const genericCardPath = (lang: Locale, section: CardSection) => `/og/${lang}/${section}.png`
export const publicationCardPath = (lang: Locale, slug: string) => `/og/${lang}/publications/${encodeURIComponent(slug)}.png`

/**
 * Cards already drawn, by the hash of their SVG, kept between builds in the data folder: a rebuild
 * draws only the cards whose title changed (a card costs about 0.1 s; see tests/bench/share-cards.ts).
 */
const cacheDir = path.join(process.env.KELISIM_DATA_DIR ?? path.join(process.cwd(), '.data'), 'cache', 'share-cards')

export async function renderCard(card: { title: string; kicker: string; siteName: string; tagline: string }): Promise<Uint8Array> {
  const svg = shareCardSvg(card)
  const cached = path.join(cacheDir, `${crypto.createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`)
  try {
    return new Uint8Array(await fs.readFile(cached))
  } catch {
    // not drawn yet
  }
  const png = await sharp(Buffer.from(svg), { density: 72 }).resize(shareCardSize.width, shareCardSize.height).png({ compressionLevel: 6 }).toBuffer()
  // A cache that cannot be written only costs time on the next build.
  await fs
    .mkdir(cacheDir, { recursive: true })
    .then(() => fs.writeFile(`${cached}.${process.pid}.tmp`, png))
    .then(() => fs.rename(`${cached}.${process.pid}.tmp`, cached))
    .catch(() => undefined)
  return new Uint8Array(png)
}

export function pngResponse(body: Uint8Array): Response {
  return new Response(body as BodyInit, { headers: { 'Content-Type': 'image/png' } })
}
