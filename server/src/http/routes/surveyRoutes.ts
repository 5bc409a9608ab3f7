import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type {
  SurveyAnswerView,
  SurveyResultsView,
  SurveySubmissionView,
  SurveyView,
} from '@maillage/protocol'
import { aggregateSurvey, isSpaceId, SurveyQuestionKind } from '@maillage/schema'
import {
  canManageSurveys,
  canReadSurveyAnswer,
  canSeeSurvey,
  canSubmitSurveyAnswer,
} from '../../auth/accessPolicy.ts'
import type { Actor } from '../../auth/Actor.ts'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import { SurveyMode, type Survey } from '../../persistence/records/Survey.ts'
import { presentSurvey, presentSurveyAnswer } from '../../survey/presentSurvey.ts'
import { submittedAnswers } from '../../survey/submittedAnswers.ts'
import { formatSurveyCsv } from '../../survey/surveyCsv.ts'
import { SURVEY_MESSAGES } from '../../survey/surveyMessages.ts'
import { surveyTargets } from '../../survey/surveyTargets.ts'
import type { ApiContext } from '../ApiContext.ts'
import { attachmentDisposition } from '../attachmentDisposition.ts'
import { parseInput } from '../parseInput.ts'
import { assertAllowed } from '../../auth/assertAllowed.ts'

const questionInputSchema = z.object({
  id: z.string().optional(),
  kind: z.enum(Object.values(SurveyQuestionKind)),
  label: z.string(),
  help: z.string().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  toolDocumentId: z.string().optional(),
  toolTitle: z.string().optional(),
  required: z.boolean().default(false),
})

const draftSchema = z.object({
  title: z.string().optional(),
  introduction: z.string().optional(),
  questions: z.array(questionInputSchema).max(300).optional(),
  targetSpaceIds: z.array(z.string()).max(100).optional(),
  mode: z
    .enum([SurveyMode.Collective, SurveyMode.Individual], {
      error: 'Choisissez le mode : « collective » (une réponse par CLPE) ou « individual ».',
    })
    .optional(),
  addToolBlocks: z.boolean().optional(),
  toolDocumentIds: z.array(z.string()).max(200).optional(),
})

const newSurveySchema = draftSchema.extend({
  title: z.string().trim().min(1, 'Donnez un titre à l’enquête.'),
})

const periodSchema = z.object({
  opensAt: z.iso.datetime({ offset: true, error: 'Indiquez la date d’ouverture (ISO 8601).' }),
  closesAt: z.iso.datetime({ offset: true, error: 'Indiquez la date de clôture (ISO 8601).' }),
})

type SurveyParams = { Params: { surveyId: string } }
type AnswerParams = { Params: { surveyId: string; spaceId: string } }

/**
 * The survey of the CLPE (issue #7, item 5): the regional team drafts, opens and reads the results
 * (JSON and CSV); members of a targeted CLPE open their answer (created on first access, a Y.Doc
 * of their space) and submit it. A survey or an answer one may not see is a 404.
 */
