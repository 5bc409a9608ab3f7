/** The owner of the client ids of the server's own changes: no principal id can be it. */
export const SERVER_OWNER: unique symbol = Symbol('server')

/** A principal id, or the server itself. */
export type ClientIdOwner = string | typeof SERVER_OWNER

/**
 * Who owns each Yjs client id of one document: the principal (account) whose connection first used
 * it. An update or an awareness state under a client id owned by another principal is refused, so
 * that nobody can write at someone else's next clock (their offline edits would then be discarded
 * everywhere) or show a presence under their name.
 *
 * Kept in memory for the life of the process, across unloads of the room (see
 * {@link ClientIdOwnerRegistry}); at most `maxEntries` ids, the oldest claims forgotten first.
 */
export class ClientIdOwners {
  readonly #owners = new Map<number, ClientIdOwner>()
  readonly #maxEntries: number

  constructor(maxEntries: number) {
    this.#maxEntries = maxEntries
  }

  /** The principal id owning `clientId`, if any. */
  ownerOf(clientId: number): ClientIdOwner | undefined {
    return this.#owners.get(clientId)
  }

  /** True when `clientId` is owned by someone other than `owner`. */
  isOwnedByAnother(clientId: number, owner: ClientIdOwner): boolean {
    const current = this.#owners.get(clientId)
    return current !== undefined && current !== owner
  }

  /** Makes `owner` the owner of `clientId` unless someone owns it already. */
  claim(clientId: number, owner: ClientIdOwner): void {
    if (this.#owners.has(clientId)) return
    this.#owners.set(clientId, owner)
    if (this.#owners.size > this.#maxEntries) {
      // Maps iterate in insertion order: the first key is the oldest claim.
      const oldest = this.#owners.keys().next()
      if (oldest.done !== true) this.#owners.delete(oldest.value)
    }
  }

  /** Number of client ids owned. */
  get size(): number {
    return this.#owners.size
  }
}
