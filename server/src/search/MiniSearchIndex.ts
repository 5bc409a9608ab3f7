import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import type { DocumentId } from '@maillage/protocol'
import { buildPassage } from './buildPassage.ts'
import { termOf, termsOf, wordsOf } from './frenchTerms.ts'
import type {
  PassageSegment,
  SearchEntry,
  SearchHit,
  SearchIndex,
  SearchRequest,
} from './SearchIndex.ts'

/** Title matches weigh this many times text matches. */
const TITLE_BOOST = 3

/** What a {@link MiniSearchIndex} saves and loads back: its entries and MiniSearch's own index. */
export interface MiniSearchSnapshot {
  readonly entries: readonly SearchEntry[]
  readonly index: AsPlainObject
}

interface IndexedFields {
  readonly id: DocumentId
  readonly title: string
  readonly text: string
}

const MINISEARCH_OPTIONS: Options<IndexedFields> = {
  fields: ['title', 'text'],
  tokenize: (text: string) => wordsOf(text).map((span) => span.word),
  processTerm: (term: string) => termOf(term),
  searchOptions: { combineWith: 'AND', boost: { title: TITLE_BOOST } },
}

/**
 * The embedded {@link SearchIndex}: MiniSearch in this process's memory, with the French
 * processing of `frenchTerms.ts`. `snapshot()` and `fromSnapshot()` let it be saved and loaded
 * back at start (`SearchSnapshotFile`); `onChange` tells the saver when there is something new.
 */
export class MiniSearchIndex implements SearchIndex {
  readonly #entries: Map<DocumentId, SearchEntry>
  readonly #index: MiniSearch<IndexedFields>
  readonly #onChange: () => void

  private constructor(
    entries: Map<DocumentId, SearchEntry>,
    index: MiniSearch<IndexedFields>,
    onChange: () => void,
  ) {
    this.#entries = entries
    this.#index = index
    this.#onChange = onChange
  }

  /** An empty index; `onChange` is called after every upsert and removal. */
  static empty(onChange: () => void = () => undefined): MiniSearchIndex {
    return new MiniSearchIndex(new Map(), new MiniSearch(MINISEARCH_OPTIONS), onChange)
  }

  /** The index saved by {@link snapshot}. Throws if MiniSearch cannot read it back. */
  static fromSnapshot(
    snapshot: MiniSearchSnapshot,
    onChange: () => void = () => undefined,
  ): MiniSearchIndex {
    const entries = new Map(snapshot.entries.map((entry) => [entry.id, entry]))
    return new MiniSearchIndex(
      entries,
      MiniSearch.loadJS<IndexedFields>(snapshot.index, MINISEARCH_OPTIONS),
      onChange,
    )
  }

  /** Everything needed to load this index back, as plain JSON. */
  snapshot(): MiniSearchSnapshot {
    return { entries: [...this.#entries.values()], index: this.#index.toJSON() }
  }

  /** Number of entries. */
  get size(): number {
    return this.#entries.size
  }

  upsert(entry: SearchEntry): Promise<void> {
    const fields = { id: entry.id, title: entry.title, text: entry.text }
    if (this.#index.has(entry.id)) this.#index.replace(fields)
    else this.#index.add(fields)
    this.#entries.set(entry.id, entry)
    this.#onChange()
    return Promise.resolve()
  }

  remove(id: DocumentId): Promise<void> {
    if (this.#index.has(id)) {
      this.#index.discard(id)
      this.#entries.delete(id)
      this.#onChange()
    }
    return Promise.resolve()
  }

  search(request: SearchRequest): Promise<SearchHit[]> {
    const audience = new Set(request.audience)
    const hits: SearchHit[] = []
    for (const result of this.#index.search(request.query)) {
      const entry = this.#entries.get(result.id as DocumentId)
      if (entry === undefined || !entry.audience.some((key) => audience.has(key))) continue
      hits.push({
        id: entry.id,
        type: entry.type,
        kind: entry.kind,
        spaceId: entry.spaceId,
        title: entry.title,
        updatedAt: entry.updatedAt,
      })
      if (hits.length >= request.limit) break
    }
    return Promise.resolve(hits)
  }

  passages(query: string, ids: readonly DocumentId[]): Promise<Map<DocumentId, PassageSegment[]>> {
    const terms = new Set(termsOf(query))
    const passages = new Map<DocumentId, PassageSegment[]>()
    for (const id of ids) {
      const entry = this.#entries.get(id)
      if (entry === undefined) continue
      passages.set(
        id,
        buildPassage(entry.text, terms) ??
          buildPassage(entry.title, terms) ?? [{ text: entry.text.slice(0, 240), match: false }],
      )
    }
    return Promise.resolve(passages)
  }

  stamps(): Promise<Map<DocumentId, string>> {
    return Promise.resolve(new Map([...this.#entries].map(([id, entry]) => [id, entry.stamp])))
  }

  close(): Promise<void> {
    return Promise.resolve()
  }
}