export function registerSurveyRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, store, surveys } = context

  const loadSurvey = async (actor: Actor, surveyId: string): Promise<Survey> => {
    const survey = await store.surveys.findSurvey(surveyId)
    if (survey === null || !canSeeSurvey(actor, survey)) {
      throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.notFound)
    }
    return survey
  }
  const present = async (actor: Actor, survey: Survey): Promise<SurveyView> =>
    presentSurvey(survey, {
      actor,
      nowMs: context.timers.now(),
      targets: await surveyTargets(store, survey),
      answers: await store.surveys.listSurveyAnswers(survey.id),
    })
  const answerSpace = (actor: Actor, survey: Survey, spaceId: string) => {
    if (!isSpaceId(spaceId) || !canReadSurveyAnswer(actor, survey, spaceId)) {
      throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.answerNotFound)
    }
    return spaceId
  }
  const nameOf = async (accountId: string | undefined): Promise<string | undefined> =>
    accountId === undefined ? undefined : (await store.findAccountById(accountId))?.name

  app.get('/api/surveys', async (request) => {
    const { actor } = await guard.require(request)
    const all = await store.surveys.listSurveys()
    const visible = all.filter((survey) => canSeeSurvey(actor, survey))
    return { surveys: await Promise.all(visible.map((survey) => present(actor, survey))) }
  })

  app.post('/api/surveys', async (request, reply) => {
    const { actor } = await guard.require(request)
    assertAllowed(canManageSurveys(actor), SURVEY_MESSAGES.manageOnly)
    const created = await surveys.create(actor, parseInput(newSurveySchema, request.body))
    return reply.code(201).send({ survey: await present(actor, created) })
  })

  app.get<SurveyParams>('/api/surveys/:surveyId', async (request) => {
    const { actor } = await guard.require(request)
    return { survey: await present(actor, await loadSurvey(actor, request.params.surveyId)) }
  })

  app.patch<SurveyParams>('/api/surveys/:surveyId', async (request) => {
    const { actor } = await guard.require(request)
    const survey = await loadSurvey(actor, request.params.surveyId)
    assertAllowed(canManageSurveys(actor), SURVEY_MESSAGES.manageOnly)
    const updated = await surveys.update(survey, parseInput(draftSchema, request.body))
    return { survey: await present(actor, updated) }
  })

  app.post<SurveyParams>('/api/surveys/:surveyId/open', async (request) => {
    const { actor } = await guard.require(request)
    const survey = await loadSurvey(actor, request.params.surveyId)
    assertAllowed(canManageSurveys(actor), SURVEY_MESSAGES.manageOnly)
    const opened = await surveys.open(survey, parseInput(periodSchema, request.body))
    return { survey: await present(actor, opened) }
  })

  app.get<AnswerParams>('/api/surveys/:surveyId/answers/:spaceId', async (request) => {
    const { actor } = await guard.require(request)
    const survey = await loadSurvey(actor, request.params.surveyId)
    const spaceId = answerSpace(actor, survey, request.params.spaceId)
    // Only those who may answer start an answer; the others (lecteurs, the regional team) see
    // the one the CLPE started, if any.
    const answer = canSubmitSurveyAnswer(actor, survey, spaceId)
      ? await surveys.answerOf(actor, survey, spaceId)
      : await surveys.findAnswer(actor, survey, spaceId)
    if (answer === null) throw new AppError(ErrorCode.NotFound, SURVEY_MESSAGES.answerNotStarted)
    const view: SurveyAnswerView = presentSurveyAnswer(survey, answer, {
      actor,
      nowMs: context.timers.now(),
      submittedByName: await nameOf(answer.submittedBy),
    })
    return { answer: view, values: answer.values ?? {} }
  })

  app.post<AnswerParams>('/api/surveys/:surveyId/answers/:spaceId/submit', async (request) => {
    const { actor } = await guard.require(request)
    const survey = await loadSurvey(actor, request.params.surveyId)
    const spaceId = answerSpace(actor, survey, request.params.spaceId)
    assertAllowed(canSubmitSurveyAnswer(actor, survey, spaceId), SURVEY_MESSAGES.submitOnly)
    const answer = await surveys.submit(actor, survey, spaceId)
    const view: SurveySubmissionView = {
      answer: presentSurveyAnswer(survey, answer, {
        actor,
        nowMs: context.timers.now(),
        submittedByName: actor.account.name,
      }),
      values: answer.values ?? {},
    }
    return view
  })

  // Takes a sent answer back to change it; it stays counted as sent until sent again.
  app.post<AnswerParams>('/api/surveys/:surveyId/answers/:spaceId/reopen', async (request) => {
    const { actor } = await guard.require(request)
    const survey = await loadSurvey(actor, request.params.surveyId)
    const spaceId = answerSpace(actor, survey, request.params.spaceId)
    assertAllowed(canSubmitSurveyAnswer(actor, survey, spaceId), SURVEY_MESSAGES.submitOnly)
    const answer = await surveys.reopen(actor, survey, spaceId)
    const view: SurveyAnswerView = presentSurveyAnswer(survey, answer, {
      actor,
      nowMs: context.timers.now(),
      submittedByName: await nameOf(answer.submittedBy),
    })
    return { answer: view }
  })

  app.get<SurveyParams>('/api/surveys/:surveyId/results', async (request) => {
    const { actor } = await guard.require(request)
    const survey = await loadSurvey(actor, request.params.surveyId)
    assertAllowed(canManageSurveys(actor), SURVEY_MESSAGES.manageOnly)
    const results = aggregateSurvey(survey, {
      answers: submittedAnswers(await store.surveys.listSurveyAnswers(survey.id)),
      targets: await surveyTargets(store, survey),
      closesAt: survey.closesAt ?? null,
    })
    return { results: { surveyId: survey.id, ...results } satisfies SurveyResultsView }
  })

  app.get<SurveyParams>('/api/surveys/:surveyId/results.csv', async (request, reply) => {
    const { actor } = await guard.require(request)
    const survey = await loadSurvey(actor, request.params.surveyId)
    assertAllowed(canManageSurveys(actor), SURVEY_MESSAGES.manageOnly)
    const targets = new Map(
      (await surveyTargets(store, survey)).map((target) => [target.spaceId, target.spaceName]),
    )
    const answers = await store.surveys.listSurveyAnswers(survey.id)
    const rows = await Promise.all(
      answers
        .filter((answer) => answer.submittedAt !== undefined && targets.has(answer.spaceId))
        .map(async (answer) => {
          const personName = await nameOf(answer.accountId)
          return {
            answer,
            spaceName: targets.get(answer.spaceId) ?? answer.spaceId,
            ...(personName === undefined ? {} : { personName }),
            submittedByName: (await nameOf(answer.submittedBy)) ?? '',
          }
        }),
    )
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachmentDisposition(survey.title, 'csv'))
      .header('cache-control', 'no-store')
      .send(formatSurveyCsv(survey, rows))
  })
}
