/** The public site's address for links that leave the site (e-mails, calendar entries); no trailing slash. */
export function publicSiteUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.KELISIM_SITE_URL || `http://localhost:${Number(env.SITE_PORT ?? 4321)}`
  return url.replace(/\/+$/, '')
}

/**
 * Our own origins: the public site and the CMS as configured (or the addresses `npm start` serves
 * them on), each also under localhost and 127.0.0.1. Payload's CSRF check trusts cookie sessions
 * from them, and the registration door accepts form posts only from them.
 */
export function trustedOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const cmsUrl = env.KELISIM_CMS_URL || `http://localhost:${Number(env.CMS_PORT ?? 3000)}`
  const origins = [publicSiteUrl(env), cmsUrl].flatMap((url) => {
    const origin = new URL(url).origin
    return [origin, origin.replace('//localhost', '//127.0.0.1'), origin.replace('//127.0.0.1', '//localhost')]
  })
  return [...new Set(origins)]
}

/** Whether the portal is served over HTTPS (the public or CMS address says so): then cookies are `Secure` and HSTS is sent. */
export function servedOverHttps(env: Record<string, string | undefined> = process.env): boolean {
  return [env.KELISIM_SITE_URL, env.KELISIM_CMS_URL].some((url) => typeof url === 'string' && /^https:\/\//i.test(url.trim()))
}
