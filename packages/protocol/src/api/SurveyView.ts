/** The kind of a survey question: Likert scale 1–5, single choice, multiple choice, open text. */
export type SurveyQuestionKindName = 'likert' | 'single' | 'multiple' | 'text'

/** Status of a survey, computed from its dates and the server clock. */
export type SurveyStatusName = 'brouillon' | 'ouverte' | 'close'

/** `collective`: one answer per targeted space, co-edited by its members; `individual`: one per person. */
export type SurveyModeName = 'collective' | 'individual'

/** One choice of a single or multiple choice question. */
export interface SurveyOptionView {
  readonly value: string
  readonly label: string
}

/** A question of a survey. */
export interface SurveyQuestionView {
  /** Stable id, also the key of the answer in the answer document's `fields` map. */
  readonly id: string
  readonly kind: SurveyQuestionKindName
  readonly label: string
  /** Help shown under the label, when any. */
  readonly help?: string
  /** Choices of `single` and `multiple` questions (absent for `likert` and `text`). */
  readonly options?: readonly SurveyOptionView[]
  /** Set on the questions of a per-tool block: the fiche outil the question is about. */
  readonly toolDocumentId?: string
  /** Title of that fiche outil when the block was generated, for headings. */
  readonly toolTitle?: string
  readonly required: boolean
}

/** A survey as listed and shown (`GET /api/surveys`, `GET /api/surveys/:id`). */
export interface SurveyView {
  readonly id: string
  readonly title: string
  readonly introduction: string
  readonly questions: readonly SurveyQuestionView[]
  /** ISO dates; null while the survey has not been opened. */
  readonly opensAt: string | null
  readonly closesAt: string | null
  /** `brouillon` until opened, `ouverte` between opensAt and closesAt, `close` after closesAt. */
  readonly status: SurveyStatusName
  /** Spaces (CLPE) asked to answer. */
  readonly targetSpaceIds: readonly string[]
  readonly mode: SurveyModeName
  /** Answered: submitted answers (spaces in collective mode, people in individual mode). */
  readonly responseRate: { readonly answered: number; readonly targeted: number }
  readonly createdBy: string
  readonly createdAt: string
  readonly updatedAt: string
  /** True when the signed-in person may edit, open and see the results (regional team). */
  readonly canManage: boolean
  /** Targeted spaces the signed-in person belongs to: where they may answer. */
  readonly mySpaceIds: readonly string[]
}

/**
 * An answer (`GET /api/surveys/:id/answers/:spaceId`, created on first access). Its values live in
 * the Y.Doc `answerDocumentId` (`fields` map keyed by question id), co-edited like any document;
 * in individual mode the document is the person's own (`accountId`).
 */
export interface SurveyAnswerView {
  readonly surveyId: string
  readonly spaceId: string
  /** Individual mode only: whose answer this is. */
  readonly accountId?: string
  readonly answerDocumentId: string
  /** Last submission, absent until submitted. Re-submitting before closesAt replaces it. */
  readonly submittedAt?: string
  readonly submittedBy?: string
  /** Name of the person who last submitted. */
  readonly submittedByName?: string
  /** True when the last submission came after closesAt (kept, but out of the results). */
  readonly late?: boolean
  /** The signed-in person sends this answer (and takes it back to change it) now. */
  readonly canSubmit: boolean
}

/** `POST /api/surveys/:id/answers/:spaceId/submit`: what was stored, with the answer. */
export interface SurveySubmissionView {
  readonly answer: SurveyAnswerView
  /** The values as validated and stored, by question id. */
  readonly values: Readonly<Record<string, SurveyValueView>>
}

/** A validated answer to one question: number for Likert, string for single, list, or text. */
export type SurveyValueView = number | string | readonly string[]

/** The count of one choice (or of one Likert level, value `'1'`…`'5'`). */
export interface SurveyCountView {
  readonly value: string
  readonly label: string
  readonly count: number
}

