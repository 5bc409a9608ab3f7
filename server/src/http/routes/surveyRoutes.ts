import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { SurveyQuestionKind } from '@maillage/schema'
import { SurveyMode } from '../../persistence/records/Survey.ts'
import type { ApiContext } from '../ApiContext.ts'
import { attachmentDisposition } from '../attachmentDisposition.ts'
import { parseInput } from '../parseInput.ts'

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
 * of their space) and submit it. Who may do what is decided by `SurveyAccessService`.
 */
export function registerSurveyRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, surveyAccess } = context

  app.get('/api/surveys', async (request) => {
    const { actor } = await guard.require(request)
    return { surveys: await surveyAccess.list(actor) }
  })

  app.post('/api/surveys', async (request, reply) => {
    const { actor } = await guard.require(request)
    const draft = parseInput(newSurveySchema, request.body)
    return reply.code(201).send({ survey: await surveyAccess.create(actor, draft) })
  })

  app.get<SurveyParams>('/api/surveys/:surveyId', async (request) => {
    const { actor } = await guard.require(request)
    return { survey: await surveyAccess.get(actor, request.params.surveyId) }
  })

  app.patch<SurveyParams>('/api/surveys/:surveyId', async (request) => {
    const { actor } = await guard.require(request)
    const draft = parseInput(draftSchema, request.body)
    return { survey: await surveyAccess.update(actor, request.params.surveyId, draft) }
  })

  app.post<SurveyParams>('/api/surveys/:surveyId/open', async (request) => {
    const { actor } = await guard.require(request)
    const period = parseInput(periodSchema, request.body)
    return { survey: await surveyAccess.open(actor, request.params.surveyId, period) }
  })

  app.get<AnswerParams>('/api/surveys/:surveyId/answers/:spaceId', async (request) => {
    const { actor } = await guard.require(request)
    return await surveyAccess.answer(actor, request.params.surveyId, request.params.spaceId)
  })

  app.post<AnswerParams>('/api/surveys/:surveyId/answers/:spaceId/submit', async (request) => {
    const { actor } = await guard.require(request)
    return await surveyAccess.submit(actor, request.params.surveyId, request.params.spaceId)
  })

  // Takes a sent answer back to change it; it stays counted as sent until sent again.
  app.post<AnswerParams>('/api/surveys/:surveyId/answers/:spaceId/reopen', async (request) => {
    const { actor } = await guard.require(request)
    const { surveyId, spaceId } = request.params
    return { answer: await surveyAccess.reopen(actor, surveyId, spaceId) }
  })

  app.get<SurveyParams>('/api/surveys/:surveyId/results', async (request) => {
    const { actor } = await guard.require(request)
    return { results: await surveyAccess.results(actor, request.params.surveyId) }
  })

  app.get<SurveyParams>('/api/surveys/:surveyId/results.csv', async (request, reply) => {
    const { actor } = await guard.require(request)
    const { title, csv } = await surveyAccess.resultsCsv(actor, request.params.surveyId)
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachmentDisposition(title, 'csv'))
      .header('cache-control', 'no-store')
      .send(csv)
  })
}
