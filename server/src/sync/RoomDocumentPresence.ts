import type { DocumentId } from '@maillage/protocol'
import type { DocumentPresence } from '../documents/DocumentPresence.ts'
import type { RoomRegistry } from './RoomRegistry.ts'

/** {@link DocumentPresence} in one process: the principals of the connections of the room. */
export class RoomDocumentPresence implements DocumentPresence {
  readonly #rooms: RoomRegistry

  constructor(rooms: RoomRegistry) {
    this.#rooms = rooms
  }

  connectedAccounts(id: DocumentId): Promise<ReadonlySet<string>> {
    const room = this.#rooms.find(id)
    const ids = [...(room?.connections ?? [])].map((connection) => connection.principal.id)
    return Promise.resolve(new Set(ids.filter((accountId) => accountId !== '')))
  }
}
