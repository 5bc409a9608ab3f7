import type * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'

/** Longest title the index keeps, as the API accepts it. */
const MAX_TITLE_LENGTH = 300

/** What the index reads from a document's content after a save. */
export interface IndexedContent {
  /** The co-edited title, trimmed and cut to 300 characters; empty while it is being retyped. */
  readonly title: string
}

/** Reads from a live Y.Doc what its index record carries. Synchronous: call before it is destroyed. */
export function readIndexedContent(doc: Y.Doc): IndexedContent {
  return { title: doc.getText(DocumentRoot.Title).toString().trim().slice(0, MAX_TITLE_LENGTH) }
}
