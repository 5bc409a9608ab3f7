import type { RoomExtension } from '../sync/RoomHooks.ts'
import type { DocumentIndexer } from './DocumentIndexer.ts'
import { readIndexedContent } from './readIndexedContent.ts'

/**
 * The room extension that indexes a document after each save that stored a person's edits
 * (`onStored`): what the index needs is read from the live Y.Doc at once (it may be destroyed
 * right after), then recorded by `indexer`, which logs its own failures.
 */
export function createIndexingExtension(indexer: DocumentIndexer): RoomExtension {
  return {
    name: 'document-indexer',
    onStored: ({ room, editorId, doc }) =>
      indexer.recordSave(room.id, editorId, readIndexedContent(doc)),
  }
}
