import type { FastifyInstance } from 'fastify'
import {
  commentCreateSchema,
  commentMentionQuerySchema,
  commentReplySchema,
  commentStatusSchema,
} from '../../comments/commentInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

type DocumentParams = { Params: { documentId: string } }
type ThreadParams = { Params: { documentId: string; threadId: string } }
type MessageParams = {
  Params: { documentId: string; threadId: string; messageId: string }
}

/**
 * Comments anchored in a document's text or on one of its fields (`CommentService`): list, open a
 * thread, reply, resolve or reopen, and the people one may mention. The comments a person posts
 * (threads and replies) are rate-limited per account, over all documents.
 */
export function registerCommentRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, comments, commentRateLimit } = context

  app.get<DocumentParams>('/api/documents/:documentId/commentaires', async (request) => {
    const { actor } = await guard.require(request)
    return { threads: await comments.list(actor, request.params.documentId) }
  })

  app.post<DocumentParams>('/api/documents/:documentId/commentaires', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(commentCreateSchema, request.body)
    await commentRateLimit.admit(actor.account.id)
    const thread = await comments.open(actor, request.params.documentId, input)
    return reply.code(201).send(thread)
  })

  // Before `/:threadId`-style routes would take « mentions » for a thread id.
  app.get<DocumentParams>('/api/documents/:documentId/commentaires/mentions', async (request) => {
    const { actor } = await guard.require(request)
    const { q } = parseInput(commentMentionQuerySchema, request.query)
    return await comments.mentionCandidates(actor, request.params.documentId, q)
  })

  app.post<ThreadParams>(
    '/api/documents/:documentId/commentaires/:threadId/reponses',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const input = parseInput(commentReplySchema, request.body)
      await commentRateLimit.admit(actor.account.id)
      const { documentId, threadId } = request.params
      return reply.code(201).send(await comments.reply(actor, documentId, threadId, input))
    },
  )

  app.patch<MessageParams>(
    '/api/documents/:documentId/commentaires/:threadId/messages/:messageId',
    async (request) => {
      const { actor } = await guard.require(request)
      const input = parseInput(commentReplySchema, request.body)
      return await comments.editMessage(actor, request.params, input)
    },
  )

  app.delete<MessageParams>(
    '/api/documents/:documentId/commentaires/:threadId/messages/:messageId',
    async (request) => {
      const { actor } = await guard.require(request)
      return { thread: await comments.deleteMessage(actor, request.params) }
    },
  )

  app.put<ThreadParams>(
    '/api/documents/:documentId/commentaires/:threadId/statut',
    async (request) => {
      const { actor } = await guard.require(request)
      const { statut } = parseInput(commentStatusSchema, request.body)
      const { documentId, threadId } = request.params
      return await comments.setStatus(actor, documentId, threadId, statut)
    },
  )
}
