import type { DocumentId } from '@maillage/protocol'
import type { DocumentKind } from '@maillage/schema'
import type { SearchResultType } from './searchResultType.ts'

/** Longest text an entry keeps (title apart): what lies beyond is not searched. */
export const MAX_ENTRY_TEXT_LENGTH = 50_000

/**
 * What the index holds of one document: what is searched (title, text), what results show and
 * filter on (type, kind, space, date) and who may find it (`audience`, a pre-filter only: every
 * result is checked again against the document's record with the access rules).
 */
export interface SearchEntry {
  readonly id: DocumentId
  readonly type: SearchResultType
  readonly kind: DocumentKind
  readonly spaceId: string
  readonly title: string
  /** Fields, body and messages as plain text, at most {@link MAX_ENTRY_TEXT_LENGTH} characters. */
  readonly text: string
  /** The record's `updatedAt` when indexed. */
  readonly updatedAt: string
  /** Keys of who may find it (`searchAudience.ts`); a search names the keys of its asker. */
  readonly audience: readonly string[]
  /** What the record looked like when indexed (`searchStamp`): a backfill redoes a different one. */
  readonly stamp: string
}

/** One match of a search, best first. */
export interface SearchHit {
  readonly id: DocumentId
  readonly type: SearchResultType
  readonly kind: DocumentKind
  readonly spaceId: string
  readonly title: string
  readonly updatedAt: string
}

/** A piece of a passage: text, and whether it is a word the query matched. */
export interface PassageSegment {
  readonly text: string
  readonly match: boolean
}

/** What a search asks: the query as typed, the asker's audience keys and how many hits at most. */
export interface SearchRequest {
  readonly query: string
  readonly audience: readonly string[]
  readonly limit: number
}

/**
 * The French full-text index of documents (port). Adapters: `MiniSearchIndex` (in memory, saved
 * to a snapshot; the embedded store's) and `PostgresSearchIndex` (a table shared by every
 * process). Both fold case and accents, make plurals singular and stem French words, match every
 * word of the query (stop words aside) in the title or the text, and rank title matches first.
 * Every adapter runs `describeSearchIndexContract`.
 */
export interface SearchIndex {
  /** Adds the entry, or replaces the entry of the same id. */
  upsert(entry: SearchEntry): Promise<void>
  /** Removes the entry of `id`, if any. */
  remove(id: DocumentId): Promise<void>
  /** The entries any of whose audience keys the request names that match it, best first. */
  search(request: SearchRequest): Promise<SearchHit[]>
  /**
   * A passage of each entry's text (or its title when the text has no match) around the words
   * `query` matched, cut to about 240 characters, those words marked. Ids unknown are left out.
   */
  passages(query: string, ids: readonly DocumentId[]): Promise<Map<DocumentId, PassageSegment[]>>
  /** The stamp of every entry, for the start-up backfill. */
  stamps(): Promise<Map<DocumentId, string>>
  /** Saves what must be saved and releases resources. */
  close(): Promise<void>
}
