import type pg from 'pg'
import type { DocumentId } from '@maillage/protocol'
import type { DocumentKind } from '@maillage/schema'
import { postgresHeadlineQuery, postgresSearchText } from './postgresSearchText.ts'
import type {
  PassageSegment,
  SearchEntry,
  SearchHit,
  SearchIndex,
  SearchRequest,
} from './SearchIndex.ts'
import type { SearchResultType } from './searchResultType.ts'

/** The text search configuration of migration 008: French, accents folded by `unaccent`. */
const CONFIGURATION = 'maillage_french'

// Control characters never typed in a document: they mark the matched words in ts_headline's
// answer, which is then cut into segments (never handed out as markup).
const START = '\u0001'
const STOP = '\u0002'
const HEADLINE_OPTIONS = `StartSel=${START},StopSel=${STOP},MaxFragments=1,MaxWords=40,MinWords=20,ShortWord=2`
const TITLE_HEADLINE_OPTIONS = `StartSel=${START},StopSel=${STOP},HighlightAll=true`

interface HitRow {
  id: string
  type: string
  kind: string
  space_id: string
  title: string
  updated_at: string
}

interface PassageRow {
  id: string
  text: string
  text_passage: string
  title_passage: string
}

/**
 * The {@link SearchIndex} of a PostgreSQL store: table `search_entries` (migration 008), shared
 * by every process, searched with PostgreSQL's French full-text search (`maillage_french`:
 * Snowball stemming, stop words, accents folded by `unaccent`), ranked by `ts_rank` with the
 * title weighted above the text; passages by `ts_headline`.
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly #pool: pg.Pool

  constructor(pool: pg.Pool) {
    this.#pool = pool
  }

  async upsert(entry: SearchEntry): Promise<void> {
    await this.#pool.query(
      `INSERT INTO search_entries
         (id, type, kind, space_id, title, text, updated_at, audience, stamp, document)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
         setweight(to_tsvector('${CONFIGURATION}', $10), 'A') ||
         setweight(to_tsvector('${CONFIGURATION}', $11), 'B'))
       ON CONFLICT (id) DO UPDATE SET
         type = EXCLUDED.type, kind = EXCLUDED.kind, space_id = EXCLUDED.space_id,
         title = EXCLUDED.title, text = EXCLUDED.text, updated_at = EXCLUDED.updated_at,
         audience = EXCLUDED.audience, stamp = EXCLUDED.stamp, document = EXCLUDED.document`,
      [
        entry.id,
        entry.type,
        entry.kind,
        entry.spaceId,
        entry.title,
        entry.text,
        entry.updatedAt,
        entry.audience,
        entry.stamp,
        postgresSearchText(entry.title),
        postgresSearchText(entry.text),
      ],
    )
  }

  async remove(id: DocumentId): Promise<void> {
    await this.#pool.query('DELETE FROM search_entries WHERE id = $1', [id])
  }

  async search(request: SearchRequest): Promise<SearchHit[]> {
    const { rows } = await this.#pool.query<HitRow>(
      `SELECT id, type, kind, space_id, title, updated_at
         FROM search_entries, plainto_tsquery('${CONFIGURATION}', $1) AS query
        WHERE document @@ query AND audience && $2::text[]
        ORDER BY ts_rank(document, query) DESC, updated_at DESC, id
        LIMIT $3`,
      [postgresSearchText(request.query), request.audience, request.limit],
    )
    return rows.map((row) => ({
      id: row.id as DocumentId,
      type: row.type as SearchResultType,
      kind: row.kind as DocumentKind,
      spaceId: row.space_id,
      title: row.title,
      updatedAt: row.updated_at,
    }))
  }

  async passages(
    query: string,
    ids: readonly DocumentId[],
  ): Promise<Map<DocumentId, PassageSegment[]>> {
    const lexemes = postgresHeadlineQuery(query)
    const passages = new Map<DocumentId, PassageSegment[]>()
    if (ids.length === 0 || lexemes === '') return passages
    const { rows } = await this.#pool.query<PassageRow>(
      `SELECT id, text,
              ts_headline('${CONFIGURATION}', text, query, $3) AS text_passage,
              ts_headline('${CONFIGURATION}', title, query, $4) AS title_passage
         FROM search_entries, to_tsquery('${CONFIGURATION}', $1) AS query
        WHERE id = ANY($2::text[])`,
      [lexemes, ids, HEADLINE_OPTIONS, TITLE_HEADLINE_OPTIONS],
    )
    for (const row of rows) {
      const chosen = row.text_passage.includes(START) ? row.text_passage : row.title_passage
      const segments = segmentsOf(chosen.includes(START) ? chosen : row.text_passage)
      passages.set(
        row.id as DocumentId,
        withEllipses(segments, row.text, chosen === row.text_passage),
      )
    }
    return passages
  }

  async stamps(): Promise<Map<DocumentId, string>> {
    const { rows } = await this.#pool.query<{ id: string; stamp: string }>(
      'SELECT id, stamp FROM search_entries',
    )
    return new Map(rows.map((row) => [row.id as DocumentId, row.stamp]))
  }

  /** Nothing to release: the pool belongs to the store, closed after it. */
  close(): Promise<void> {
    return Promise.resolve()
  }
}

/** ts_headline's answer cut at its markers into plain and matched segments. */
function segmentsOf(headline: string): PassageSegment[] {
  const segments: PassageSegment[] = []
  for (const [index, part] of headline.split(START).entries()) {
    const [matched, rest] = index === 0 ? [undefined, part] : splitOnce(part, STOP)
    if (matched !== undefined && matched !== '') segments.push({ text: matched, match: true })
    const plain = rest.replace(/\s+/g, ' ')
    if (plain !== '') segments.push({ text: plain, match: false })
  }
  return segments
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator)
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)]
}

/** « … » where the passage, taken from `text`, starts after its start or ends before its end. */
function withEllipses(
  segments: PassageSegment[],
  text: string,
  fromText: boolean,
): PassageSegment[] {
  if (!fromText) return segments
  const plain = segments.map((segment) => segment.text).join('')
  const flatText = text.replace(/\s+/g, ' ').trim()
  const result = [...segments]
  if (!flatText.startsWith(plain.trim().slice(0, 30))) result.unshift({ text: '… ', match: false })
  if (!flatText.endsWith(plain.trim().slice(-30))) result.push({ text: ' …', match: false })
  return result
}
