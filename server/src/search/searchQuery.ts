import { z } from 'zod'
import { SEARCH_RESULT_TYPES, type SearchResultType } from './searchResultType.ts'

/** Results in one page. */
export const SEARCH_PAGE_SIZE = 20

/** Matches a search considers at most (facets count them; pages go up to the 50th). */
export const MAX_SEARCH_CANDIDATES = 1000

const MAX_PAGE = MAX_SEARCH_CANDIDATES / SEARCH_PAGE_SIZE

/** The query string of `GET /api/recherche`, validated: every value a client sends is bounded. */
export const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(2, { error: 'Tapez au moins 2 caractères à rechercher.' })
    .max(200, { error: 'La recherche est trop longue : 200 caractères au plus.' }),
  type: z
    .enum(SEARCH_RESULT_TYPES as [SearchResultType, ...SearchResultType[]], {
      error: 'Ce type de résultat n’existe pas : document, echange, outil ou atelier.',
    })
    .optional(),
  espace: z.string().min(1).max(100).optional(),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE, { error: `Les résultats s’arrêtent à la page ${MAX_PAGE}.` })
    .default(1),
})

/** A validated search: query, optional filters by type and space, page from 1. */
export type SearchQuery = z.infer<typeof searchQuerySchema>
