import type {
  SurveyAnswerView,
  SurveyResultsView,
  SurveySubmissionView,
  SurveyView,
} from '@maillage/protocol'
import { aggregateSurvey, isSpaceId, type SpaceId } from '@maillage/schema'
import {
  canManageSurveys,
  canReadSurveyAnswer,
  canSeeSurvey,
  canSubmitSurveyAnswer,
} from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Survey } from '../persistence/records/Survey.ts'
import type { Timers } from '../time/Timers.ts'
import { presentSurvey, presentSurveyAnswer } from './presentSurvey.ts'
import { submittedAnswers } from './submittedAnswers.ts'
import { formatSurveyCsv } from './surveyCsv.ts'
import { SURVEY_MESSAGES } from './surveyMessages.ts'
import type { SurveyDraft, SurveyService } from './SurveyService.ts'
import { surveyTargets } from './surveyTargets.ts'

/** The answer of a space (or of the person in it) as its readers see it, with its values. */
export interface SurveyAnswerWithValues {
  readonly answer: SurveyAnswerView
  readonly values: Readonly<Record<string, unknown>>
}

/**
 * The survey of the CLPE as people use it through the API: decides who may see and do what
 * (`accessPolicy.ts`, one `assertAllowed` per action) and presents the result, then hands the
 * change to {@link SurveyService}, which keeps the survey's own rules. The regional team drafts,
 * opens and reads the results; members of a targeted CLPE open and submit their answer. A survey or
 * an answer one may not see answers `NOT_FOUND`, like a missing one.
 */
