import type { ChoiceOption } from '../kinds/FieldDefinition.ts'

/** The kinds of survey question: Likert scale 1–5, single choice, multiple choice, open text. */
export const SurveyQuestionKind = {
  Likert: 'likert',
  Single: 'single',
  Multiple: 'multiple',
  Text: 'text',
} as const
export type SurveyQuestionKind = (typeof SurveyQuestionKind)[keyof typeof SurveyQuestionKind]

/** French label of each kind of question, as shown to the regional team. */
export const SURVEY_QUESTION_KIND_LABELS: Readonly<Record<SurveyQuestionKind, string>> = {
  likert: 'Échelle de 1 à 5',
  single: 'Choix unique',
  multiple: 'Choix multiple',
  text: 'Réponse libre',
}

/** One question of a survey, as validated by `surveyDefinitionSchema`. */
export interface SurveyQuestion {
  /** Stable id: the key of its answer in the answer document's `fields` map. */
  readonly id: string
  readonly kind: SurveyQuestionKind
  readonly label: string
  readonly help?: string
  /** The choices of `single` and `multiple` questions; absent for the others. */
  readonly options?: readonly ChoiceOption[]
  /** The fiche outil a question of a per-tool block is about (see `toolQuestionBlock`). */
  readonly toolDocumentId?: string
  /** The title of that fiche outil when the block was made. */
  readonly toolTitle?: string
  readonly required: boolean
}

/** What a survey asks: a title, an introduction and its questions in order. */
export interface SurveyDefinition {
  readonly title: string
  readonly introduction: string
  readonly questions: readonly SurveyQuestion[]
}

/** The answer to one question once read: a Likert level, a choice, the choices ticked, or text. */
export type SurveyValue = number | string | readonly string[]

/** The answers of one answer, by question id; an unanswered question has no entry. */
export type SurveyValues = Readonly<Record<string, SurveyValue>>

/** Lowest and highest levels of a Likert question. */
export const LIKERT_MIN = 1
export const LIKERT_MAX = 5

/** The levels of a Likert question, `'1'`…`'5'`, with their French labels. */
export const LIKERT_OPTIONS: readonly ChoiceOption[] = [
  { value: '1', label: '1 — très faible' },
  { value: '2', label: '2 — faible' },
  { value: '3', label: '3 — moyen' },
  { value: '4', label: '4 — fort' },
  { value: '5', label: '5 — très fort' },
]

/** Help shown under a Likert question. */
export const LIKERT_HELP = 'De 1 (très faible) à 5 (très fort).'
