import type { FastifyInstance } from 'fastify'
import type { SearchView } from '@maillage/protocol'
import { searchQuerySchema } from '../../search/searchQuery.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

/**
 * `GET /api/recherche?q=&type=&espace=&page=`: the search box's results, among what the person
 * may read (see `SearchService`); 400 `VALIDATION_FAILED` for a query under 2 or over 200
 * characters, an unknown type or a page past the 50th, 429 `RATE_LIMITED` past 30 a minute.
 */
export function registerSearchRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get('/api/recherche', async (request): Promise<SearchView> => {
    const { actor } = await context.guard.require(request)
    const query = parseInput(searchQuerySchema, request.query)
    return context.search.search(actor, query)
  })
}
