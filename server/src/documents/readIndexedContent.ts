import type * as Y from 'yjs'
import { DocumentRoot, isDocumentKind, type DocumentKind } from '@maillage/schema'
import { readFieldsJson } from './readFieldsJson.ts'

/** Longest title the index keeps, as the API accepts it. */
const MAX_TITLE_LENGTH = 300

/** What the index reads from a document's content after a save. */
export interface IndexedContent {
  /** The co-edited title, trimmed and cut to 300 characters; empty while it is being retyped. */
  readonly title: string
  /** The kind written in `meta` at creation, if it is one; the index record's kind comes first. */
  readonly metaKind: DocumentKind | null
  /** The `fields` map as plain JSON (`readFieldsJson`), validated later against the kind. */
  readonly fields: Readonly<Record<string, unknown>>
  /** True when some of `fields` nested too deep to be read (a document written before limits). */
  readonly fieldsTooDeep: boolean
}

/**
 * Reads from a live Y.Doc what its index record carries. Synchronous: call before it is destroyed.
 * Never throws on content: however deep a client nested it, `fields` is read to a bounded depth.
 * Roots the document lacks read as empty and are not added to it: `getMap`/`getText` would create
 * them, and they would stay in memory with the room.
 */
export function readIndexedContent(doc: Y.Doc): IndexedContent {
  const has = (root: string): boolean => doc.share.has(root)
  const metaKind = has(DocumentRoot.Meta) ? doc.getMap(DocumentRoot.Meta).get('kind') : undefined
  const { fields, tooDeep } = has(DocumentRoot.Fields)
    ? readFieldsJson(doc.getMap(DocumentRoot.Fields))
    : { fields: {}, tooDeep: false }
  const title = has(DocumentRoot.Title) ? doc.getText(DocumentRoot.Title).toString() : ''
  return {
    title: title.trim().slice(0, MAX_TITLE_LENGTH),
    metaKind: typeof metaKind === 'string' && isDocumentKind(metaKind) ? metaKind : null,
    fields,
    fieldsTooDeep: tooDeep,
  }
}
