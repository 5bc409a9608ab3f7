import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import type { DocumentId } from '@maillage/protocol'
import { buildPassage } from './buildPassage.ts'
import { termOf, termsOf, wordsOf } from './frenchTerms.ts'
import type { PassageSegment, SearchEntry } from './SearchIndex.ts'

// What `MiniSearchIndex` loads at its first search or change, and not at start: MiniSearch and
// the French processing of `frenchTerms.ts`, whose Snowball stemmers package holds every language.

/** Title matches weigh this many times text matches. */
const TITLE_BOOST = 3

/** The fields of an entry MiniSearch indexes. */
export interface IndexedFields {
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

/** The part of an entry MiniSearch indexes. */
export function indexedFieldsOf(entry: SearchEntry): IndexedFields {
  return { id: entry.id, title: entry.title, text: entry.text }
}

/**
 * The MiniSearch index of `entries`: loaded from `saved` (MiniSearch's own JSON, made from the
 * same entries), or built from the entries when there is none or MiniSearch cannot read it.
 */
export function openMiniSearch(
  entries: Iterable<SearchEntry>,
  saved: AsPlainObject | undefined,
): MiniSearch<IndexedFields> {
  if (saved !== undefined) {
    try {
      return MiniSearch.loadJS<IndexedFields>(saved, MINISEARCH_OPTIONS)
    } catch {
      // Rebuilt below: the entries hold everything MiniSearch indexes.
    }
  }
  const miniSearch = new MiniSearch(MINISEARCH_OPTIONS)
  miniSearch.addAll([...entries].map(indexedFieldsOf))
  return miniSearch
}

/**
 * A passage of each entry's text (or its title when the text has no match) around the words of
 * `query`, those words marked; the start of its text when neither matches.
 */
export function passagesOf(
  query: string,
  entries: Iterable<SearchEntry>,
): Map<DocumentId, PassageSegment[]> {
  const terms = new Set(termsOf(query))
  const passages = new Map<DocumentId, PassageSegment[]>()
  for (const entry of entries) {
    passages.set(
      entry.id,
      buildPassage(entry.text, terms) ??
        buildPassage(entry.title, terms) ?? [{ text: entry.text.slice(0, 240), match: false }],
    )
  }
  return passages
}
