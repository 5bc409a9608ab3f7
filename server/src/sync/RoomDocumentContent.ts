import * as Y from 'yjs'
import { CloseCode, type DocumentId } from '@maillage/protocol'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { DocumentUnreadableError } from '../documents/DocumentUnreadableError.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { RoomRegistry } from './RoomRegistry.ts'

/**
 * {@link DocumentContent} in one process: a document whose room is loaded is read from the room
 * (unsaved edits included) and changed through it (`Room.change`: broadcast, then saved); any
 * other is read from the store into a temporary Y.Doc, destroyed afterwards, and loaded into its
 * room only to be changed, until that change is saved.
 */
export class RoomDocumentContent implements DocumentContent {
  readonly #rooms: RoomRegistry
  readonly #store: DocumentStore

  constructor(options: { rooms: RoomRegistry; store: DocumentStore }) {
    this.#rooms = options.rooms
    this.#store = options.store
  }

  async read<T>(id: DocumentId, read: (doc: Y.Doc) => T): Promise<T> {
    const room = this.#rooms.find(id)
    if (room !== undefined) {
      await room.load()
      // A room that failed to load, or unloaded meanwhile, has no document to read: use the store.
      if (room.isReady) return readOrRefuse(id, () => read(room.document.materialize()))
    }
    const { updates } = await this.#store.load(id)
    const doc = new Y.Doc({ guid: id, gc: true })
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

  change(id: DocumentId, apply: (doc: Y.Doc) => void): Promise<void> {
    return this.#rooms.change(id, apply)
  }

  async delete(id: DocumentId): Promise<void> {
    // Closed without saving: what its editors had not saved must not bring the content back, nor
    // a save already under way, which the deletion waits for.
    const room = this.#rooms.find(id)
    room?.close(CloseCode.Forbidden)
    await room?.savesSettled()
    await this.#store.delete(id)
  }
}

function readOrRefuse<T>(id: DocumentId, read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw new DocumentUnreadableError(id, error)
  }
}
