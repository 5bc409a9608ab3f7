import { randomUUID } from 'node:crypto'
import { isDocumentId } from '@maillage/protocol'
import {
  DocumentKind,
  DocumentRoot,
  KINDS,
  REGIONAL_SPACE_IDS,
  SpaceKind,
  isSpaceId,
  readAnswer,
  surveyDefinitionSchema,
  surveyFields,
  toolQuestionBlock,
  type SpaceId,
  type SurveyQuestion,
} from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { initializeFields } from '../documents/initializeFields.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { SurveyMode, type Survey } from '../persistence/records/Survey.ts'
import type { SurveyAnswer } from '../persistence/records/SurveyAnswer.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import { announceSurvey } from './announceSurvey.ts'
import { lockAnswer, unlockAnswer } from './lockAnswer.ts'
import { SURVEY_MESSAGES } from './surveyMessages.ts'
import { isAcceptingAnswers, surveyStatus } from './surveyStatus.ts'

/** A survey's editable part as the routes parsed it (questions may lack an id). */
export interface SurveyDraft {
  readonly title?: string
  readonly introduction?: string
  readonly questions?: readonly (Omit<SurveyQuestion, 'id'> & { readonly id?: string })[]
  readonly targetSpaceIds?: readonly string[]
  readonly mode?: SurveyMode
  readonly addToolBlocks?: boolean
  /** The fiches outil to add a block for (the author's pick); all of them with `addToolBlocks`. */
  readonly toolDocumentIds?: readonly string[]
}

/**
 * The survey of the CLPE (issue #7, item 5): drafts, opening, answers and submissions. Access is
 * checked before by `SurveyAccessService` (`accessPolicy`); this service checks the survey's own
 * rules: editable in
 * brouillon only, answers between `opensAt` and `closesAt`, one answer per space (collective) or
 * per person (individual), created once even when several members open it at the same moment.
 */
export class SurveyService {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #notifications: NotificationService
  readonly #locks: KeyedLock

  constructor(options: {
    store: MetadataStore
    documents: DocumentService
    content: DocumentContent
    timers: Timers
    notifications: NotificationService
    /**
     * Creations of one answer, one at a time in every process (namespace `survey-answers`, key the
     * answer id): concurrent first visits create one answer, the later ones find it.
     */
    locks: KeyedLock
  }) {
    this.#store = options.store
    this.#documents = options.documents
    this.#content = options.content
    this.#timers = options.timers
    this.#notifications = options.notifications
    this.#locks = options.locks
  }

  /** Creates a survey in brouillon. */
  async create(actor: Actor, draft: SurveyDraft): Promise<Survey> {
    const now = isoTime(this.#timers)
    const survey = await this.#validated(
      {
        id: randomUUID(),
        title: '',
        introduction: '',
        questions: [],
        targetSpaceIds: [],
        mode: SurveyMode.Collective,
        createdBy: actor.account.id,
        createdAt: now,
        updatedAt: now,
      },
      draft,
    )
    await this.#store.surveys.createSurvey(survey)
    return survey
  }

