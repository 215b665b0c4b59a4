import type { TaskConfig } from 'payload'

import { composeReviewMail, type ReviewMailKind } from '../core/review'
import { publicSiteUrl } from '../lib/siteUrl'

/**
 * E-mails of the review workflow (cms/lib/review.ts), sent by the jobs queue like registration
 * mail: to every moderator when a document is submitted, to its author when it is published or
 * sent back with a comment. Retried like registration mail when the SMTP server refuses.
 */
export const notifyReviewSlug = 'notifyReview'

type NotifyIO = { input: { collection: string; id: string; kind: ReviewMailKind }; output: { sent: number } }

export const notifyReviewTask: TaskConfig<NotifyIO> = {
  slug: notifyReviewSlug,
  label: 'Review workflow e-mail',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: ['submitted', 'published', 'returned'] },
  ],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const payload = req.payload
    const collection = (payload.collections as Record<string, { config: { admin?: { useAsTitle?: string } } } | undefined>)[input.collection]
    if (!collection) return { output: { sent: 0 } }
    const id = payload.db.defaultIDType === 'number' ? Number(input.id) : input.id
    const doc = (await payload.findByID({ collection: input.collection as never, id, draft: true, depth: 0, locale: 'kk', overrideAccess: true, disableErrors: true })) as Record<string, unknown> | null
    if (!doc) return { output: { sent: 0 } }
    const titleField = collection.config.admin?.useAsTitle ?? 'id'
    const title = String(doc[titleField] ?? doc.id)
    let recipients: string[] = []
    let who: string | undefined
    const author = doc.submittedBy ? await payload.findByID({ collection: 'users', id: doc.submittedBy as never, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (input.kind === 'submitted') {
      const moderators = await payload.find({ collection: 'users', where: { roles: { contains: 'moderator' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
      recipients = moderators.docs.map((u) => u.email)
      who = author?.email
    } else if (author) {
      recipients = [author.email]
    }
    const cmsUrl = (process.env.KELISIM_CMS_URL || publicSiteUrl()).replace(/\/+$/, '')
    const mail = composeReviewMail({ kind: input.kind, title, who, comment: doc.reviewComment as string | null, adminUrl: `${cmsUrl}/admin/collections/${input.collection}/${doc.id}` })
    for (const to of recipients) await payload.sendEmail({ to, subject: mail.subject, text: mail.text })
    return { output: { sent: recipients.length } }
  },
}
