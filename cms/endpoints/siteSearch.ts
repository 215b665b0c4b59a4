import fs from 'node:fs'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { localeOr, type Locale } from '../core/locales'
import { searchKindList } from '../core/searchKinds'
import { isSearchKind, searchEntries, searchKindLabels, searchPageStrings, type SearchEntry } from '../core/siteSearch'
import { liveSiteLink } from '../lib/paths'
import { escapeHtml } from './publicRequest'

/** The live build's list per language, read again only when the live build changes. */
const cache = new Map<string, { build: string; entries: SearchEntry[] }>()
function entriesFor(locale: Locale): SearchEntry[] {
  let build = ''
  try {
    build = fs.realpathSync(liveSiteLink)
  } catch {
    return []
  }
  const hit = cache.get(locale)
  if (hit?.build === build) return hit.entries
  let entries: SearchEntry[] = []
  try {
    entries = JSON.parse(fs.readFileSync(path.join(build, locale, 'search-index.json'), 'utf8')) as SearchEntry[]
  } catch {
    entries = []
  }
  cache.set(locale, { build, entries })
  return entries
}

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''))

/**
 * GET /api/site-search?q=…&lang=kk&kind=office: the search form's answer without JavaScript, an
 * HTML page in the form's language (the site and nginx both pass /api/ to the CMS). With
 * JavaScript the form never comes here: search.ts runs pagefind on the search page instead.
 */
export const siteSearchEndpoint: Endpoint = {
  path: '/site-search',
  method: 'get',
  handler: async (req) => {
    const params = new URL(req.url ?? 'http://localhost/', 'http://localhost').searchParams
    const locale = localeOr(params.get('lang'))
    const query = (params.get('q') ?? '').slice(0, 200).trim()
    const kindParam = params.get('kind')
    const kind = isSearchKind(kindParam) ? kindParam : undefined
    const s = searchPageStrings[locale]
    const labels = searchKindLabels[locale]
    const results = query ? searchEntries(entriesFor(locale), query, kind) : []
    const options = (['all', ...searchKindList] as const)
      .map((k) => `<option value="${k === 'all' ? '' : k}"${(kind ?? '') === (k === 'all' ? '' : k) ? ' selected' : ''}>${escapeHtml(labels[k])}</option>`)
      .join('')
    const list = results
      .map(
        ([url, title, k, , description]) =>
          `<li><a class="search-result__title" href="${escapeHtml(url)}">${escapeHtml(title)}</a> <span class="badge">${escapeHtml(labels[k])}</span>${description ? `<p class="search-result__excerpt">${escapeHtml(description)}</p>` : ''}</li>`,
      )
      .join('')
    const status = query ? (results.length ? fill(s.found, { count: results.length }) : fill(s.none, { query })) : ''
    const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(s.title)} — Kelisim</title>
<link rel="stylesheet" href="/styles/site.css">
</head>
<body>
<main class="container" id="main">
<p><a href="/${locale}/">${escapeHtml(s.home)}</a></p>
<h1 class="page-title">${escapeHtml(s.title)}</h1>
<form class="search-form" method="get" action="/api/site-search" role="search">
<input type="hidden" name="lang" value="${locale}">
<label for="q">${escapeHtml(s.label)}</label>
<input id="q" name="q" type="search" value="${escapeHtml(query)}">
<label for="kind">${escapeHtml(s.kind)}</label>
<select id="kind" name="kind">${options}</select>
<button class="button" type="submit">${escapeHtml(s.submit)}</button>
</form>
<p class="search-status" role="status">${escapeHtml(status)}</p>
<ol class="search-results">${list}</ol>
</main>
</body>
</html>`
    return new Response(html, {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'x-robots-tag': 'noindex',
        'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      },
    })
  },
}
