import type { Locale } from './locales'
import { pickAny, type LocalizedValue } from './localize'
import { hasHiddenCharacters, type RegistrationError } from './registration'

/**
 * Questions an organizer adds to an event's registration form (text, choice, yes/no) and the one
 * rule for their answers, shared by the form endpoint and the collection hook so REST, GraphQL and
 * the form refuse the same answers. Pure: no Payload here.
 *
 * A question's answer travels under the name `q_<key>` (the form's input, the error's field key);
 * stored answers are `{ <key>: value }`: the text typed, the chosen option's id, or `yes`/`no`.
 */

export const questionKinds = ['text', 'choice', 'yesno'] as const
export type QuestionKind = (typeof questionKinds)[number]

export const maxQuestions = 10
export const maxAnswerLength = 1000
export const yesNoValues = ['yes', 'no'] as const

/** Question keys: short, stable, safe inside a form field name. */
export const questionKeyPattern = /^[a-z0-9-]{1,30}$/

/** An event's question as stored (localized labels as Payload returns them with `locale: 'all'`). */
export type StoredQuestion = {
  key?: string | null
  kind?: string | null
  label?: LocalizedValue | string | null
  required?: boolean | null
  options?: Array<{ id?: string | null; label?: LocalizedValue | string | null }> | null
}

/** A question ready for one language: what the form renders and the export heads a column with. */
export type Question = {
  key: string
  kind: QuestionKind
  label: string
  required: boolean
  options: Array<{ value: string; label: string }>
}

export type Answers = Record<string, string>

/** The form field (and error key) that carries a question's answer. */
export const answerField = (key: string): `q_${string}` => `q_${key}`

function labelIn(value: LocalizedValue | string | null | undefined, lang: Locale): string {
  if (typeof value === 'string') return value
  return pickAny(value, lang) ?? ''
}

/** The event's questions in `lang` (labels falling back like other fields); malformed rows dropped. */
export function questionsFor(stored: readonly StoredQuestion[] | null | undefined, lang: Locale): Question[] {
  return (stored ?? []).flatMap((q) => {
    if (!q.key || !questionKinds.includes(q.kind as QuestionKind)) return []
    const options = (q.options ?? []).flatMap((o) => (o.id ? [{ value: o.id, label: labelIn(o.label, lang) }] : []))
    return [{ key: q.key, kind: q.kind as QuestionKind, label: labelIn(q.label, lang), required: q.required === true, options }]
  })
}

/**
 * Gives every question without a key the first free `q<n>`, so keys are set once and then stay
 * (answers are stored by key; relabelling or reordering questions keeps them readable).
 */
export function fillQuestionKeys<T extends { key?: string | null }>(questions: readonly T[]): T[] {
  const taken = new Set(questions.map((q) => q.key).filter(Boolean))
  let n = 1
  return questions.map((q) => {
    if (q.key) return q
    while (taken.has(`q${n}`)) n++
    taken.add(`q${n}`)
    return { ...q, key: `q${n}` }
  })
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').normalize('NFC') : ''
}

/**
 * The answers to `questions` found in `raw` (a map from key to value), checked like the built-in
 * fields: a required question left empty, an option the question does not offer, text over 1000
 * characters, hidden or control characters. Answers to keys the event does not ask are ignored.
 */
export function validateAnswers(questions: readonly Question[], raw: Record<string, unknown> | null | undefined): {
  answers: Answers
  errors: RegistrationError[]
} {
  const answers: Answers = {}
  const errors: RegistrationError[] = []
  for (const q of questions) {
    const field = answerField(q.key)
    const given = raw?.[q.key]
    // JSON clients may answer yes/no with a boolean.
    const value = given === true ? 'yes' : given === false ? 'no' : text(given)
    if (hasHiddenCharacters(given)) errors.push({ field, code: 'hiddenCharacters' })
    else if (given !== undefined && given !== null && typeof given !== 'string' && typeof given !== 'boolean')
      errors.push({ field, code: 'answerInvalid' })
    else if (!value) {
      if (q.required) errors.push({ field, code: 'answerRequired' })
    } else if (q.kind === 'text') {
      if (value.length > maxAnswerLength) errors.push({ field, code: 'answerTooLong' })
      else answers[q.key] = value
    } else if (q.kind === 'choice') {
      if (q.options.some((o) => o.value === value)) answers[q.key] = value
      else errors.push({ field, code: 'answerInvalid' })
    } else {
      if ((yesNoValues as readonly string[]).includes(value)) answers[q.key] = value
      else errors.push({ field, code: 'answerInvalid' })
    }
  }
  return { answers, errors }
}

/** The answers a form post carries: its `q_<key>` fields, or an `answers` object (JSON clients). */
export function answersFromForm(raw: Record<string, unknown>): Record<string, unknown> {
  const fromObject =
    raw.answers && typeof raw.answers === 'object' && !Array.isArray(raw.answers) ? (raw.answers as Record<string, unknown>) : {}
  const fromFields = Object.fromEntries(
    Object.entries(raw).flatMap(([name, value]) => (name.startsWith('q_') ? [[name.slice(2), value]] : [])),
  )
  return { ...fromObject, ...fromFields }
}

/** How an answer reads in the export: the option's label, yes/no in the export language. */
export function answerText(question: Question, value: string | undefined, yesNo: { yes: string; no: string }): string {
  if (!value) return ''
  if (question.kind === 'choice') return question.options.find((o) => o.value === value)?.label ?? value
  if (question.kind === 'yesno') return value === 'yes' ? yesNo.yes : value === 'no' ? yesNo.no : value
  return value
}
