import type { SurveyQuestionKind } from './SurveyQuestion.ts'

/** The count of one choice, or of one Likert level (value `'1'`…`'5'`). */
export interface SurveyCount {
  readonly value: string
  readonly label: string
  readonly count: number
}

/** An open answer and the space it comes from. */
export interface SurveyOpenAnswer {
  readonly spaceId: string
  readonly spaceName: string
  readonly text: string
}

/** What the counted answers of one targeted space said to one question, as people read it. */
export interface SurveySpaceAnswers {
  readonly spaceId: string
  readonly spaceName: string
  /**
   * One entry per counted answer of the space that answered the question (one in collective
   * mode, one per person in individual mode): the Likert level with its label, the choices'
   * labels joined by « , », or the text. Empty when the space did not answer it.
   */
  readonly answers: readonly string[]
}

/** Results of one question over the answers counted. */
export interface SurveyQuestionResult {
  readonly questionId: string
  readonly kind: SurveyQuestionKind
  readonly label: string
  readonly toolDocumentId?: string
  /** Answers counted that answered it. */
  readonly n: number
  /** Answers counted that left it empty (partial answers). */
  readonly nonResponse: number
  /** Likert levels 1–5 and choices, in order; absent for text. */
  readonly counts?: readonly SurveyCount[]
  /** Likert only: mean level rounded to 2 decimals, null when n is 0. */
  readonly mean?: number | null
  /** Text only, in the order of the answers. */
  readonly openAnswers?: readonly SurveyOpenAnswer[]
  /** What each targeted space answered, in the order of the targets. */
  readonly bySpace: readonly SurveySpaceAnswers[]
}

/** The questions of one catalogued tool's block. */
export interface SurveyToolResult {
  readonly toolDocumentId: string
  readonly toolTitle: string
  readonly questions: readonly SurveyQuestionResult[]
}

/** How one targeted space responded. */
export interface SurveySpaceRate {
  readonly spaceId: string
  readonly spaceName: string
  /** Answers on time (at most `targeted`). */
  readonly answered: number
  readonly targeted: number
  /** Answers submitted after closesAt. */
  readonly late: number
  readonly lastSubmittedAt?: string
}

/** An answer submitted after the survey closed: listed, not counted. */
export interface SurveyLateAnswer {
  readonly spaceId: string
  readonly accountId?: string
  readonly submittedAt: string
}

/** What `aggregateSurvey` computes; the shape of `SurveyResultsView` of the protocol. */
export interface SurveyResults {
  readonly counted: number
  readonly questions: readonly SurveyQuestionResult[]
  readonly tools: readonly SurveyToolResult[]
  readonly responseRate: { readonly answered: number; readonly targeted: number }
  readonly spaces: readonly SurveySpaceRate[]
  readonly late: readonly SurveyLateAnswer[]
}
