import * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { DocumentUnreadableError } from '../documents/DocumentUnreadableError.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import { RoomDocumentContent } from '../sync/RoomDocumentContent.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import type { RedisFanout } from './RedisFanout.ts'

/**
 * {@link DocumentContent} when several processes serve the workspace: the same answer whichever
 * process holds the document's room. A read takes what this process has (its room, or the store
 * into a temporary Y.Doc) and asks every other process holding the room for what that misses (a
 * sync request of the fan-out: one Redis round trip, no wait when nobody else holds it, at most
 * `syncTimeoutMs` when a process does not answer). Whatever another process applied before it
 * received the request is included, since each process publishes its updates before its reply on
 * the same connection. A change goes through a room of this process, which the fan-out carries to
 * the others live; a deletion closes the room of every process first.
 */
export class FanoutDocumentContent implements DocumentContent {
  readonly #rooms: RoomRegistry
  readonly #store: DocumentStore
  readonly #fanout: RedisFanout
  readonly #local: RoomDocumentContent

  constructor(options: { rooms: RoomRegistry; store: DocumentStore; fanout: RedisFanout }) {
    this.#rooms = options.rooms
    this.#store = options.store
    this.#fanout = options.fanout
    this.#local = new RoomDocumentContent(options)
  }

  async read<T>(id: DocumentId, read: (doc: Y.Doc) => T): Promise<T> {
    const room = this.#rooms.find(id)
    if (room !== undefined) {
      await room.load()
      await this.#fanout.whenSynced(id)
      // Checked after each wait: a room saved and emptied meanwhile unloads.
      if (room.isReady) {
        await this.#fanout.catchUp(id, room.encodeStateVector(), (update) => {
          room.applyRemoteUpdate(update, this.#fanout.origin)
        })
      }
      // A room that failed to load, or unloaded meanwhile, has no document to read: use the store.
      if (room.isReady) return readOrRefuse(id, () => read(room.document.materialize()))
    }
    const { updates } = await this.#store.load(id)
    const doc = new Y.Doc({ guid: id, gc: true })
    try {
      readOrRefuse(id, () => {
        Y.transact(doc, () => {
          for (const update of updates) Y.applyUpdate(doc, update)
        })
      })
      await this.#fanout.catchUp(id, Y.encodeStateVector(doc), (update) => {
        Y.applyUpdate(doc, update)
      })
      return readOrRefuse(id, () => read(doc))
    } finally {
      doc.destroy()
    }
  }

  change(id: DocumentId, apply: (doc: Y.Doc) => void): Promise<void> {
    return this.#local.change(id, apply)
  }

  async delete(id: DocumentId): Promise<void> {
    await this.#fanout.deleteEverywhere(id)
    await this.#local.delete(id)
  }
}

function readOrRefuse<T>(id: DocumentId, read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw new DocumentUnreadableError(id, error)
  }
}
