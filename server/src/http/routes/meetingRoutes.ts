import type { FastifyInstance, FastifyRequest } from 'fastify'
import type {
  DocumentView,
  MeetingCloseView,
  MeetingConvocationView,
  MeetingListView,
  MeetingView,
} from '@maillage/protocol'
import {
  meetingAttendanceSchema,
  meetingCreateSchema,
  meetingListQuerySchema,
  meetingUpdateSchema,
} from '../../meetings/meetingInput.ts'
import { meetingPath } from '../../meetings/presentMeeting.ts'
import type { ApiContext } from '../ApiContext.ts'
import { attachmentDisposition } from '../attachmentDisposition.ts'
import { parseInput } from '../parseInput.ts'
import { presentDocument } from '../presentDocument.ts'
import { requestOrigin } from './requestOrigin.ts'

type MeetingRequest = FastifyRequest<{ Params: { meetingId: string } }>

/**
 * The séances of the governance (`/api/gouvernance/seances`): list, create, read, reschedule,
 * convoke, open, attendance, close, and the `.ics` of one. Rights are the services'.
 */
export function registerMeetingRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard } = context
  const { meetings, lifecycle } = context.meetings

  app.get('/api/gouvernance/seances', async (request): Promise<MeetingListView> => {
    const { actor } = await guard.require(request)
    return meetings.list(actor, parseInput(meetingListQuerySchema, request.query))
  })

  app.post('/api/gouvernance/seances', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(meetingCreateSchema, request.body)
    const meeting = await meetings.create(actor, input)
    return reply.code(201).send(await meetings.view(actor, meeting.id))
  })

  app.get(
    '/api/gouvernance/seances/document/:documentId',
    async (
      request: FastifyRequest<{ Params: { documentId: string } }>,
    ): Promise<{ meetingId: string }> => {
      const { actor } = await guard.require(request)
      return { meetingId: await meetings.meetingIdOfDocument(actor, request.params.documentId) }
    },
  )

  app.get('/api/gouvernance/seances/:meetingId', async (request: MeetingRequest) => {
    const { actor } = await guard.require(request)
    return meetings.view(actor, request.params.meetingId) satisfies Promise<MeetingView>
  })

  app.patch('/api/gouvernance/seances/:meetingId', async (request: MeetingRequest) => {
    const { actor } = await guard.require(request)
    const patch = parseInput(meetingUpdateSchema, request.body)
    return meetings.update(actor, request.params.meetingId, patch)
  })

  app.post(
    '/api/gouvernance/seances/:meetingId/convocation',
    async (request: MeetingRequest): Promise<MeetingConvocationView> => {
      const { actor } = await guard.require(request)
      return lifecycle.convoke(actor, request.params.meetingId)
    },
  )

  app.post('/api/gouvernance/seances/:meetingId/ouverture', async (request: MeetingRequest) => {
    const { actor } = await guard.require(request)
    return lifecycle.open(actor, request.params.meetingId)
  })

  app.put('/api/gouvernance/seances/:meetingId/presences', async (request: MeetingRequest) => {
    const { actor } = await guard.require(request)
    const input = parseInput(meetingAttendanceSchema, request.body)
    return lifecycle.recordAttendance(actor, request.params.meetingId, input)
  })

  app.post(
    '/api/gouvernance/seances/:meetingId/cloture',
    async (request: MeetingRequest): Promise<MeetingCloseView> => {
      const { actor } = await guard.require(request)
      return lifecycle.close(actor, request.params.meetingId)
    },
  )

  app.get(
    '/api/gouvernance/seances/:meetingId/documents-joignables',
    async (request: MeetingRequest): Promise<{ documents: DocumentView[] }> => {
      const { actor } = await guard.require(request)
      const records = await meetings.attachableDocuments(actor, request.params.meetingId)
      const now = context.timers.now()
      return { documents: records.map((record) => presentDocument(actor, record, now)) }
    },
  )

  app.get(
    '/api/gouvernance/seances/:meetingId/seance.ics',
    async (request: MeetingRequest, reply) => {
      const { actor } = await guard.require(request)
      const { meetingId } = request.params
      const pageUrl = `${requestOrigin(request, context.publicUrl)}${meetingPath(meetingId)}`
      const ics = await meetings.calendar(actor, meetingId, pageUrl)
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', attachmentDisposition('seance', 'ics'))
        .header('cache-control', 'no-store')
        .send(ics)
    },
  )
}
