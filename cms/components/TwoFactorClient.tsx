'use client'
import {
  EmailField,
  Form,
  FormSubmit,
  Link,
  PasswordField,
  TextField,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import { email } from 'payload/shared'
import { useState } from 'react'

import type { Locale } from '../core/locales'
import { adminLanguage, twoFactorLabels } from './twoFactorLabels'

/**
 * Payload's login form with one more field, `totp` (the app's code or a recovery code), posted
 * with the e-mail and password to /api/users/login. Accounts without two-factor sign-in leave it
 * empty. Every refusal is Payload's one "wrong e-mail or password" message.
 */
export function TwoFactorLoginForm({ redirectTo, codeLabel, codeHint }: { redirectTo: string; codeLabel: string; codeHint: string }) {
  const { config } = useConfig()
  const { t } = useTranslation()
  const { setUser } = useAuth()
  const { admin: adminRoute, api: apiRoute } = config.routes
  return (
    <Form
      action={`${apiRoute}/${config.admin.user}/login`}
      className="login__form"
      disableSuccessStatus
      initialState={{ email: { initialValue: undefined, valid: true, value: undefined }, password: { initialValue: undefined, valid: true, value: undefined } }}
      method="POST"
      onSuccess={(data) => setUser(data as never)}
      redirect={redirectTo}
      waitForAutocomplete
    >
      <div className="login__form__inputWrap">
        <EmailField field={{ name: 'email', admin: { autoComplete: 'email' }, label: t('general:email'), required: true }} path="email" validate={email as never} />
        <PasswordField field={{ name: 'password', label: t('general:password'), required: true }} path="password" />
        <TextField
          field={{ name: 'totp', label: codeLabel, admin: { autoComplete: 'one-time-code', description: codeHint, placeholder: '123456' } }}
          path="totp"
        />
      </div>
      <Link href={`${adminRoute}${config.admin.routes.forgot}`} prefetch={false}>
        {t('authentication:forgotPasswordQuestion')}
      </Link>
      <FormSubmit size="large">{t('authentication:login')}</FormSubmit>
    </Form>
  )
}

type Answer = { errors?: Array<{ message?: string }>; secret?: string; uri?: string; qr?: string; recoveryCodes?: string[]; message?: string }

async function post(url: string, body: Record<string, unknown>): Promise<{ ok: boolean; answer: Answer }> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  })
  return { ok: response.ok, answer: (await response.json().catch(() => ({}))) as Answer }
}

const errorOf = (answer: Answer, status = '') => answer.errors?.[0]?.message ?? status

/** /admin/two-factor: set up (QR, key, code), show the recovery codes once, or turn off. */
export function TwoFactorSetup(props: {
  lang: Locale
  enabled: boolean
  required: boolean
  recoveryLeft: number
  apiRoute: string
  adminRoute: string
  logoutRoute: string
}) {
  const t = twoFactorLabels[props.lang]
  const api = `${props.apiRoute}/users/2fa`
  const [enabled, setEnabled] = useState(props.enabled)
  const [setup, setSetup] = useState<{ secret: string; qr: string } | null>(null)
  const [recovery, setRecovery] = useState<string[] | null>(null)
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [note, setNote] = useState('')

  const run = async (path: string, body: Record<string, unknown>, done: (answer: Answer) => void) => {
    setBusy(true)
    setError('')
    setNote('')
    try {
      const { ok, answer } = await post(`${api}/${path}`, { ...body, lang: props.lang })
      if (ok) done(answer)
      else setError(errorOf(answer))
    } catch (e) {
      setError(String(e))
    } finally {
      setBusy(false)
    }
  }

  const codeInput = (id: string, label: string) => (
    <div className="field-type text" style={{ marginBottom: '1rem' }}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        style={{ maxWidth: '12rem' }}
      />
    </div>
  )

  return (
    <div data-testid="two-factor">
      <h1>{t.title}</h1>
      {props.required && !enabled && <p role="alert">{t.required}</p>}
      {recovery ? (
        <section aria-labelledby="two-factor-recovery">
          <p role="status">{t.statusOn}</p>
          <h2 id="two-factor-recovery">{t.recoveryTitle}</h2>
          <p>{t.recoveryHelp}</p>
          <ul data-testid="two-factor-recovery-codes" style={{ fontFamily: 'monospace', fontSize: '1.1rem', columns: 2 }}>
            {recovery.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <a className="btn btn--style-primary btn--size-large" href={props.adminRoute}>
            {t.continue}
          </a>
        </section>
      ) : enabled ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void run('disable', { code }, (answer) => {
              setEnabled(false)
              setCode('')
              setNote(answer.message ?? t.statusOff)
            })
          }}
        >
          <p role="status">{t.statusOn}</p>
          <p>{t.recoveryLeft(props.recoveryLeft)}</p>
          <p>{t.turnOffHelp}</p>
          {codeInput('two-factor-off-code', t.enterCode)}
          <button type="submit" className="btn btn--style-secondary btn--size-medium" disabled={busy}>
            {t.turnOff}
          </button>
        </form>
      ) : setup ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void run('confirm', { code }, (answer) => {
              setEnabled(true)
              setRecovery(answer.recoveryCodes ?? [])
            })
          }}
        >
          <p>{t.intro}</p>
          <img src={setup.qr} alt={t.qrAlt} width={220} height={220} data-testid="two-factor-qr" />
          <p>
            {t.key}: <code data-testid="two-factor-secret">{setup.secret}</code>
          </p>
          {codeInput('two-factor-code', t.enterCode)}
          <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
            {t.turnOn}
          </button>
        </form>
      ) : (
        <>
          <p>{note || t.statusOff}</p>
          <button
            type="button"
            className="btn btn--style-primary btn--size-medium"
            disabled={busy}
            onClick={() => void run('setup', {}, (answer) => setSetup({ secret: answer.secret ?? '', qr: answer.qr ?? '' }))}
          >
            {t.start}
          </button>
        </>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {!recovery && (
        <p style={{ marginTop: '2rem' }}>
          {props.required && !enabled ? <a href={props.logoutRoute}>{t.logOut}</a> : <a href={props.adminRoute}>{t.back}</a>}
        </p>
      )}
    </div>
  )
}

/**
 * The account's sidebar: on one's own account a link to the setup page; for an admin looking at
 * another account with two-factor sign-in on, "reset" (lost phone), which the audit log records.
 */
export function TwoFactorField() {
  const { i18n } = useTranslation()
  const t = twoFactorLabels[adminLanguage(i18n.language)]
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const enabled = useFormFields(([fields]) => Boolean(fields.twoFactorEnabled?.value))
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || !user) return null
  const own = String(user.id) === String(id)
  const isAdmin = ((user as { roles?: string[] }).roles ?? []).includes('admin')
  return (
    <div style={{ marginBottom: '1.5rem' }} data-testid="two-factor-field">
      <p className="field-label" style={{ fontWeight: 600 }}>
        {t.title}
      </p>
      <p>{enabled ? t.statusOn : t.statusOff}</p>
      {own && <a href={`${config.routes.admin}/two-factor`}>{t.manage}</a>}
      {!own && isAdmin && enabled && (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={async () => {
            if (!window.confirm(t.resetConfirm)) return
            setBusy(true)
            const { ok, answer } = await post(`${config.routes.api}/users/${id}/2fa/reset`, { lang: adminLanguage(i18n.language) })
            setBusy(false)
            setMessage(ok ? (answer.message ?? '') : errorOf(answer))
          }}
        >
          {t.reset}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