  /** Changes a survey in brouillon; an opened survey is refused (`CONFLICT`). */
  async update(survey: Survey, draft: SurveyDraft): Promise<Survey> {
    if (surveyStatus(survey, this.#timers.now()) !== 'brouillon') {
      throw new AppError(ErrorCode.Conflict, SURVEY_MESSAGES.notDraft)
    }
    const next = await this.#validated(survey, draft)
    const { id, ...patch } = next
    const updated = await this.#store.surveys.updateSurvey(id, {
      ...patch,
      updatedAt: isoTime(this.#timers),
    })
    if (updated === null) throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.notFound)
    return updated
  }

  /**
   * Opens a survey for a period, or changes the period of an open one (to extend it). Needs a
   * question, a targeted space, `opensAt` before `closesAt`, and `closesAt` in the future.
   */
  async open(survey: Survey, period: { opensAt: string; closesAt: string }): Promise<Survey> {
    const nowMs = this.#timers.now()
    if (surveyStatus(survey, nowMs) === 'close') {
      throw new AppError(ErrorCode.SurveyClosed, SURVEY_MESSAGES.closedCannotReopen)
    }
    const problems: Record<string, string> = {}
    if (survey.questions.length === 0) problems['questions'] = SURVEY_MESSAGES.noQuestion
    if (survey.targetSpaceIds.length === 0) problems['targetSpaceIds'] = SURVEY_MESSAGES.noTarget
    if (Date.parse(period.closesAt) <= Date.parse(period.opensAt)) {
      problems['closesAt'] = SURVEY_MESSAGES.closesBeforeOpens
    } else if (Date.parse(period.closesAt) <= nowMs) {
      problems['closesAt'] = SURVEY_MESSAGES.closesInPast
    }
    if (Object.keys(problems).length > 0) {
      throw new AppError(ErrorCode.ValidationFailed, SURVEY_MESSAGES.cannotOpen, {
        details: problems,
      })
    }
    const updated = await this.#store.surveys.updateSurvey(survey.id, {
      opensAt: new Date(period.opensAt).toISOString(),
      closesAt: new Date(period.closesAt).toISOString(),
      updatedAt: isoTime(this.#timers),
    })
    if (updated === null) throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.notFound)
    // Sent once, when the survey first opens; extending the period says nothing again.
    if (survey.opensAt === undefined) {
      await announceSurvey(updated, this.#store, this.#notifications)
    }
    return updated
  }

  /** The answer of `spaceId` (collective) or of the actor in it (individual), if started. */
  async findAnswer(actor: Actor, survey: Survey, spaceId: SpaceId): Promise<SurveyAnswer | null> {
    return await this.#store.surveys.findSurveyAnswer(answerIdOf(survey, spaceId, actor))
  }

  /**
   * The answer of `spaceId` (collective) or of the actor in it (individual), created with its
   * Y.Doc in that space on first access while the survey accepts answers (the caller checks the
   * actor may answer). An individual answer's document is private to its author. Concurrent first
   * visits, in any process, create one answer: creations of one answer run one at a time, each
   * looking for it again first.
   */
  async answerOf(actor: Actor, survey: Survey, spaceId: SpaceId): Promise<SurveyAnswer> {
    const id = answerIdOf(survey, spaceId, actor)
    const existing = await this.#store.surveys.findSurveyAnswer(id)
    if (existing !== null) return existing
    if (!isAcceptingAnswers(survey, this.#timers.now())) {
      throw new AppError(ErrorCode.SurveyClosed, SURVEY_MESSAGES.notAccepting)
    }
    return await this.#locks.run(id, async () => {
      // Looked for again under the lock: a concurrent first visit may have created it meanwhile.
      const created = await this.#store.surveys.findSurveyAnswer(id)
      return created ?? (await this.#createAnswer(actor, survey, { id, spaceId }))
    })
  }

  /**
   * Reads the answer's Y.Doc, validates it and stores the values with the time and the person,
   * then freezes the answer (`lockAnswer`: every co-filler sees it sent, live, and the server
   * takes no more edits); re-submitting before `closesAt` replaces the previous submission. After
   * `closesAt`: refused (`SURVEY_CLOSED`), so the results of a closed survey never change.
   */
  async submit(actor: Actor, survey: Survey, spaceId: SpaceId): Promise<SurveyAnswer> {
    const nowMs = this.#timers.now()
    if (!isAcceptingAnswers(survey, nowMs)) {
      const closed = surveyStatus(survey, nowMs) === 'close'
      throw new AppError(
        ErrorCode.SurveyClosed,
        closed ? SURVEY_MESSAGES.lateSubmission : SURVEY_MESSAGES.notAccepting,
      )
    }
    const answer = await this.#store.surveys.findSurveyAnswer(answerIdOf(survey, spaceId, actor))
    if (answer === null) throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.noAnswerYet)
    const read = await this.readValues(survey, answer)
    const details: Record<string, string> = {}
    for (const problem of read.problems) details[problem.path.join('.')] = problem.message
    for (const questionId of read.missing) details[questionId] ??= SURVEY_MESSAGES.required
    if (Object.keys(details).length > 0) {
      throw new AppError(ErrorCode.ValidationFailed, SURVEY_MESSAGES.incomplete, { details })
    }
    const updated = await this.#store.surveys.updateSurveyAnswer(answer.id, {
      submittedAt: new Date(nowMs).toISOString(),
      submittedBy: actor.account.id,
      values: Object.fromEntries(
        Object.entries(read.values).map(([key, value]) => [
          key,
          typeof value === 'object' ? [...value] : value,
        ]),
      ),
    })
    if (updated === null) throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.noAnswerYet)
    await lockAnswer(this.#lockDeps(), actor, updated, new Date(nowMs).toISOString())
    return updated
  }

  /**
   * Takes a sent answer back so that its CLPE changes it before sending it again (`unlockAnswer`);
   * the last submission stays counted meanwhile. Only while the survey accepts answers
   * (`SURVEY_CLOSED` else); an answer never sent is left as it is.
   */
  async reopen(actor: Actor, survey: Survey, spaceId: SpaceId): Promise<SurveyAnswer> {
    if (!isAcceptingAnswers(survey, this.#timers.now())) {
      throw new AppError(ErrorCode.SurveyClosed, SURVEY_MESSAGES.notAccepting)
    }
    const answer = await this.#store.surveys.findSurveyAnswer(answerIdOf(survey, spaceId, actor))
    if (answer === null) throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.noAnswerYet)
    await unlockAnswer(this.#lockDeps(), actor, answer)
    return answer
  }

  #lockDeps() {
    return { store: this.#store, documents: this.#documents, content: this.#content }
  }

  /** The answer's current values, read from its Y.Doc (unsaved edits included). */
  async readValues(survey: Survey, answer: SurveyAnswer): Promise<ReturnType<typeof readAnswer>> {
    if (!isDocumentId(answer.documentId)) return readAnswer(survey, {})
    const raw = await this.#content.read(answer.documentId, (doc) =>
      doc.getMap(DocumentRoot.Fields).toJSON(),
    )
    return readAnswer(survey, raw)
  }

  async #createAnswer(
    actor: Actor,
    survey: Survey,
    key: { id: string; spaceId: SpaceId },
  ): Promise<SurveyAnswer> {
    const title =
      survey.mode === SurveyMode.Individual
        ? `Réponse de ${actor.account.name} — ${survey.title}`
        : `Réponse à l’enquête — ${survey.title}`
    const record = await this.#documents.create(actor, {
      spaceId: key.spaceId,
      kind: DocumentKind.Page,
      title: title.slice(0, 200),
      ...(survey.mode === SurveyMode.Individual ? { privateTo: actor.account.id } : {}),
    })
    const definition = {
      ...KINDS.page,
      sections: [{ title: survey.title, fields: surveyFields(survey.questions) }],
    }
    await this.#content.change(record.id, (doc) => {
      initializeFields(doc.getMap(DocumentRoot.Fields), definition)
    })
    const answer: SurveyAnswer = {
      id: key.id,
      surveyId: survey.id,
      spaceId: key.spaceId,
      ...(survey.mode === SurveyMode.Individual ? { accountId: actor.account.id } : {}),
      documentId: record.id,
      createdAt: isoTime(this.#timers),
    }
    await this.#store.surveys.createSurveyAnswer(answer)
    return answer
  }

  async #validated(survey: Survey, draft: SurveyDraft): Promise<Survey> {
    const questions = (draft.questions ?? survey.questions).map((question, index) => ({
      ...question,
      id: question.id ?? `q${index + 1}-${randomUUID().slice(0, 8)}`,
    }))
    if (draft.toolDocumentIds !== undefined) {
      questions.push(...(await this.#toolBlocks(questions, draft.toolDocumentIds)))
    } else if (draft.addToolBlocks === true) {
      questions.push(...(await this.#toolBlocks(questions, null)))
    }
    const parsed = surveyDefinitionSchema.safeParse({
      title: draft.title ?? survey.title,
      introduction: draft.introduction ?? survey.introduction,
      questions,
    })
    if (!parsed.success) {
      const details: Record<string, string> = {}
      for (const issue of parsed.error.issues) {
        details[issue.path.map(String).join('.') || '_'] ??= issue.message
      }
      throw new AppError(ErrorCode.ValidationFailed, SURVEY_MESSAGES.invalid, { details })
    }
    const targetSpaceIds = draft.targetSpaceIds ?? survey.targetSpaceIds
    await this.#assertClpeSpaces(targetSpaceIds)
    return {
      ...survey,
      ...parsed.data,
      targetSpaceIds: [...new Set(targetSpaceIds)].filter(isSpaceId),
      mode: draft.mode ?? survey.mode,
    }
  }

  /**
   * A block per fiche outil of the espace régional (those of `picked` only, unless null) not
   * already asked about, in title order; an id of `picked` outside the catalogue is refused.
   */
  async #toolBlocks(
    questions: readonly { toolDocumentId?: string }[],
    picked: readonly string[] | null,
  ): Promise<SurveyQuestion[]> {
    const asked = new Set(questions.map((question) => question.toolDocumentId))
    const documents = await this.#store.listDocumentsOfSpace(REGIONAL_SPACE_IDS.regional)
    const catalogue = documents.filter(
      (document) => document.kind === DocumentKind.Outil && document.archivedAt === undefined,
    )
    const unknown = (picked ?? []).find((id) => !catalogue.some((document) => document.id === id))
    if (unknown !== undefined) {
      throw new AppError(ErrorCode.ValidationFailed, SURVEY_MESSAGES.invalid, {
        details: { toolDocumentIds: SURVEY_MESSAGES.notATool },
      })
    }
    return catalogue
      .filter((document) => picked === null || picked.includes(document.id))
      .filter((document) => !asked.has(document.id))
      .sort((a, b) => a.title.localeCompare(b.title, 'fr'))
      .flatMap((document) => toolQuestionBlock({ documentId: document.id, title: document.title }))
  }

  async #assertClpeSpaces(spaceIds: readonly string[]): Promise<void> {
    for (const spaceId of spaceIds) {
      const space = isSpaceId(spaceId) ? await this.#store.findSpace(spaceId) : null
      if (space?.kind !== SpaceKind.Clpe) {
        throw new AppError(ErrorCode.ValidationFailed, SURVEY_MESSAGES.invalid, {
          details: { targetSpaceIds: SURVEY_MESSAGES.targetNotClpe(spaceId) },
        })
      }
    }
  }
}

/** The id of the answer of `spaceId` (collective) or of `actor` in it (individual). */
export function answerIdOf(survey: Survey, spaceId: SpaceId, actor: Actor): string {
  return survey.mode === SurveyMode.Individual
    ? `${survey.id}.${spaceId}.${actor.account.id}`
    : `${survey.id}.${spaceId}`
}
