import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { certificateMail, type CertificateFacts } from '../core/certificate'
import { localeOr } from '../core/locales'
import { certificatePdf } from '../lib/certificatePdf'
import { ensureCertificateCode, verifyUrl } from '../lib/certificates'
import { anonymizedDomain } from '../lib/retention'
import { emailQueue } from './sendRegistrationEmail'

/**
 * The certificate of an attended registration as a job on the e-mail queue: gives the code (once;
 * a second sending reuses it), draws the PDF in the participant's language and mails it as an
 * attachment. Retried like the registration mail when the server refuses.
 */

export const sendCertificateSlug = 'sendCertificate'

type Id = string | number
type IO = { input: { registration: string }; output: { sent: boolean; code?: string; skipped?: string } }

export function queueCertificate(args: { payload: Payload; req?: PayloadRequest; registrationId: Id }) {
  return args.payload.jobs.queue({ task: sendCertificateSlug, queue: emailQueue, input: { registration: String(args.registrationId) }, req: args.req })
}

const toId = (payload: Payload, id: string): Id => (payload.db.defaultIDType === 'number' ? Number(id) : id)

export const sendCertificateTask: TaskConfig<IO> = {
  slug: sendCertificateSlug,
  label: 'Send a participation certificate',
  inputSchema: [{ name: 'registration', type: 'text', required: true }],
  outputSchema: [
    { name: 'sent', type: 'checkbox', required: true },
    { name: 'code', type: 'text' },
    { name: 'skipped', type: 'text' },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const payload = req.payload
    const skip = (why: string) => {
      payload.logger.info({ msg: 'Certificate not sent', registration: input.registration, why })
      return { output: { sent: false, skipped: why } }
    }
    const id = toId(payload, input.registration)
    // Checked when it runs: attendance may have been unmarked since the organizer asked.
    const issued = await ensureCertificateCode(payload, id)
    if (!issued) return skip('registration gone or not attended')
    const registration = await payload.findByID({ collection: 'registrations', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!registration) return skip('registration deleted')
    if (String(registration.email).endsWith(`@${anonymizedDomain}`)) return skip('personal data erased by retention')
    const locale = localeOr(registration.locale)
    const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
    const event = await payload.findByID({ collection: 'events', id: eventId, depth: 0, joins: false, locale, overrideAccess: true, disableErrors: true })
    if (!event) return skip('event deleted')
    const facts: CertificateFacts = {
      locale,
      name: registration.name,
      eventTitle: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      code: issued.code,
      verifyUrl: verifyUrl(locale, issued.code),
    }
    const mail = certificateMail(facts)
    await payload.sendEmail({
      to: registration.email,
      subject: mail.subject,
      text: mail.text,
      attachments: [{ filename: mail.filename, content: await certificatePdf(facts), contentType: 'application/pdf' }],
    })
    return { output: { sent: true, code: issued.code } }
  },
}
