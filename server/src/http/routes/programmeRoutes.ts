import type { FastifyInstance } from 'fastify'
import {
  programmeComparisonParamsSchema,
  programmeLineBodySchema,
  programmeLinkBodySchema,
  programmeSendBackSchema,
  programmeStepSchema,
  programmeTargetParamsSchema,
  programmeVersionCreateSchema,
} from '../../programme/index.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

const BASE = '/api/gouvernance/programme'

/**
 * The programme d'accompagnement: the versions and their lines, the validation steps and the
 * sending back, the comparison of two versions, the links of what carries the lines out and the
 * suivi. Routes parse and call one service, which decides who may.
 */
export function registerProgrammeRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard } = context
  const { versions, followUp } = context.programme

  app.get(BASE, async (request) => {
    const { actor } = await guard.require(request)
    return versions.overview(actor)
  })

  app.post(`${BASE}/versions`, async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(programmeVersionCreateSchema, request.body)
    return reply.code(201).send({ version: await versions.createVersion(actor, input) })
  })

  app.get<{ Params: { id: string } }>(`${BASE}/versions/:id`, async (request) => {
    const { actor } = await guard.require(request)
    return { version: await versions.version(actor, request.params.id) }
  })

  app.post<{ Params: { id: string } }>(`${BASE}/versions/:id/lignes`, async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(programmeLineBodySchema, request.body)
    return reply
      .code(201)
      .send({ version: await versions.addLine(actor, request.params.id, input) })
  })

  app.put<{ Params: { lineId: string } }>(`${BASE}/lignes/:lineId`, async (request) => {
    const { actor } = await guard.require(request)
    const input = parseInput(programmeLineBodySchema, request.body)
    return { version: await versions.editLine(actor, request.params.lineId, input) }
  })

  app.delete<{ Params: { lineId: string } }>(`${BASE}/lignes/:lineId`, async (request) => {
    const { actor } = await guard.require(request)
    return { version: await versions.deleteLine(actor, request.params.lineId) }
  })

  app.post<{ Params: { id: string } }>(`${BASE}/versions/:id/etape`, async (request) => {
    const { actor } = await guard.require(request)
    const { to } = parseInput(programmeStepSchema, request.body)
    return { version: await versions.moveStep(actor, request.params.id, to) }
  })

  app.post<{ Params: { id: string } }>(`${BASE}/versions/:id/renvoi`, async (request) => {
    const { actor } = await guard.require(request)
    const { reason } = parseInput(programmeSendBackSchema, request.body)
    return { version: await versions.sendBack(actor, request.params.id, reason) }
  })

  app.get(`${BASE}/comparaison/:de/:a`, async (request) => {
    const { actor } = await guard.require(request)
    const params = parseInput(programmeComparisonParamsSchema, request.params)
    return versions.compare(actor, params.de, params.a)
  })

  app.get<{ Params: { id: string } }>(`${BASE}/versions/:id/suivi`, async (request) => {
    const { actor } = await guard.require(request)
    return followUp.followUp(actor, request.params.id)
  })

  app.post(`${BASE}/liens`, async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(programmeLinkBodySchema, request.body)
    return reply.code(201).send({ link: await followUp.link(actor, input) })
  })

  app.delete<{ Params: { id: string } }>(`${BASE}/liens/:id`, async (request, reply) => {
    const { actor } = await guard.require(request)
    await followUp.unlink(actor, request.params.id)
    return reply.code(204).send()
  })

  app.get(`${BASE}/cibles/:kind/:id`, async (request) => {
    const { actor } = await guard.require(request)
    const { kind, id } = parseInput(programmeTargetParamsSchema, request.params)
    return followUp.linesOf(actor, kind, id)
  })
}
