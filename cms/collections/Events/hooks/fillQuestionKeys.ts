import type { CollectionBeforeValidateHook } from 'payload'

import { fillQuestionKeys as withKeys } from '../../../core/registrationQuestions'

type Row = { id?: string | null; key?: string | null }

/**
 * Questions saved without a key get the first free `q<n>`; keys once given are kept, also when a
 * save (another language, an API client) sends a known row by its id without its key.
 */
export const fillQuestionKeys: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const questions = (data?.registration as { questions?: unknown } | undefined)?.questions
  if (!data || !Array.isArray(questions)) return data
  const before = new Map(
    (((originalDoc?.registration as { questions?: Row[] } | undefined)?.questions ?? []) as Row[]).map((q) => [q.id, q.key]),
  )
  const known = (questions as Row[]).map((q) => (!q.key && q.id && before.get(q.id) ? { ...q, key: before.get(q.id) } : q))
  return { ...data, registration: { ...data.registration, questions: withKeys(known) } }
}
