import { stringify } from 'csv-stringify/sync'
import { formatFrenchTimestamp, type SurveyQuestion, type SurveyValue } from '@maillage/schema'
import type { Survey } from '../persistence/records/Survey.ts'
import type { SurveyAnswer } from '../persistence/records/SurveyAnswer.ts'

/** What a CSV row shows of an answer besides its values. */
export interface SurveyCsvRow {
  readonly answer: SurveyAnswer
  readonly spaceName: string
  /** Individual mode: the person's name. */
  readonly personName?: string
  readonly submittedByName: string
}

/** Headers of the columns before the questions. */
export const SURVEY_CSV_FIXED_HEADERS = [
  'Espace',
  'Personne',
  'Envoyée le',
  'Envoyée par',
  'Hors délai',
] as const

/**
 * The submitted answers of a survey as CSV for French spreadsheets (like `tdbCsv.ts`: BOM, `;`,
 * CRLF, formulas neutralised): one row per answer, the fixed columns then one column per question
 * (tool questions headed « outil — question »). Likert as its level, choices as their labels
 * (several joined by « , »), text as written. Late answers are listed, marked « oui ».
 */
export function formatSurveyCsv(survey: Survey, rows: readonly SurveyCsvRow[]): string {
  const late = (answer: SurveyAnswer): boolean =>
    answer.submittedAt !== undefined &&
    survey.closesAt !== undefined &&
    Date.parse(answer.submittedAt) > Date.parse(survey.closesAt)
  return stringify(
    rows.map(({ answer, spaceName, personName, submittedByName }) => [
      spaceName,
      personName ?? '',
      answer.submittedAt === undefined ? '' : formatFrenchTimestamp(answer.submittedAt),
      submittedByName,
      late(answer) ? 'oui' : 'non',
      ...survey.questions.map((question) => cellOf(question, answer.values?.[question.id])),
    ]),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      escape_formulas: true,
      header: true,
      columns: [...SURVEY_CSV_FIXED_HEADERS, ...survey.questions.map(headerOf)],
    },
  )
}

function headerOf(question: SurveyQuestion): string {
  return question.toolTitle === undefined
    ? question.label
    : `${question.toolTitle} — ${question.label}`
}

function cellOf(question: SurveyQuestion, value: SurveyValue | undefined): string {
  if (value === undefined) return ''
  const labelOf = (choice: string): string =>
    question.options?.find((option) => option.value === choice)?.label ?? choice
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return question.kind === 'single' ? labelOf(value) : value
  return value.map(labelOf).join(', ')
}
