import { useState, type FormEvent } from 'react'

/**
 * The registration form. Rendered to plain HTML at build time, so it posts to /api/register and
 * shows a result page without JavaScript; once hydrated it submits in place and shows the
 * result and field errors inline.
 */
export type RegistrationFormStrings = {
  name: string
  email: string
  phone: string
  organization: string
  region: string
  regionNone: string
  optional: string
  consent: string
  consentDetails: string
  submit: string
  sending: string
  networkError: string
  errorSummary: string
  successTitle: string
}

type Props = {
  lang: string
  eventSlug: string
  regions: Array<{ code: string; name: string }>
  strings: RegistrationFormStrings
}

type Result = { ok: boolean; messages: string[]; fieldErrors: Record<string, string> }

export default function RegistrationForm({ lang, eventSlug, regions, strings }: Props) {
  const [pending, setPending] = useState(false)
  const [result, setResult] = useState<Result | null>(null)
  const errorFor = (field: string) => (result && !result.ok ? result.fieldErrors[field] : undefined)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    setPending(true)
    try {
      const body = new URLSearchParams()
      new FormData(form).forEach((value, key) => body.append(key, String(value)))
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      })
      const data = (await response.json()) as Result
      setResult(data)
      if (!data.ok) {
        const firstInvalid = Object.keys(data.fieldErrors)[0]
        const target = firstInvalid ? form.querySelector<HTMLElement>(`[name="${firstInvalid}"]`) : null
        ;(target ?? form.querySelector<HTMLElement>('.notice'))?.focus()
      }
    } catch {
      setResult({ ok: false, messages: [strings.networkError], fieldErrors: {} })
    } finally {
      setPending(false)
    }
  }

  if (result?.ok) {
    return (
      <div className="notice notice--success registration-result" role="status" tabIndex={-1}>
        <h3>{strings.successTitle}</h3>
        {result.messages.map((m) => (
          <p key={m}>{m}</p>
        ))}
      </div>
    )
  }

  const field = (name: string, label: string, type: string, options: { required?: boolean; autoComplete?: string }) => {
    const error = errorFor(name)
    const id = `reg-${name}`
    return (
      <div className="form__field">
        <label htmlFor={id}>
          {label}
          {!options.required && <span className="form__optional"> ({strings.optional})</span>}
        </label>
        <input
          id={id}
          name={name}
          type={type}
          required={options.required}
          autoComplete={options.autoComplete}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p className="form__error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    )
  }

  const consentError = errorFor('consent')
  return (
    <form className="form" method="post" action="/api/register" onSubmit={onSubmit} noValidate={Boolean(result)} data-registration-form>
      <input type="hidden" name="event" value={eventSlug} />
      <input type="hidden" name="lang" value={lang} />
      {result && !result.ok && (
        <div className="notice notice--error" role="alert" tabIndex={-1}>
          <p>{strings.errorSummary}</p>
          <ul>
            {result.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {field('name', strings.name, 'text', { required: true, autoComplete: 'name' })}
      {field('email', strings.email, 'email', { required: true, autoComplete: 'email' })}
      {field('phone', strings.phone, 'tel', { autoComplete: 'tel' })}
      {field('organization', strings.organization, 'text', { autoComplete: 'organization' })}
      <div className="form__field">
        <label htmlFor="reg-region">
          {strings.region} <span className="form__optional">({strings.optional})</span>
        </label>
        <select id="reg-region" name="region" defaultValue="">
          <option value="">{strings.regionNone}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form__field form__consent">
        <input
          id="reg-consent"
          name="consent"
          type="checkbox"
          value="yes"
          required
          aria-invalid={consentError ? 'true' : undefined}
          aria-describedby={consentError ? 'reg-consent-error reg-consent-details' : 'reg-consent-details'}
        />
        <label htmlFor="reg-consent">{strings.consent}</label>
        <p id="reg-consent-details" className="form__hint">
          {strings.consentDetails}
        </p>
        {consentError && (
          <p className="form__error" id="reg-consent-error">
            {consentError}
          </p>
        )}
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? strings.sending : strings.submit}
      </button>
    </form>
  )
}
