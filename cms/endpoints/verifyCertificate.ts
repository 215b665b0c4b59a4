import type { Endpoint } from 'payload'

import { certificateDates, certificateWords, normalizeCertificateCode, verifyPath } from '../core/certificate'
import { localeNames, locales, localeOr, type Locale } from '../core/locales'
import { localizedUrl } from '../core/urls'
import { clientIp, guardSettings, RateLimiter } from '../lib/abuseGuard'
import { verifyCertificate, type VerifiedCertificate } from '../lib/certificates'
import { en } from '../../site/i18n/ui.en'
import { kk } from '../../site/i18n/ui.kk'
import { ru } from '../../site/i18n/ui.ru'
import { escapeHtml } from './publicRequest'

/**
 * GET /api/certificates/verify?code=…&lang=kk: the public verify page `/{lang}/verify/{code}/`,
 * rendered per request so a certificate issued after the last site build is found. The site server
 * (site/serve.ts) and nginx route that path here. The page has the site's header and footer (its
 * words from site/i18n), the site's stylesheet and no script; it shows only the participant's
 * name, the event and its dates, or, once retention erased the name, says so and confirms the
 * event and date. An unknown or malformed code is a 404 page in the page's language, never a 500.
 * Rate-limited per client address (KELISIM_VERIFY_LIMIT per minute, default 60): codes cannot be
 * guessed (80 random bits), and the limit keeps anyone from trying.
 */

const ui = { kk, ru, en }
export const verifyLimiter = new RateLimiter()
const verifyLimit = () => {
  const value = Number(process.env.KELISIM_VERIFY_LIMIT)
  return Number.isFinite(value) && value >= 0 && process.env.KELISIM_VERIFY_LIMIT !== undefined ? value : 60
}

/** The site's own policy (site/serve.ts): this page loads only the stylesheet. */
const pageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
}

function page(lang: Locale, code: string | null, title: string, main: string): string {
  const t = ui[lang]
  const e = escapeHtml
  const nav = (
    [
      ['events', 'nav.events'],
      ['offices', 'nav.offices'],
      ['mediators', 'nav.mediators'],
      ['publications', 'nav.publications'],
      ['about', 'nav.about'],
      ['faq', 'nav.faq'],
      ['search', 'nav.search'],
    ] as const
  )
    .map(([section, key]) => `<li><a href="${e(localizedUrl(lang, section))}">${e(t[key])}</a></li>`)
    .join('')
  // The same check in another language (a valid code only; otherwise the other language's home).
  const switcher = locales
    .map((l) => {
      const href = code ? verifyPath(l, code) : localizedUrl(l, 'home')
      return `<li><a href="${e(href)}" hreflang="${l}" lang="${l}"${l === lang ? ' aria-current="true"' : ''}>${e(localeNames[l])}</a></li>`
    })
    .join('')
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} — ${e(t['site.name'])}</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="/styles/site.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">${e(t['a11y.skip'])}</a>
<header class="site-header"><div class="site-header__inner container">
<a class="brand" href="${e(localizedUrl(lang, 'home'))}">${e(t['site.name'])}<span class="visually-hidden"> — ${e(t['site.tagline'])}</span></a>
<nav aria-label="${e(t['a11y.langSwitch'])}"><ul class="lang-switch">${switcher}</ul></nav>
<nav class="site-nav-wrap" aria-label="${e(t['nav.label'])}"><ul class="site-nav">${nav}</ul></nav>
</div></header>
<main id="main" class="container certificate-check">
${main}
</main>
<footer class="site-footer"><div class="container">
<p>${e(t['footer.about'])}</p>
<p>${e(t['footer.rights'])}</p>
</div></footer>
</body>
</html>`
}

export function verifyPageHtml(lang: Locale, found: VerifiedCertificate | null, code: string | null): { status: number; html: string } {
  const w = certificateWords[lang]
  const e = escapeHtml
  if (!found) {
    const main = `<h1 class="page-title">${e(w.unknownTitle)}</h1>
<div class="notice notice--error" role="alert"><p>${e(w.unknownText)}</p></div>
<p><a href="${e(localizedUrl(lang, 'home'))}">${e(ui[lang]['nav.home'])}</a></p>`
    return { status: 404, html: page(lang, code, w.unknownTitle, main) }
  }
  const name = found.name
    ? `<dt>${e(w.nameLabel)}</dt><dd class="certificate-check__name">${e(found.name)}</dd>`
    : `<dt>${e(w.nameLabel)}</dt><dd>${e(w.erasedName)}</dd>`
  const main = `<h1 class="page-title">${e(w.genuineTitle)}</h1>
<div class="notice notice--success" role="status"><p>${e(w.genuineText)}</p></div>
<dl class="certificate-check__facts">
${name}
<dt>${e(w.eventLabel)}</dt><dd>${e(found.eventTitle)}</dd>
<dt>${e(w.issuedLabel)}</dt><dd>${e(certificateDates(found.startsAt, found.endsAt, lang))}</dd>
<dt>${e(w.codeLabel)}</dt><dd><code>${e(found.code)}</code></dd>
</dl>
<p class="certificate-check__note">${e(w.privacyNote)}</p>`
  return { status: 200, html: page(lang, found.code, w.genuineTitle, main) }
}

export const verifyCertificateEndpoint: Endpoint = {
  path: '/certificates/verify',
  method: 'get',
  handler: async (req) => {
    const lang = localeOr(req.searchParams.get('lang'))
    const ip = clientIp(req.headers.get('x-forwarded-for'), guardSettings().trustProxy)
    const taken = verifyLimiter.take(`verify:${ip}`, verifyLimit(), 60_000)
    if (!taken.ok) {
      const main = `<h1 class="page-title">${escapeHtml(certificateWords[lang].pageTitle)}</h1>
<div class="notice notice--error" role="alert"><p>${escapeHtml(certificateWords[lang].tooMany)}</p></div>`
      return new Response(page(lang, null, certificateWords[lang].pageTitle, main), {
        status: 429,
        headers: { ...pageHeaders, 'retry-after': String(taken.retryAfterS) },
      })
    }
    const code = normalizeCertificateCode(req.searchParams.get('code'))
    let found: VerifiedCertificate | null = null
    try {
      found = code ? await verifyCertificate(req.payload, code, lang) : null
    } catch (error) {
      // A lookup that fails is "not confirmed", logged; the visitor never sees a 500.
      req.payload.logger.error({ err: error, msg: 'certificate lookup failed' })
    }
    const { status, html } = verifyPageHtml(lang, found, code)
    return new Response(req.method === 'HEAD' ? null : html, { status, headers: pageHeaders })
  },
}
