import { PROSE_MAX_LENGTH } from '../kinds/fields/defineFields.ts'
import type { FieldDefinition } from '../kinds/FieldDefinition.ts'
import { LIKERT_MAX, LIKERT_MIN, type SurveyQuestion } from './SurveyQuestion.ts'

/**
 * The field of the kinds registry that holds the answer to a question in an answer document's
 * `fields` map, so answers follow the conventions of every other document: a Likert level is a
 * number (1–5), a single choice a string, a multiple choice a Y.Map from value to `true`, open
 * text a Y.Text.
 */
export function surveyQuestionField(question: SurveyQuestion): FieldDefinition {
  const base = { name: question.id, label: question.label }
  switch (question.kind) {
    case 'likert':
      return { ...base, type: 'number', integer: true, min: LIKERT_MIN, max: LIKERT_MAX }
    case 'single':
      return { ...base, type: 'choice', options: question.options ?? [] }
    case 'multiple':
      return { ...base, type: 'multi-choice', options: question.options ?? [] }
    case 'text':
      return { ...base, type: 'text', multiline: true, maxLength: PROSE_MAX_LENGTH }
    default: {
      const unknownKind: never = question.kind
      return unknownKind
    }
  }
}

/** The fields of every question of a survey, in order. */
export function surveyFields(questions: readonly SurveyQuestion[]): FieldDefinition[] {
  return questions.map(surveyQuestionField)
}
