import { MinimalTemplate } from '@payloadcms/next/templates'
import { Button } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { pendingTwoFactor } from '../access'
import { adminTwoFactorRequired } from '../core/twoFactor'
import { readTwoFactorRow, recoveryCodesLeft } from '../lib/twoFactor'
import { TwoFactorLoginForm, TwoFactorSetup } from './TwoFactorClient'
import { adminLanguage, twoFactorLabels } from './twoFactorLabels'

/**
 * The admin's side of two-factor sign-in (cms/lib/twoFactor.ts):
 * - `TwoFactorLoginView` replaces Payload's login view (`admin.components.views.login`): the same
 *   form plus the code field, posted together to /api/users/login.
 * - `TwoFactorSetupView` is `/admin/two-factor`: set up (QR code, key, confirm with a code, the
 *   recovery codes once) or turn off. Payload lets a signed-in user reach custom views even without
 *   admin access, so an administrator who must enroll first (KELISIM_REQUIRE_ADMIN_2FA) gets here.
 * - `UnauthorizedOrEnroll` replaces Payload's "unauthorized" view, where Payload sends a signed-in
 *   user without admin access: an administrator who must enroll is sent to the setup page instead.
 */

const adminRoute = (props: AdminViewServerProps) => props.initPageResult.req.payload.config.routes.admin

export function TwoFactorLoginView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const redirectTo = typeof props.searchParams?.redirect === 'string' ? props.searchParams.redirect : undefined
  const safe = redirectTo && redirectTo.startsWith('/') && !redirectTo.startsWith('//') ? redirectTo : adminRoute(props)
  if (req.user) redirect(safe)
  const t = twoFactorLabels[adminLanguage(req.i18n.language)]
  return <TwoFactorLoginForm redirectTo={safe} codeLabel={t.code} codeHint={t.codeHint} />
}

export async function TwoFactorSetupView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const admin = adminRoute(props)
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/two-factor`)}`)
  const row = await readTwoFactorRow(req, req.user.id)
  const lang = adminLanguage(req.i18n.language)
  return (
    <MinimalTemplate className="two-factor">
      <TwoFactorSetup
        lang={lang}
        enabled={Boolean(row?.twoFactorEnabled)}
        required={adminTwoFactorRequired(process.env) && Boolean(row?.roles?.includes('admin'))}
        recoveryLeft={row?.twoFactorEnabled ? recoveryCodesLeft(row) : 0}
        apiRoute={req.payload.config.routes.api}
        adminRoute={admin}
        logoutRoute={`${admin}${req.payload.config.admin.routes.logout}`}
      />
    </MinimalTemplate>
  )
}

export function UnauthorizedOrEnroll(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const admin = adminRoute(props)
  if (pendingTwoFactor(req.user as never)) redirect(`${admin}/two-factor`)
  const t = twoFactorLabels[adminLanguage(req.i18n.language)]
  return (
    <div className="unauthorized">
      <h1>{t.noAccessTitle}</h1>
      <p>{t.noAccess}</p>
      <Button el="link" size="large" to={`${admin}${req.payload.config.admin.routes.logout}`}>
        {t.logOut}
      </Button>
    </div>
  )
}
