import type { FastifyInstance } from 'fastify'
import { measurementInputSchema } from '../../documents/measurements/measurementInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

type MeasurementParams = { Params: { documentId: string; indicatorId: string } }

/**
 * Dated measurements of an indicator: `POST` adds one to the fiche's
 * co-edited indicator list and answers it with who entered it and when (see `MeasurementService`).
 */
export function registerMeasurementRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, measurements } = context

  app.post<MeasurementParams>(
    '/api/documents/:documentId/indicateurs/:indicatorId/mesures',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const input = parseInput(measurementInputSchema(measurements.today()), request.body)
      const measurement = await measurements.add(actor, request.params, input)
      return reply.code(201).send({ measurement })
    },
  )
}
