import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { VeilleListView } from '@maillage/protocol'
import { canCurateVeille, canProposeVeille } from '../../auth/veilleAccess.ts'
import { presentVeilleItem } from '../../veille/presentVeilleItem.ts'
import { VEILLE_FEED_MEDIA_TYPES, type VeilleFeedFormat } from '../../veille/renderVeilleFeed.ts'
import {
  veilleCurationSchema,
  veilleImportSchema,
  veilleItemBodySchema,
  veilleItemPatchSchema,
  veilleQuerySchema,
} from '../../veille/veilleInput.ts'
import { veilleQueryFilters } from '../../veille/veilleQueryFilters.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { requestOrigin } from './requestOrigin.ts'

/** Items a list answers by default (newest publication first). */
const DEFAULT_LIST_LIMIT = 200

const feedQuerySchema = z.lazy(() =>
  veilleQuerySchema
    .unwrap()
    .pick({ thematique: true, territoire: true, source: true })
    .extend({ jeton: z.string().min(1).max(200).optional() }),
)

/**
 * The veille: items listed with filters, proposed, edited, curated and deleted; the import of an
 * external feed; the Atom and RSS feeds of published items, read with a session or with the
 * secret of a personal address (`?jeton=`), and that address's management.
 */
export function registerVeilleRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, veille, veilleFeeds, veilleImport } = context

  app.get('/api/veille', async (request): Promise<VeilleListView> => {
    const { actor } = await guard.require(request)
    const query = parseInput(veilleQuerySchema, request.query)
    const items = await veille.listItems(actor, veilleQueryFilters(query))
    return {
      items: items
        .slice(0, query.limite ?? DEFAULT_LIST_LIMIT)
        .map((item) => presentVeilleItem(actor, item)),
      total: items.length,
      canCurate: canCurateVeille(actor),
      canPropose: canProposeVeille(actor),
    }
  })

  app.post('/api/veille', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(veilleItemBodySchema, request.body)
    const item = await veille.propose(actor, input)
    return reply.code(201).send({ item: presentVeilleItem(actor, item) })
  })

  app.patch<{ Params: { id: string } }>('/api/veille/:id', async (request) => {
    const { actor } = await guard.require(request)
    const patch = parseInput(veilleItemPatchSchema, request.body)
    const item = await veille.edit(actor, request.params.id, patch)
    return { item: presentVeilleItem(actor, item) }
  })

  app.delete<{ Params: { id: string } }>('/api/veille/:id', async (request, reply) => {
    const { actor } = await guard.require(request)
    await veille.remove(actor, request.params.id)
    return reply.code(204).send()
  })

  app.post<{ Params: { id: string } }>('/api/veille/:id/curation', async (request) => {
    const { actor } = await guard.require(request)
    const change = parseInput(veilleCurationSchema, request.body)
    const item = await veille.curate(actor, request.params.id, change)
    return { item: presentVeilleItem(actor, item) }
  })

  app.post('/api/veille/import', async (request) => {
    const { actor } = await guard.require(request)
    const { url } = parseInput(veilleImportSchema, request.body)
    return veilleImport.importFeed(actor, url)
  })

  app.get('/api/veille/flux', async (request) => {
    const { actor } = await guard.require(request)
    return veilleFeeds.status(actor)
  })

  app.post('/api/veille/flux', async (request, reply) => {
    const { actor } = await guard.require(request)
    const created = await veilleFeeds.create(actor, requestOrigin(request, context.publicUrl))
    return reply.code(201).send(created)
  })

  app.delete('/api/veille/flux', async (request, reply) => {
    const { actor } = await guard.require(request)
    await veilleFeeds.revoke(actor)
    return reply.code(204).send()
  })

  const sendFeed = async (
    format: VeilleFeedFormat,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply> => {
    const query = parseInput(feedQuerySchema, request.query)
    const actor =
      query.jeton === undefined
        ? (await guard.require(request)).actor
        : await veilleFeeds.actorOf(query.jeton)
    if (actor === null) {
      return reply
        .code(404)
        .header('content-type', 'text/plain; charset=utf-8')
        .send(
          'Cette adresse du flux de veille n’existe pas ou a été révoquée. ' +
            'Créez-en une nouvelle depuis la page « Veille » de Maillage.',
        )
    }
    const feed = await veilleFeeds.render(actor, {
      format,
      filters: veilleQueryFilters(query),
      origin: requestOrigin(request, context.publicUrl),
    })
    return reply
      .header('content-type', VEILLE_FEED_MEDIA_TYPES[format])
      .header('cache-control', 'no-store')
      .send(feed)
  }

  app.get('/api/veille/flux.atom', (request, reply) => sendFeed('atom', request, reply))
  app.get('/api/veille/flux.rss', (request, reply) => sendFeed('rss', request, reply))
}
