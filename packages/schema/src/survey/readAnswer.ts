import type { FieldProblem } from '../kinds/FieldValues.ts'
import { readFields } from '../kinds/fields/readFields.ts'
import type { SurveyDefinition, SurveyValue, SurveyValues } from './SurveyQuestion.ts'
import { surveyFields } from './surveyQuestionFields.ts'

/** An answer once read: its values, what was malformed, and the required questions left empty. */
export interface ReadAnswerResult {
  /** Answered questions only, by id. */
  readonly values: SurveyValues
  /** Values of the wrong type or out of range, read as unanswered (French messages). */
  readonly problems: readonly FieldProblem[]
  /** Ids of required questions without an answer, in survey order. */
  readonly missing: readonly string[]
}

/**
 * Reads and validates the answers of `survey` from the `fields` map of an answer document
 * (`doc.getMap('fields').toJSON()`), with the kinds' `readFields`. A Likert level may be written
 * as a number or as its string (`'4'`, as a select sends it). Empty text (blank), no choice and
 * no ticked option are unanswered; unknown keys are ignored. Never throws.
 */
export function readAnswer(survey: SurveyDefinition, raw: unknown): ReadAnswerResult {
  const { values, problems } = readFields(
    surveyFields(survey.questions),
    normalizeLikert(survey, raw),
  )
  const answered: Record<string, SurveyValue> = {}
  const missing: string[] = []
  for (const question of survey.questions) {
    const value = values[question.id]
    const kept = answeredValue(value)
    if (kept !== undefined) answered[question.id] = kept
    else if (question.required) missing.push(question.id)
  }
  return { values: answered, problems, missing }
}

function answeredValue(value: unknown): SurveyValue | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
    return value
  }
  return undefined
}

/** A copy of `raw` where Likert levels written as strings (`'1'`…) are numbers. */
function normalizeLikert(survey: SurveyDefinition, raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const record = raw as Readonly<Record<string, unknown>>
  const copy: Record<string, unknown> = {}
  for (const question of survey.questions) {
    if (!Object.hasOwn(record, question.id)) continue
    const value = record[question.id]
    const level = question.kind === 'likert' && typeof value === 'string' ? value.trim() : null
    if (level === '') copy[question.id] = null
    else if (level !== null && /^\d+$/u.test(level)) copy[question.id] = Number(level)
    else copy[question.id] = value
  }
  return copy
}
