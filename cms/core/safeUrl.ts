import type { Locale } from './locales'

/**
 * Which links the CMS stores. Every URL field and every rich-text link goes through here, so a
 * `javascript:`, `data:` or `vbscript:` link can never reach a page served beside the admin.
 */
export type UrlKind = 'web' | 'web-or-contact'

const schemes: Record<UrlKind, string[]> = {
  web: ['http:', 'https:'],
  'web-or-contact': ['http:', 'https:', 'mailto:', 'tel:'],
}

/**
 * Whether `value` is an absolute link of an allowed scheme. Control characters (tabs, newlines)
 * inside are refused: browsers strip them, which is how `java\tscript:` slips past naive checks.
 * `allowRelative` admits site-relative paths (`/kk/...`, `#anchor`) for rich-text links.
 */
export function isSafeUrl(value: string, kind: UrlKind = 'web', { allowRelative = false } = {}): boolean {
  if (typeof value !== 'string') return false
  const url = value.trim()
  if (!url || /[\u0000-\u001f\u007f-\u009f]/.test(url)) return false
  if (allowRelative && (/^\/(?!\/)/.test(url) || url.startsWith('#') || url.startsWith('?'))) return true
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase()
  if (!scheme || !schemes[kind].includes(scheme)) return false
  if (scheme === 'http:' || scheme === 'https:') {
    // An absolute web link needs a host: `https:evil` or `http:/x` are not.
    return /^https?:\/\/[^/?#\s]+/i.test(url)
  }
  if (scheme === 'mailto:') return /^mailto:[^@\s]+@[^@\s]+$/i.test(url.split('?')[0]!)
  return /^tel:\+?[\d\s().-]{3,}$/i.test(url)
}

export const urlMessages: Record<Locale, Record<UrlKind, string>> = {
  kk: {
    web: 'Толық сілтеме енгізіңіз: http:// немесе https:// деп басталсын.',
    'web-or-contact': 'Сілтеме http://, https://, mailto: немесе tel: деп басталуы керек.',
  },
  ru: {
    web: 'Введите полную ссылку, начинающуюся с http:// или https://.',
    'web-or-contact': 'Ссылка должна начинаться с http://, https://, mailto: или tel:.',
  },
  en: {
    web: 'Enter a full link starting with http:// or https://.',
    'web-or-contact': 'The link must start with http://, https://, mailto: or tel:.',
  },
}
