import type { DocumentId } from '@maillage/protocol'
import { ClientIdOwners } from './ClientIdOwners.ts'

/**
 * Most client ids one document remembers the owner of. A browser tab uses one id per page load, so
 * this covers thousands of visits; beyond it the oldest are forgotten (and become unowned again).
 */
export const MAX_CLIENT_ID_OWNERS_PER_DOCUMENT = 10_000

/**
 * The {@link ClientIdOwners} of every document, kept for the life of the process so that the
 * ownership of client ids outlives the unload of a room: an attacker cannot wait for a room to be
 * unloaded to forge the ids of someone who is offline. A restart forgets them (see the README of
 * `sync/`).
 */
export class ClientIdOwnerRegistry {
  readonly #documents = new Map<DocumentId, ClientIdOwners>()
  readonly #maxEntriesPerDocument: number

  constructor(maxEntriesPerDocument = MAX_CLIENT_ID_OWNERS_PER_DOCUMENT) {
    this.#maxEntriesPerDocument = maxEntriesPerDocument
  }

  /** The owners of the client ids of `documentId`, created empty on first use. */
  of(documentId: DocumentId): ClientIdOwners {
    let owners = this.#documents.get(documentId)
    if (owners === undefined) {
      owners = new ClientIdOwners(this.#maxEntriesPerDocument)
      this.#documents.set(documentId, owners)
    }
    return owners
  }
}
