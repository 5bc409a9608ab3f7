import type {
  SearchResultView,
  SearchSpaceFacetView,
  SearchTypeFacetView,
  SearchView,
} from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import type { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { audienceOfActor, canFindInSearch } from './searchAudience.ts'
import type { SearchHit, SearchIndex } from './SearchIndex.ts'
import { MAX_SEARCH_CANDIDATES, SEARCH_PAGE_SIZE, type SearchQuery } from './searchQuery.ts'
import { searchResultPath } from './searchResultPath.ts'
import { SEARCH_RESULT_TYPES, searchResultTypeOf } from './searchResultType.ts'

/** Searches a person may make in a minute. */
export const SEARCHES_PER_MINUTE = 30

/**
 * The search as people use it (`GET /api/recherche`): the index pre-selects what the person's
 * audience keys may find, then every result shown is checked against its record with the access
 * rules (`canFindInSearch`), so that an index a moment behind a change of sharing, archiving or
 * membership never shows a document the person may not read. Counted per account
 * ({@link SEARCHES_PER_MINUTE}, `RATE_LIMITED` past it).
 */
export class SearchService {
  readonly #index: SearchIndex
  readonly #store: MetadataStore
  readonly #rateLimit: AccountRateLimit

  constructor(options: { index: SearchIndex; store: MetadataStore; rateLimit: AccountRateLimit }) {
    this.#index = options.index
    this.#store = options.store
    this.#rateLimit = options.rateLimit
  }

  /** One page of results of `query` for `actor`, with the facets by type and space. */
  async search(actor: Actor, query: SearchQuery): Promise<SearchView> {
    await this.#rateLimit.admit(actor.account.id)
    const hits = await this.#index.search({
      query: query.q,
      audience: audienceOfActor(actor),
      limit: MAX_SEARCH_CANDIDATES,
    })
    const ofType = (hit: SearchHit) => query.type === undefined || hit.type === query.type
    const ofSpace = (hit: SearchHit) => query.espace === undefined || hit.spaceId === query.espace
    const spaceNames = await this.#spaceNames()
    const filtered = hits.filter((hit) => ofType(hit) && ofSpace(hit))
    const start = (query.page - 1) * SEARCH_PAGE_SIZE
    const { found, refused } = await this.#readable(actor, filtered, start + SEARCH_PAGE_SIZE)
    const page = found.slice(start)
    const passages = await this.#index.passages(
      query.q,
      page.map((record) => record.id),
    )
    const total = filtered.length - refused
    return {
      query: query.q,
      total,
      page: query.page,
      pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
      results: page.map((record): SearchResultView => ({
        type: searchResultTypeOf(record.kind),
        kind: record.kind,
        id: record.id,
        title: record.title,
        spaceId: record.spaceId,
        spaceName: spaceNames.get(record.spaceId) ?? record.spaceId,
        path: searchResultPath(record.kind, record.id),
        passage: passages.get(record.id) ?? [],
        updatedAt: record.updatedAt,
        archived: record.archivedAt !== undefined,
      })),
      facets: {
        types: typeFacets(hits.filter(ofSpace)),
        spaces: spaceFacets(hits.filter(ofType), spaceNames),
      },
    }
  }

  /**
   * The records of the first `wanted` hits the actor may find, in order, checking each against
   * its record; `refused` counts the hits passed over (the index was behind a change).
   */
  async #readable(
    actor: Actor,
    hits: readonly SearchHit[],
    wanted: number,
  ): Promise<{ found: DocumentRecord[]; refused: number }> {
    const found: DocumentRecord[] = []
    let refused = 0
    for (const hit of hits) {
      if (found.length >= wanted) break
      const record = await this.#store.findDocument(hit.id)
      if (record !== null && canFindInSearch(actor, record)) found.push(record)
      else refused += 1
    }
    return { found, refused }
  }

  async #spaceNames(): Promise<Map<string, string>> {
    const spaces = await this.#store.listSpaces()
    return new Map(spaces.map((space) => [space.id, space.name]))
  }
}

function typeFacets(hits: readonly SearchHit[]): SearchTypeFacetView[] {
  return SEARCH_RESULT_TYPES.map((type) => ({
    type,
    count: hits.filter((hit) => hit.type === type).length,
  })).filter((facet) => facet.count > 0)
}

function spaceFacets(
  hits: readonly SearchHit[],
  spaceNames: ReadonlyMap<string, string>,
): SearchSpaceFacetView[] {
  const counts = new Map<string, number>()
  for (const hit of hits) counts.set(hit.spaceId, (counts.get(hit.spaceId) ?? 0) + 1)
  return [...counts]
    .map(([spaceId, count]) => ({ spaceId, spaceName: spaceNames.get(spaceId) ?? spaceId, count }))
    .sort((a, b) => b.count - a.count || a.spaceName.localeCompare(b.spaceName, 'fr'))
}
