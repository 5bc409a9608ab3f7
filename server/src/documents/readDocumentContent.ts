import * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import { DocumentUnreadableError } from './DocumentUnreadableError.ts'

/** Where a document's content is read from: its room when in memory, else the store. */
export interface DocumentContentSources {
  readonly rooms: RoomRegistry
  readonly store: DocumentStore
}

/**
 * Reads a document's content with `read` (synchronous: the Y.Doc may be destroyed right after).
 * A document in memory is read from its room, so that edits not yet saved are included; otherwise
 * its stored updates are applied to a temporary Y.Doc, destroyed afterwards. A document never
 * stored reads as an empty Y.Doc. Rejects if the store fails, and with
 * {@link DocumentUnreadableError} if the stored updates do not apply or `read` throws on them.
 */
export async function readDocumentContent<T>(
  sources: DocumentContentSources,
  id: DocumentId,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const room = sources.rooms.find(id)
  if (room !== undefined) {
    await room.load()
    // A room that failed to load, or unloaded meanwhile, has no document to read: use the store.
    if (room.isReady) return readOrRefuse(id, () => read(room.document.materialize()))
  }
  const { updates } = await sources.store.load(id)
  const doc = new Y.Doc({ gc: true })
  try {
    return readOrRefuse(id, () => {
      Y.transact(doc, () => {
        for (const update of updates) Y.applyUpdate(doc, update)
      })
      return read(doc)
    })
  } finally {
    doc.destroy()
  }
}

function readOrRefuse<T>(id: DocumentId, read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw new DocumentUnreadableError(id, error)
  }
}
