import { describe, expect, it } from 'vitest'

import { registrationMessages } from '../../../cms/core/messages'
import { refusalStatus } from '../../../cms/core/registration'
import {
  answerText,
  answersFromForm,
  fillQuestionKeys,
  questionsFor,
  validateAnswers,
  type Question,
} from '../../../cms/core/registrationQuestions'

const questions: Question[] = questionsFor(
  [
    { key: 'role', kind: 'choice', required: true, label: { kk: 'Рөліңіз', ru: 'Ваша роль', en: 'Your role' }, options: [
      { id: 'opt-a', label: { kk: 'Медиатор', ru: 'Медиатор', en: 'Mediator' } },
      { id: 'opt-b', label: { kk: 'Заңгер', ru: 'Юрист', en: 'Lawyer' } },
    ] },
    { key: 'diet', kind: 'text', required: false, label: { ru: 'Питание' } },
    { key: 'first', kind: 'yesno', required: true, label: { kk: 'Алғаш па?', ru: 'Впервые?', en: 'First time?' } },
  ],
  'en',
)

describe('questionsFor', () => {
  it('labels questions in the page language, falling back field by field', () => {
    expect(questions.map((q) => q.label)).toEqual(['Your role', 'Питание', 'First time?'])
    expect(questions[0]!.options).toEqual([{ value: 'opt-a', label: 'Mediator' }, { value: 'opt-b', label: 'Lawyer' }])
  })

  it('drops rows without a key or with an unknown kind', () => {
    expect(questionsFor([{ kind: 'text', label: 'x' }, { key: 'a', kind: 'essay', label: 'x' }], 'kk')).toEqual([])
    expect(questionsFor(null, 'kk')).toEqual([])
  })
})

describe('validateAnswers', () => {
  it('keeps valid answers, normalized, and ignores keys the event does not ask', () => {
    const { answers, errors } = validateAnswers(questions, { role: 'opt-b', diet: '  без   глютена ', first: 'no', extra: 'x' })
    expect(errors).toEqual([])
    expect(answers).toEqual({ role: 'opt-b', diet: 'без глютена', first: 'no' })
  })

  it('accepts JSON booleans for yes/no and leaves optional questions out when empty', () => {
    expect(validateAnswers(questions, { role: 'opt-a', first: true })).toEqual({ answers: { role: 'opt-a', first: 'yes' }, errors: [] })
  })

  it('refuses a required question left empty, under the field q_<key>', () => {
    const { errors } = validateAnswers(questions, { role: ' ', diet: '' })
    expect(errors).toEqual([
      { field: 'q_role', code: 'answerRequired' },
      { field: 'q_first', code: 'answerRequired' },
    ])
    expect(refusalStatus(errors)).toBe(422)
  })

  it('refuses an option the question does not offer and a yes/no that is neither', () => {
    const { errors } = validateAnswers(questions, { role: 'opt-z', first: 'maybe' })
    expect(errors).toEqual([
      { field: 'q_role', code: 'answerInvalid' },
      { field: 'q_first', code: 'answerInvalid' },
    ])
  })

  it('refuses text over 1000 characters, hidden characters and non-text values', () => {
    expect(validateAnswers(questions, { role: 'opt-a', first: 'yes', diet: 'я'.repeat(1001) }).errors).toEqual([{ field: 'q_diet', code: 'answerTooLong' }])
    expect(validateAnswers(questions, { role: 'opt-a', first: 'yes', diet: 'a\u0000b' }).errors).toEqual([{ field: 'q_diet', code: 'hiddenCharacters' }])
    expect(validateAnswers(questions, { role: 'opt-a', first: 'yes', diet: 'a\u200Bb' }).errors).toEqual([{ field: 'q_diet', code: 'hiddenCharacters' }])
    expect(validateAnswers(questions, { role: { $ne: 1 }, first: 'yes' }).errors).toEqual([{ field: 'q_role', code: 'answerInvalid' }])
    expect(validateAnswers(questions, { role: 'opt-a', first: 'yes', diet: 'я'.repeat(1000) }).errors).toEqual([])
  })

  it('has a message for every new code in every language', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      for (const code of ['answerRequired', 'answerInvalid', 'answerTooLong'] as const) expect(registrationMessages[lang][code]).toBeTruthy()
    }
  })
})

describe('answersFromForm', () => {
  it('reads q_<key> form fields and an answers object, the fields winning', () => {
    expect(answersFromForm({ name: 'x', q_role: 'opt-a', answers: { role: 'opt-b', diet: 'x' } })).toEqual({ role: 'opt-a', diet: 'x' })
    expect(answersFromForm({ answers: ['a'] })).toEqual({})
  })
})

describe('fillQuestionKeys', () => {
  it('gives keyless questions the first free q<n> and keeps existing keys', () => {
    expect(fillQuestionKeys([{ key: 'q1' }, { key: null }, { key: '' }, { key: 'role' }]).map((q) => q.key)).toEqual(['q1', 'q2', 'q3', 'role'])
  })
})

describe('answerText', () => {
  it('reads an answer as the participant saw it', () => {
    const yesNo = { yes: 'Да', no: 'Нет' }
    expect(answerText(questions[0]!, 'opt-b', yesNo)).toBe('Lawyer')
    expect(answerText(questions[2]!, 'yes', yesNo)).toBe('Да')
    expect(answerText(questions[1]!, undefined, yesNo)).toBe('')
  })
})
