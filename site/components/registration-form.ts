/**
 * Progressive enhancement of RegistrationForm.astro: submit with fetch (Accept: application/json)
 * and show the endpoint's answer inline. The messages come from the server in the form's
 * language; the strings this script adds itself are data- attributes rendered per language.
 * Kept free of imports so the bundle stays a few hundred bytes.
 */
type Result = { ok: boolean; messages: string[]; fieldErrors: Record<string, string>; status?: string; cancelUrl?: string }

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, text?: string) {
  const el = Object.assign(document.createElement(tag), props)
  if (text !== undefined) el.textContent = text
  return el
}

function clearErrors(form: HTMLFormElement) {
  form.querySelectorAll('.notice--error, .form__error').forEach((el) => el.remove())
  form.querySelectorAll<HTMLElement>('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid')
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== `${input.id}-error`)
    if (described.length) input.setAttribute('aria-describedby', described.join(' '))
    else input.removeAttribute('aria-describedby')
  })
}

function showErrors(form: HTMLFormElement, result: Result) {
  const summary = element('div', { className: 'notice notice--error', tabIndex: -1 })
  summary.setAttribute('role', 'alert')
  summary.append(element('p', {}, form.dataset.errorSummary))
  const list = element('ul')
  for (const message of result.messages) list.append(element('li', {}, message))
  summary.append(list)
  form.prepend(summary)

  let first: HTMLElement | null = null
  for (const [field, message] of Object.entries(result.fieldErrors)) {
    const input = form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]:not([type="hidden"])`)
    if (!input) continue
    first ??= input
    const error = element('p', { className: 'form__error', id: `${input.id}-error` }, message)
    // After the hint for the consent box, right under the control for the others.
    const container = input.closest('.form__field')!
    container.append(error)
    input.setAttribute('aria-invalid', 'true')
    input.setAttribute('aria-describedby', [error.id, input.getAttribute('aria-describedby')].filter(Boolean).join(' '))
  }
  ;(first ?? summary).focus()
}

function showSuccess(form: HTMLFormElement, result: Result) {
  const notice = element('div', { className: 'notice notice--success registration-result', tabIndex: -1 })
  notice.setAttribute('role', 'status')
  notice.append(element('h3', {}, result.status === 'waiting' ? form.dataset.waitingTitle : form.dataset.successTitle))
  for (const message of result.messages) notice.append(element('p', {}, message))
  // The personal cancel link: until e-mail confirmations exist, this is where the participant gets it.
  if (result.cancelUrl) {
    const paragraph = element('p')
    paragraph.append(element('a', { href: result.cancelUrl }, form.dataset.cancelLabel))
    notice.append(paragraph)
  }
  form.replaceWith(notice)
  notice.focus()
}

// When the page became usable: the page itself is static (built long before it is viewed), so
// only the browser can time how long filling in took. The server refuses quietly an `elapsed`
// under its minimum; a request without it (no JavaScript) is judged by the honeypot and the limits.
const shownAt = Date.now()

async function submit(form: HTMLFormElement, button: HTMLButtonElement) {
  const label = button.textContent
  const fields = new URLSearchParams(new FormData(form) as unknown as Record<string, string>)
  fields.set('elapsed', String(Date.now() - shownAt))
  button.disabled = true
  button.textContent = form.dataset.sending ?? label
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: fields,
    })
    const result = (await response.json()) as Result
    clearErrors(form)
    if (result.ok) return showSuccess(form, result)
    showErrors(form, result)
  } catch {
    clearErrors(form)
    showErrors(form, { ok: false, messages: [form.dataset.networkError ?? ''], fieldErrors: {} })
  } finally {
    button.disabled = false
    button.textContent = label
  }
}

type Seats = { formOpen: boolean; message: string }

/** Shows the live seat figure; a form that takes nobody any more (full, closed) gives way to the reason. */
async function showSeats(form: HTMLFormElement) {
  const line = form.querySelector<HTMLElement>('[data-seats]')
  const event = form.querySelector<HTMLInputElement>('input[name="event"]')?.value
  const lang = form.querySelector<HTMLInputElement>('input[name="lang"]')?.value ?? ''
  if (!line || !event) return
  try {
    const response = await fetch(`/api/register/seats?event=${encodeURIComponent(event)}&lang=${encodeURIComponent(lang)}`, {
      headers: { Accept: 'application/json' },
    })
    if (!response.ok) return
    const seats = (await response.json()) as Seats
    line.textContent = seats.message
    if (!seats.formOpen) {
      form.querySelectorAll<HTMLElement>('.form__field, button[type="submit"]').forEach((el) => (el.hidden = true))
      line.classList.add('notice')
    }
  } catch {
    // Without the figure the form still works; the server decides on submit.
  }
}

export function enhanceRegistrationForms() {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-registration-form]:not([data-enhanced])')) {
    // The browser's own bubbles speak the browser's language; the server's messages speak the page's.
    form.noValidate = true
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
      if (!button.disabled) void submit(form, button)
    })
    form.dataset.enhanced = ''
    void showSeats(form)
  }
}
