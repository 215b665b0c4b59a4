import type { CollectionBeforeValidateHook } from 'payload'

import { fillQuestionKeys as withKeys } from '../../../core/registrationQuestions'

/** Questions saved without a key get the first free `q<n>`; keys once given are kept. */
export const fillQuestionKeys: CollectionBeforeValidateHook = ({ data }) => {
  const questions = (data?.registration as { questions?: unknown } | undefined)?.questions
  if (!data || !Array.isArray(questions)) return data
  return { ...data, registration: { ...data.registration, questions: withKeys(questions as Array<{ key?: string | null }>) } }
}
