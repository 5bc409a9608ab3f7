import type MiniSearch from 'minisearch'
import type { AsPlainObject } from 'minisearch'
import type { DocumentId } from '@maillage/protocol'
import type * as miniSearchEngine from './miniSearchEngine.ts'
import type { IndexedFields } from './miniSearchEngine.ts'
import type {
  PassageSegment,
  SearchEntry,
  SearchHit,
  SearchIndex,
  SearchRequest,
} from './SearchIndex.ts'

/** What a {@link MiniSearchIndex} saves and loads back: its entries and MiniSearch's own index. */
export interface MiniSearchSnapshot {
  readonly entries: readonly SearchEntry[]
  readonly index: AsPlainObject
}

/** `miniSearchEngine.ts`, imported at the first use of MiniSearch. */
type Engine = typeof miniSearchEngine

/**
 * The embedded {@link SearchIndex}: MiniSearch in this process's memory, with the French
 * processing of `frenchTerms.ts`. `snapshot()` and `fromSnapshot()` let it be saved and loaded
 * back at start (`SearchSnapshotFile`); `onChange` tells the saver when there is something new.
 * MiniSearch and the stemmers (`miniSearchEngine.ts`) are loaded at the first search, passage or
 * change, not before: the start-up backfill reads the entries' stamps only, so a server nobody
 * searches and whose index is up to date does not hold them.
 */
export class MiniSearchIndex implements SearchIndex {
  readonly #entries: Map<DocumentId, SearchEntry>
  readonly #onChange: () => void
  /** MiniSearch's saved index, until MiniSearch is loaded from it. */
  #saved: AsPlainObject | undefined
  #engine: Promise<{ engine: Engine; miniSearch: MiniSearch<IndexedFields> }> | undefined

  private constructor(
    entries: Map<DocumentId, SearchEntry>,
    saved: AsPlainObject | undefined,
    onChange: () => void,
  ) {
    this.#entries = entries
    this.#saved = saved
    this.#onChange = onChange
  }

  /** An empty index; `onChange` is called after every upsert and removal. */
  static empty(onChange: () => void = () => undefined): MiniSearchIndex {
    return new MiniSearchIndex(new Map(), undefined, onChange)
  }

  /**
   * The index saved by {@link snapshot}. MiniSearch reads its part at the index's first use; if
   * it cannot, MiniSearch's index is built again from the entries.
   */
  static fromSnapshot(
    snapshot: MiniSearchSnapshot,
    onChange: () => void = () => undefined,
  ): MiniSearchIndex {
    const entries = new Map(snapshot.entries.map((entry) => [entry.id, entry]))
    return new MiniSearchIndex(entries, snapshot.index, onChange)
  }

  /** Everything needed to load this index back, as plain JSON. */
  async snapshot(): Promise<MiniSearchSnapshot> {
    const { miniSearch } = await this.#load()
    return { entries: [...this.#entries.values()], index: miniSearch.toJSON() }
  }

  /** Number of entries. */
  get size(): number {
    return this.#entries.size
  }

  async upsert(entry: SearchEntry): Promise<void> {
    const { engine, miniSearch } = await this.#load()
    const fields = engine.indexedFieldsOf(entry)
    if (miniSearch.has(entry.id)) miniSearch.replace(fields)
    else miniSearch.add(fields)
    this.#entries.set(entry.id, entry)
    this.#onChange()
  }

  async remove(id: DocumentId): Promise<void> {
    if (!this.#entries.has(id)) return
    const { miniSearch } = await this.#load()
    if (miniSearch.has(id)) miniSearch.discard(id)
    if (this.#entries.delete(id)) this.#onChange()
  }

  async search(request: SearchRequest): Promise<SearchHit[]> {
    const { miniSearch } = await this.#load()
    const audience = new Set(request.audience)
    const hits: SearchHit[] = []
    for (const result of miniSearch.search(request.query)) {
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
    return hits
  }

  async passages(
    query: string,
    ids: readonly DocumentId[],
  ): Promise<Map<DocumentId, PassageSegment[]>> {
    const { engine } = await this.#load()
    const entries = ids.flatMap((id) => this.#entries.get(id) ?? [])
    return engine.passagesOf(query, entries)
  }

  stamps(): Promise<Map<DocumentId, string>> {
    return Promise.resolve(new Map([...this.#entries].map(([id, entry]) => [id, entry.stamp])))
  }

  close(): Promise<void> {
    return Promise.resolve()
  }

  /** MiniSearch and the French processing, loaded once, with this index's entries. */
  #load(): Promise<{ engine: Engine; miniSearch: MiniSearch<IndexedFields> }> {
    this.#engine ??= import('./miniSearchEngine.ts').then((engine) => {
      const miniSearch = engine.openMiniSearch(this.#entries.values(), this.#saved)
      this.#saved = undefined
      return { engine, miniSearch }
    })
    return this.#engine
  }
}
