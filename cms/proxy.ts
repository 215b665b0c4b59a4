import { NextResponse, type NextRequest } from 'next/server'

import { localeFromAcceptLanguage } from './core/locales'

/** Payload's admin-language cookie (`${cookiePrefix}-lng`). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Kazakh admin for browsers that ask for Kazakh. Payload matches Accept-Language only against the
 * languages it ships, which lack kk, so "kk-KZ, kk, ru" would open the admin in Russian. On an
 * admin page without a language chosen yet, the browser's preference is read with the site's own
 * rule (cms/core/locales.ts) and, when it is Kazakh, the language cookie is set for this request and
 * the next ones. A language picked on the account page (the same cookie) always wins.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  if (localeFromAcceptLanguage(request.headers.get('accept-language')) !== 'kk') return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${LANGUAGE_COOKIE}=kk`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'kk', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