/** An open answer, with where it comes from. */
export interface SurveyOpenAnswerView {
  readonly spaceId: string
  readonly spaceName: string
  readonly text: string
}

/** Results of one question over the counted answers. */
export interface SurveyQuestionResultView {
  readonly questionId: string
  readonly kind: SurveyQuestionKindName
  readonly label: string
  readonly toolDocumentId?: string
  /** Counted answers that answered this question. */
  readonly n: number
  /** Counted answers that left it empty. */
  readonly nonResponse: number
  /** Likert (levels 1–5), single and multiple choice; absent for text. */
  readonly counts?: readonly SurveyCountView[]
  /** Likert only, null when n is 0. */
  readonly mean?: number | null
  /** Text only. */
  readonly openAnswers?: readonly SurveyOpenAnswerView[]
  /**
   * What each targeted CLPE answered, in words, in the order of the targets: one entry per
   * counted answer (several in individual mode), none when it did not answer the question.
   */
  readonly bySpace: readonly {
    readonly spaceId: string
    readonly spaceName: string
    readonly answers: readonly string[]
  }[]
}

/** The block of questions about one catalogued tool. */
export interface SurveyToolResultView {
  readonly toolDocumentId: string
  readonly toolTitle: string
  readonly questions: readonly SurveyQuestionResultView[]
}

/** Response of one targeted space. */
export interface SurveySpaceRateView {
  readonly spaceId: string
  readonly spaceName: string
  /** Collective: 1 when its answer is submitted on time; individual: members who submitted on time. */
  readonly answered: number
  /** Collective: 1; individual: its members. */
  readonly targeted: number
  /** Submitted after closesAt: listed, not counted. */
  readonly late: number
  readonly lastSubmittedAt?: string
}

/** `GET /api/surveys/:id/results` (regional team only); CSV at `…/results.csv`. */
export interface SurveyResultsView {
  readonly surveyId: string
  /** Answers counted: submitted on or before closesAt. */
  readonly counted: number
  /** Questions outside any tool block, in survey order. */
  readonly questions: readonly SurveyQuestionResultView[]
  /** One entry per tool block, in survey order. */
  readonly tools: readonly SurveyToolResultView[]
  readonly responseRate: { readonly answered: number; readonly targeted: number }
  readonly spaces: readonly SurveySpaceRateView[]
  /** Answers submitted after closesAt, excluded from the counts above. */
  readonly late: readonly {
    readonly spaceId: string
    readonly accountId?: string
    readonly submittedAt: string
  }[]
}

/** A question as the regional team writes it (`id` optional: the server derives one). */
export interface SurveyQuestionInput {
  readonly id?: string
  readonly kind: SurveyQuestionKindName
  readonly label: string
  readonly help?: string
  readonly options?: readonly SurveyOptionView[]
  readonly toolDocumentId?: string
  readonly toolTitle?: string
  readonly required?: boolean
}

/** `POST /api/surveys`: creates a brouillon. */
export interface SurveyDraftBody {
  readonly title: string
  readonly introduction?: string
  readonly questions?: readonly SurveyQuestionInput[]
  readonly targetSpaceIds?: readonly string[]
  readonly mode?: SurveyModeName
  /** Appends a block per fiche outil (kind `outil`) of the espace régional, when true. */
  readonly addToolBlocks?: boolean
  /**
   * Appends a block for each of these fiches outil of the catalogue only (the author's pick;
   * takes the place of `addToolBlocks`). An id outside the catalogue is refused.
   */
  readonly toolDocumentIds?: readonly string[]
}

/** `PATCH /api/surveys/:id` (brouillon only): the fields given replace the stored ones. */
export type SurveyPatchBody = Partial<SurveyDraftBody>

/** `POST /api/surveys/:id/open`: opens the survey for a period (ISO dates, opensAt < closesAt). */
export interface SurveyOpenBody {
  readonly opensAt: string
  readonly closesAt: string
}
