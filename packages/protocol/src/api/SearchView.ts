/** What a search result is: a document, a thread of the échanges, a fiche outil or an atelier. */
export type SearchResultTypeName = 'document' | 'echange' | 'outil' | 'atelier'

/** A piece of a result's passage: `match` for a word the query matched (shown marked). */
export interface SearchPassageSegmentView {
  readonly text: string
  readonly match: boolean
}

/** One result of `GET /api/recherche`. */
export interface SearchResultView {
  readonly type: SearchResultTypeName
  /** The document kind (`diagnostic`, `discussion`, …). */
  readonly kind: string
  readonly id: string
  readonly title: string
  readonly spaceId: string
  readonly spaceName: string
  /** Where it opens in the app (`/documents/…`, `/echanges/…`, `/ateliers/…`). */
  readonly path: string
  /** About 240 characters around the first match, as segments (never HTML). */
  readonly passage: readonly SearchPassageSegmentView[]
  readonly updatedAt: string
  /** Archived: found by the members of its space only, read-only. */
  readonly archived: boolean
}

/** How many results of one type there are, for the type filter. */
export interface SearchTypeFacetView {
  readonly type: SearchResultTypeName
  readonly count: number
}

/** How many results of one space there are, for the space filter. */
export interface SearchSpaceFacetView {
  readonly spaceId: string
  readonly spaceName: string
  readonly count: number
}

/**
 * `GET /api/recherche?q=&type=&espace=&page=`: the results the person may read, 20 a page, best
 * first, and the facets (counts per type within the chosen space, per space within the chosen
 * type, over the best 1 000 matches).
 */
export interface SearchView {
  readonly query: string
  readonly total: number
  readonly page: number
  readonly pageCount: number
  readonly results: readonly SearchResultView[]
  readonly facets: {
    readonly types: readonly SearchTypeFacetView[]
    readonly spaces: readonly SearchSpaceFacetView[]
  }
}