export class SurveyAccessService {
  readonly #store: MetadataStore
  readonly #surveys: SurveyService
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; surveys: SurveyService; timers: Timers }) {
    this.#store = options.store
    this.#surveys = options.surveys
    this.#timers = options.timers
  }

  /** The surveys `actor` may see. */
  async list(actor: Actor): Promise<SurveyView[]> {
    const all = await this.#store.surveys.listSurveys()
    const visible = all.filter((survey) => canSeeSurvey(actor, survey))
    return Promise.all(visible.map((survey) => this.#present(actor, survey)))
  }

  /** One survey `actor` may see. */
  async get(actor: Actor, surveyId: string): Promise<SurveyView> {
    return this.#present(actor, await this.#load(actor, surveyId))
  }

  /** Creates a survey in brouillon (the regional team). */
  async create(actor: Actor, draft: SurveyDraft): Promise<SurveyView> {
    assertAllowed(canManageSurveys(actor), SURVEY_MESSAGES.manageOnly)
    return this.#present(actor, await this.#surveys.create(actor, draft))
  }

  /** Changes a draft (the regional team). */
  async update(actor: Actor, surveyId: string, draft: SurveyDraft): Promise<SurveyView> {
    const survey = await this.#managed(actor, surveyId)
    return this.#present(actor, await this.#surveys.update(survey, draft))
  }

  /** Opens a survey for answers over a period (the regional team). */
  async open(
    actor: Actor,
    surveyId: string,
    period: { opensAt: string; closesAt: string },
  ): Promise<SurveyView> {
    const survey = await this.#managed(actor, surveyId)
    return this.#present(actor, await this.#surveys.open(survey, period))
  }

  /**
   * The answer of a space: those who may answer start it on first access; the others (lecteurs,
   * the regional team) see the one the CLPE started, or `NOT_FOUND`.
   */
  async answer(actor: Actor, surveyId: string, spaceId: string): Promise<SurveyAnswerWithValues> {
    const survey = await this.#load(actor, surveyId)
    const space = answerSpace(actor, survey, spaceId)
    const answer = canSubmitSurveyAnswer(actor, survey, space)
      ? await this.#surveys.answerOf(actor, survey, space)
      : await this.#surveys.findAnswer(actor, survey, space)
    if (answer === null) throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.answerNotStarted)
    const view = presentSurveyAnswer(survey, answer, {
      actor,
      nowMs: this.#timers.now(),
      submittedByName: await this.#nameOf(answer.submittedBy),
    })
    return { answer: view, values: answer.values ?? {} }
  }

  /** Submits the answer of a space (those who may answer for it). */
  async submit(actor: Actor, surveyId: string, spaceId: string): Promise<SurveySubmissionView> {
    const { survey, space } = await this.#answerable(actor, surveyId, spaceId)
    const answer = await this.#surveys.submit(actor, survey, space)
    return {
      answer: presentSurveyAnswer(survey, answer, {
        actor,
        nowMs: this.#timers.now(),
        submittedByName: actor.account.name,
      }),
      values: answer.values ?? {},
    }
  }

  /** Takes a sent answer back to change it; it stays counted as sent until sent again. */
  async reopen(actor: Actor, surveyId: string, spaceId: string): Promise<SurveyAnswerView> {
    const { survey, space } = await this.#answerable(actor, surveyId, spaceId)
    const answer = await this.#surveys.reopen(actor, survey, space)
    return presentSurveyAnswer(survey, answer, {
      actor,
      nowMs: this.#timers.now(),
      submittedByName: await this.#nameOf(answer.submittedBy),
    })
  }

  /** The aggregated results of the submitted answers (the regional team). */
  async results(actor: Actor, surveyId: string): Promise<SurveyResultsView> {
    const survey = await this.#managed(actor, surveyId)
    const results = aggregateSurvey(survey, {
      answers: submittedAnswers(await this.#store.surveys.listSurveyAnswers(survey.id)),
      targets: await surveyTargets(this.#store, survey),
      closesAt: survey.closesAt ?? null,
    })
    return { surveyId: survey.id, ...results }
  }

  /** The submitted answers as CSV (`surveyCsv.ts`), with the survey's title (the regional team). */
  async resultsCsv(actor: Actor, surveyId: string): Promise<{ title: string; csv: string }> {
    const survey = await this.#managed(actor, surveyId)
    const targets = new Map(
      (await surveyTargets(this.#store, survey)).map((target) => [
        target.spaceId,
        target.spaceName,
      ]),
    )
    const answers = await this.#store.surveys.listSurveyAnswers(survey.id)
    const rows = await Promise.all(
      answers
        .filter((answer) => answer.submittedAt !== undefined && targets.has(answer.spaceId))
        .map(async (answer) => {
          const personName = await this.#nameOf(answer.accountId)
          return {
            answer,
            spaceName: targets.get(answer.spaceId) ?? answer.spaceId,
            ...(personName === undefined ? {} : { personName }),
            submittedByName: (await this.#nameOf(answer.submittedBy)) ?? '',
          }
        }),
    )
    return { title: survey.title, csv: formatSurveyCsv(survey, rows) }
  }

  async #load(actor: Actor, surveyId: string): Promise<Survey> {
    const survey = await this.#store.surveys.findSurvey(surveyId)
    if (survey === null || !canSeeSurvey(actor, survey)) {
      throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.notFound)
    }
    return survey
  }

  async #managed(actor: Actor, surveyId: string): Promise<Survey> {
    const survey = await this.#load(actor, surveyId)
    assertAllowed(canManageSurveys(actor), SURVEY_MESSAGES.manageOnly)
    return survey
  }

  async #answerable(
    actor: Actor,
    surveyId: string,
    spaceId: string,
  ): Promise<{ survey: Survey; space: SpaceId }> {
    const survey = await this.#load(actor, surveyId)
    const space = answerSpace(actor, survey, spaceId)
    assertAllowed(canSubmitSurveyAnswer(actor, survey, space), SURVEY_MESSAGES.submitOnly)
    return { survey, space }
  }

  async #present(actor: Actor, survey: Survey): Promise<SurveyView> {
    return presentSurvey(survey, {
      actor,
      nowMs: this.#timers.now(),
      targets: await surveyTargets(this.#store, survey),
      answers: await this.#store.surveys.listSurveyAnswers(survey.id),
    })
  }

  async #nameOf(accountId: string | undefined): Promise<string | undefined> {
    return accountId === undefined
      ? undefined
      : (await this.#store.findAccountById(accountId))?.name
  }
}

// The space of an answer named in a URL, if `actor` may read that answer; `NOT_FOUND` alike for a
// malformed id and an answer one may not read.
function answerSpace(actor: Actor, survey: Survey, spaceId: string): SpaceId {
  if (!isSpaceId(spaceId) || !canReadSurveyAnswer(actor, survey, spaceId)) {
    throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.answerNotFound)
  }
  return spaceId
}
