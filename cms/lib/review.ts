import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { isPublisher } from '../access'
import { nextReviewState, reviewStateLabels, reviewStates, type ReviewMailKind, type ReviewState } from '../core/review'
import { locales } from '../core/locales'
import { notifyReviewSlug } from '../jobs/notifyReview'
import { emailQueue } from '../jobs/sendRegistrationEmail'

/**
 * The review workflow (cms/core/review.ts) on every collection with drafts, added in
 * payload.config.ts so the collection files stay as they are: three sidebar fields (state,
 * moderator's comment, who submitted) and two hooks. An organizer submits a draft (they cannot
 * publish: cms/access); a moderator publishes it or sends it back with a comment; the moderators
 * are told of a submission and the author of the outcome, by e-mail through the jobs queue.
 */

const label = (kk: string, ru: string, en: string) => ({ kk, ru, en })

const reviewFields = (): Field[] => [
  {
    name: 'reviewState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    label: label('Тексеру', 'Проверка', 'Review'),
    options: reviewStates.map((value) => ({ value, label: reviewStateLabels[value] })),
    admin: {
      position: 'sidebar',
      description: label(
        'Дайын болғанда «Тексеруге жіберілді» таңдап, жобаны сақтаңыз.',
        'Когда готово, выберите «Отправлено на проверку» и сохраните черновик.',
        'When ready, choose “Submitted for review” and save the draft.',
      ),
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: label('Модератордың пікірі', 'Комментарий модератора', 'Moderator’s comment'),
    admin: { position: 'sidebar' },
    // A copy starts its own review.
    disableDuplicate: true,
    access: { update: ({ req }) => isPublisher(req.user as never) },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('Жіберген', 'Отправил', 'Submitted by'),
    admin: { position: 'sidebar', readOnly: true },
    disableDuplicate: true,
    access: { create: () => false, update: () => false },
  },
]

const transitionKey = (slug: string) => `review:transition:${slug}`

function applyTransition(config: CollectionConfig): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    if (!req.user) return data
    const from = ((originalDoc as { reviewState?: ReviewState } | undefined)?.reviewState ?? 'draft') as ReviewState
    const publishing = data._status === 'published'
    const next = nextReviewState({ from, requested: data.reviewState, publishing, isModerator: isPublisher(req.user as never) })
    data.reviewState = next ?? from
    let notify: ReviewMailKind | null = null
    if (data.reviewState === 'submitted' && from !== 'submitted') {
      data.submittedBy = req.user.id
      notify = 'submitted'
    } else if (publishing && from === 'submitted') notify = 'published'
    else if (data.reviewState === 'returned' && from !== 'returned') notify = 'returned'
    req.context[transitionKey(config.slug)] = notify
    return data
  }
}

function queueNotification(config: CollectionConfig): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    const kind = req.context[transitionKey(config.slug)] as ReviewMailKind | null | undefined
    req.context[transitionKey(config.slug)] = null
    if (!kind) return doc
    await req.payload.jobs.queue({ task: notifyReviewSlug, queue: emailQueue, input: { collection: config.slug, id: String(doc.id), kind }, req })
    return doc
  }
}

/** Adds the review fields and hooks to every collection with drafts. */
export function withReview(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((config) => {
    if (!(config.versions && typeof config.versions === 'object' && config.versions.drafts)) return config
    const hooks = { ...(config.hooks ?? {}) }
    hooks.beforeChange = [...(hooks.beforeChange ?? []), applyTransition(config)]
    hooks.afterChange = [...(hooks.afterChange ?? []), queueNotification(config)]
    const columns = config.admin?.defaultColumns
    return {
      ...config,
      admin: { ...config.admin, ...(columns ? { defaultColumns: [...columns, 'reviewState'] } : {}) },
      fields: [...config.fields, ...reviewFields()],
      hooks,
    }
  })
}

