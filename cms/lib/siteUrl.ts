/** The public site's address for links that leave the site (e-mails, calendar entries); no trailing slash. */
export function publicSiteUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.KELISIM_SITE_URL || `http://localhost:${Number(env.SITE_PORT ?? 4321)}`
  return url.replace(/\/+$/, '')
}
