import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type {
  AtelierWallAuthorView,
  AtelierWallNoteView,
  AtelierWallStateView,
} from '@maillage/protocol'
import { atelierFileName } from '../../ateliers/atelierFileName.ts'
import {
  formatWallCsv,
  formatWallSvg,
  wallDotSchema,
  wallModerationSchema,
  wallNoteIdSchema,
  wallNoteSchema,
  wallSettingsSchema,
} from '../../ateliers/toolkit/wall/index.ts'
import type { ApiContext } from '../ApiContext.ts'
import { attachmentDisposition } from '../attachmentDisposition.ts'
import { parseInput } from '../parseInput.ts'

type AtelierRequest = FastifyRequest<{ Params: { atelierId: string } }>
type NoteRequest = FastifyRequest<{ Params: { atelierId: string; noteId: string } }>

/**
 * The wall of an atelier's live session: readers of the atelier read its
 * settings and export it; seat holders and facilitators post (named or anonymous) and place their
 * dots; facilitators change the settings and moderate; regional admins reveal an anonymous
 * note's author. Rules in `ateliers/toolkit/wall/AtelierWallService.ts`.
 */
export function registerAtelierWallRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, ateliers, atelierWall } = context

  async function load(request: AtelierRequest | NoteRequest) {
    const { actor } = await guard.require(request)
    const record = await ateliers.programme.find(actor, request.params.atelierId)
    return { actor, record }
  }

  function noteIdOf(request: NoteRequest): string {
    return parseInput(wallNoteIdSchema, request.params.noteId)
  }

  app.get(
    '/api/ateliers/:atelierId/mur',
    async (request: AtelierRequest): Promise<AtelierWallStateView> => {
      const { actor, record } = await load(request)
      return atelierWall.state(actor, record)
    },
  )

  app.put(
    '/api/ateliers/:atelierId/mur/reglages',
    async (request: AtelierRequest): Promise<AtelierWallStateView> => {
      const { actor, record } = await load(request)
      const input = parseInput(wallSettingsSchema, request.body)
      return atelierWall.configure(actor, record, input)
    },
  )

  app.post('/api/ateliers/:atelierId/mur/notes', async (request: AtelierRequest, reply) => {
    const { actor, record } = await load(request)
    const input = parseInput(wallNoteSchema, request.body)
    const created: AtelierWallNoteView = await atelierWall.post(actor, record, input)
    return reply.code(201).send(created)
  })

  app.post(
    '/api/ateliers/:atelierId/mur/notes/:noteId/points',
    async (request: NoteRequest): Promise<AtelierWallStateView> => {
      const { actor, record } = await load(request)
      const { delta } = parseInput(wallDotSchema, request.body)
      return atelierWall.vote(actor, record, noteIdOf(request), delta)
    },
  )

  app.patch('/api/ateliers/:atelierId/mur/notes/:noteId', async (request: NoteRequest, reply) => {
    const { actor, record } = await load(request)
    const input = parseInput(wallModerationSchema, request.body)
    await atelierWall.moderate(actor, record, noteIdOf(request), input)
    return reply.code(204).send()
  })

  app.delete('/api/ateliers/:atelierId/mur/notes/:noteId', async (request: NoteRequest, reply) => {
    const { actor, record } = await load(request)
    await atelierWall.remove(actor, record, noteIdOf(request))
    return reply.code(204).send()
  })

  app.get(
    '/api/ateliers/:atelierId/mur/notes/:noteId/auteur',
    async (request: NoteRequest): Promise<AtelierWallAuthorView> => {
      const { actor, record } = await load(request)
      return atelierWall.revealAuthor(actor, record, noteIdOf(request))
    },
  )

  async function sendExport(
    request: AtelierRequest,
    reply: FastifyReply,
    format: 'csv' | 'svg',
  ): Promise<FastifyReply> {
    const { actor, record } = await load(request)
    const exported = await atelierWall.exportWall(actor, record)
    const name = `${atelierFileName(exported.title)}-mur`
    const body =
      format === 'csv'
        ? formatWallCsv(exported.columns, exported.withHidden)
        : formatWallSvg(`Mur — ${exported.title}`, exported.columns)
    return reply
      .header(
        'content-type',
        format === 'csv' ? 'text/csv; charset=utf-8' : 'image/svg+xml; charset=utf-8',
      )
      .header('content-disposition', attachmentDisposition(name, format))
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(body)
  }

  app.get('/api/ateliers/:atelierId/mur.csv', (request: AtelierRequest, reply) =>
    sendExport(request, reply, 'csv'),
  )
  app.get('/api/ateliers/:atelierId/mur.svg', (request: AtelierRequest, reply) =>
    sendExport(request, reply, 'svg'),
  )
}
