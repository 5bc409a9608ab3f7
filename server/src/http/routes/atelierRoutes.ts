import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AtelierSessionView } from '@maillage/protocol'
import {
  atelierCreateSchema,
  atelierPatchSchema,
  atelierSessionSchema,
} from '../../ateliers/atelierInput.ts'
import { atelierFileName } from '../../ateliers/atelierFileName.ts'
import { presentSession } from '../../ateliers/presentAtelier.ts'
import type { ApiContext } from '../ApiContext.ts'
import { attachmentDisposition } from '../attachmentDisposition.ts'
import { parseInput } from '../parseInput.ts'
import { requestOrigin } from './requestOrigin.ts'

type AtelierRequest = FastifyRequest<{ Params: { atelierId: string } }>

/**
 * The programme of ateliers and their live sessions (issue #8, items 3 and 4): any member reads
 * and registers; facilitators (`auth/atelierAccess.ts`) create, run the session and draft the
 * compte rendu.
 */
export function registerAtelierRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, ateliers } = context
  const { programme, sessions, calendars } = ateliers

  async function load(request: AtelierRequest) {
    const { actor } = await guard.require(request)
    const record = await programme.find(actor, request.params.atelierId)
    return { actor, record }
  }

  app.get('/api/ateliers', async (request) => {
    const { actor } = await guard.require(request)
    return programme.list(actor)
  })

  app.post('/api/ateliers', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(atelierCreateSchema, request.body)
    const record = await programme.create(actor, input)
    return reply.code(201).send(await programme.view(actor, record))
  })

  app.get('/api/ateliers/:atelierId', async (request: AtelierRequest) => {
    const { actor, record } = await load(request)
    return programme.view(actor, record)
  })

  // The visio link, kept out of the atelier's Y.Doc (every reader receives the Y.Doc).
  app.patch('/api/ateliers/:atelierId', async (request: AtelierRequest) => {
    const { actor, record } = await load(request)
    const { visioLink } = parseInput(atelierPatchSchema, request.body)
    await programme.setVisioLink(actor, record, visioLink)
    return programme.view(actor, record)
  })

  app.post('/api/ateliers/:atelierId/inscription', async (request: AtelierRequest) => {
    const { actor, record } = await load(request)
    await programme.register(actor, record)
    return programme.view(actor, record)
  })

  app.delete('/api/ateliers/:atelierId/inscription', async (request: AtelierRequest) => {
    const { actor, record } = await load(request)
    await programme.cancel(actor, record)
    return programme.view(actor, record)
  })

  app.get('/api/ateliers/:atelierId/inscriptions', async (request: AtelierRequest) => {
    const { actor, record } = await load(request)
    return programme.registrants(actor, record)
  })

  app.get('/api/ateliers/:atelierId/atelier.ics', async (request: AtelierRequest, reply) => {
    const { actor, record } = await load(request)
    const atelier = await programme.read(record)
    const ics = await calendars.render(actor, [atelier], {
      origin: requestOrigin(request, context.publicUrl),
    })
    // An ASCII name in both `filename` and `filename*`: the title's accents and spaces made
    // names that some mail clients and agendas mangled.
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header(
        'content-disposition',
        attachmentDisposition(atelierFileName(atelier.details.title), 'ics'),
      )
      .header('cache-control', 'no-store')
      .send(ics)
  })

  app.post(
    '/api/ateliers/:atelierId/session',
    async (request: AtelierRequest): Promise<AtelierSessionView> => {
      const { actor, record } = await load(request)
      const action = parseInput(atelierSessionSchema, request.body)
      return presentSession(await sessions.move(actor, record, action))
    },
  )

  app.post('/api/ateliers/:atelierId/compte-rendu', async (request: AtelierRequest, reply) => {
    const { actor, record } = await load(request)
    const { documentId, created } = await sessions.compteRendu(actor, record)
    return reply.code(created ? 201 : 200).send({ documentId })
  })
}
