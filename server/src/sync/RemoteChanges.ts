import * as Y from 'yjs'
import { applyAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import type { ClientIdOwner, ClientIdOwners } from './ClientIdOwners.ts'
import type { LazyDocument } from './LazyDocument.ts'

/** What {@link RemoteChanges} needs from its room. */
export interface RemoteChangesOptions {
  readonly id: DocumentId
  readonly document: LazyDocument
  readonly awareness: Awareness
  readonly owners: ClientIdOwners
  readonly logger: Logger
}

/**
 * What a room takes from the other server processes holding the same document, through the
 * cross-process fan-out: updates (queued while the room loads, then applied in order), awareness
 * updates and client id owners. Peers are trusted: no admission check. What Yjs cannot apply is
 * logged and dropped. Whether the room takes them at all (loading, ready, closed) is the room's call.
 */
export class RemoteChanges {
  readonly #options: RemoteChangesOptions
  /** Remote updates received while loading, applied once the stored state is in. */
  #queue: { update: Uint8Array; origin: unknown }[] = []

  constructor(options: RemoteChangesOptions) {
    this.#options = options
  }

  /** Keeps `update` for {@link applyQueued}, while the room loads. */
  queueUpdate(update: Uint8Array, origin: unknown): void {
    this.#queue.push({ update, origin })
  }

  /** Applies the queued updates, in the order received, and empties the queue. */
  applyQueued(): void {
    for (const { update, origin } of this.#queue.splice(0)) this.applyUpdate(update, origin)
  }

  /** Forgets the queued updates (the room is destroyed). */
  clear(): void {
    this.#queue = []
  }

  /** Applies `update` to the document (built from stored bytes if need be) with `origin`. */
  applyUpdate(update: Uint8Array, origin: unknown): void {
    try {
      Y.applyUpdate(this.#options.document.materialize(), update, origin)
    } catch (error) {
      this.#logDropped(error, 'a remote update could not be applied; dropped')
    }
  }

  /** Applies an encoded awareness update to the room's awareness with `origin`. */
  applyAwareness(update: Uint8Array, origin: unknown): void {
    try {
      applyAwarenessUpdate(this.#options.awareness, update, origin)
    } catch (error) {
      this.#logDropped(error, 'a remote awareness update could not be applied; dropped')
    }
  }

  /**
   * Gives `clientId` to `owner`, as another process did. Returns false, changing nothing, when a
   * different owner claimed it here first.
   */
  claimOwner(clientId: number, owner: ClientIdOwner): boolean {
    const { owners } = this.#options
    if (owners.isOwnedByAnother(clientId, owner)) return false
    owners.claim(clientId, owner)
    return true
  }

  #logDropped(error: unknown, message: string): void {
    this.#options.logger.error({ err: error, documentId: this.#options.id }, message)
  }
}
