import { locales, type Locale } from './locales'

/**
 * The review workflow of content with drafts: an organizer's draft is `submitted` for review, a
 * moderator publishes it or sends it back (`returned`, with a comment); after publishing the
 * document is `draft` again for its next round. Pure: the states, who may set which, and the
 * e-mails in kk, ru and en (one message carries all three, since staff accounts have no language).
 */
export const reviewStates = ['draft', 'submitted', 'returned'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewStateLabels: Record<ReviewState, Record<Locale, string>> = {
  draft: { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
  submitted: { kk: 'Тексеруге жіберілді', ru: 'Отправлено на проверку', en: 'Submitted for review' },
  returned: { kk: 'Түзетуге қайтарылды', ru: 'Возвращено на доработку', en: 'Sent back' },
}

/** The state a change leaves, given who makes it; null when the requested state is not theirs to set. */
export function nextReviewState(args: { from: ReviewState; requested: ReviewState | undefined; publishing: boolean; isModerator: boolean }): ReviewState | null {
  if (args.publishing) return 'draft'
  const requested = args.requested ?? args.from
  if (requested === args.from) return requested
  if (requested === 'returned' && !args.isModerator) return null
  return requested
}

export type ReviewMailKind = 'submitted' | 'published' | 'returned'

const texts: Record<Locale, { subject: Record<ReviewMailKind, string>; body: Record<ReviewMailKind, string>; comment: string; open: string }> = {
  kk: {
    subject: { submitted: 'Тексеруге жіберілді', published: 'Жарияланды', returned: 'Түзетуге қайтарылды' },
    body: {
      submitted: '«{title}» тексеруге жіберілді ({who}).',
      published: '«{title}» модератор тексеріп, жариялады.',
      returned: '«{title}» түзетуге қайтарылды.',
    },
    comment: 'Модератордың пікірі',
    open: 'Ашу',
  },
  ru: {
    subject: { submitted: 'Отправлено на проверку', published: 'Опубликовано', returned: 'Возвращено на доработку' },
    body: {
      submitted: '«{title}» отправлено на проверку ({who}).',
      published: '«{title}» проверено модератором и опубликовано.',
      returned: '«{title}» возвращено на доработку.',
    },
    comment: 'Комментарий модератора',
    open: 'Открыть',
  },
  en: {
    subject: { submitted: 'Submitted for review', published: 'Published', returned: 'Sent back' },
    body: {
      submitted: '“{title}” was submitted for review ({who}).',
      published: '“{title}” was reviewed and published by a moderator.',
      returned: '“{title}” was sent back for changes.',
    },
    comment: 'Moderator’s comment',
    open: 'Open',
  },
}

/** One message in kk, ru and en (Kazakh first). */
export function composeReviewMail(args: { kind: ReviewMailKind; title: string; who?: string; comment?: string | null; adminUrl: string }) {
  const subject = `Kelisim: ${texts.kk.subject[args.kind]} / ${texts.ru.subject[args.kind]} / ${texts.en.subject[args.kind]} — ${args.title}`
  const sections = locales.map((lang) => {
    const t = texts[lang]
    const lines = [t.body[args.kind].replace('{title}', args.title).replace('{who}', args.who ?? '')]
    if (args.kind === 'returned' && args.comment) lines.push(`${t.comment}: ${args.comment}`)
    lines.push(`${t.open}: ${args.adminUrl}`)
    return lines.join('\n')
  })
  return { subject, text: `${sections.join('\n\n—\n\n')}\n` }
}
