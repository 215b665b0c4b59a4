import { describe, expect, it } from 'vitest'

import { composeReviewMail, nextReviewState } from '../../../cms/core/review'

describe('review workflow rules', () => {
  it('organizers submit, only moderators send back, publishing starts the next round', () => {
    expect(nextReviewState({ from: 'draft', requested: 'submitted', publishing: false, isModerator: false })).toBe('submitted')
    expect(nextReviewState({ from: 'submitted', requested: 'returned', publishing: false, isModerator: false })).toBeNull()
    expect(nextReviewState({ from: 'submitted', requested: 'returned', publishing: false, isModerator: true })).toBe('returned')
    expect(nextReviewState({ from: 'submitted', requested: undefined, publishing: true, isModerator: true })).toBe('draft')
    expect(nextReviewState({ from: 'returned', requested: undefined, publishing: false, isModerator: false })).toBe('returned')
  })

  it('writes one message in kk, ru and en with the comment and the admin link', () => {
    const mail = composeReviewMail({ kind: 'returned', title: 'Дөңгелек үстел', comment: 'Күнін тексеріңіз', adminUrl: 'https://cms.example/admin/collections/events/7' })
    expect(mail.subject).toContain('Дөңгелек үстел')
    expect(mail.text).toContain('түзетуге қайтарылды')
    expect(mail.text).toContain('возвращено на доработку')
    expect(mail.text).toContain('sent back for changes')
    expect(mail.text.match(/Күнін тексеріңіз/g)).toHaveLength(3)
    expect(mail.text.match(/collections\/events\/7/g)).toHaveLength(3)
  })
})
