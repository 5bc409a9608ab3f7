import * as Y from 'yjs'

/** Transaction origin of the updates read back from the store: they are not saved again. */
export const PERSISTENCE_ORIGIN = 'persistence'

/**
 * A room's Y.Doc, whose stored state is applied only when something needs the live document
 * (an edit, a change of the server's own). Until then, new clients are served straight from the
 * stored bytes (`Y.diffUpdate`), which costs a fraction of integrating them into a Y.Doc: a big
 * document opened to be read is never built at all.
 */
export class LazyDocument {
  /** The live document; empty until {@link materialize} applies the stored state. */
  readonly doc: Y.Doc
  #stored: Uint8Array | null = null
  #storedStateVector: Uint8Array | null = null
  #storedClocks: Map<number, number> | null = null

  /**
   * `guid` names the Y.Doc (a room passes its document id): without one, Yjs draws a random UUID,
   * 32 calls to the system's random source for each document opened.
   */
  constructor(guid?: string) {
    this.doc = new Y.Doc(guid === undefined ? {} : { guid })
  }

  /**
   * Sets the state read from the store, before anything else touches the document, with its state
   * vector when the store kept it. Without one it is computed, which throws if the bytes do not
   * decode as a Yjs update, so that corrupt data is refused at load, not served.
   */
  setStored(update: Uint8Array, stateVector: Uint8Array | null): void {
    this.#storedStateVector = stateVector ?? Y.encodeStateVectorFromUpdate(update)
    this.#storedClocks = null
    this.#stored = update
  }

  /** The clock the document has reached for `clientId` (0: it holds nothing of that client). */
  clockOf(clientId: number): number {
    if (this.#storedStateVector === null) return Y.getState(this.doc.store, clientId)
    this.#storedClocks ??= Y.decodeStateVector(this.#storedStateVector)
    return this.#storedClocks.get(clientId) ?? 0
  }

  /** The state vector of the document. */
  stateVector(): Uint8Array {
    if (this.#storedStateVector !== null) return this.#storedStateVector
    // A new document: no entry (varUint 0), without Yjs building an encoder to say so.
    return this.isEmpty() ? Uint8Array.of(0) : Y.encodeStateVector(this.doc)
  }

  /** What a client with `stateVector` is missing (the answer to its sync step 1). */
  diff(stateVector: Uint8Array): Uint8Array {
    if (this.#stored === null) {
      // A new document: no struct and no deletion (varUint 0 each), whatever the client holds.
      if (this.isEmpty()) return Uint8Array.of(0, 0)
      return Y.encodeStateAsUpdate(this.doc, stateVector)
    }
    // A new client (empty state vector: one byte, zero entries) misses everything: the stored
    // bytes are the answer as they are, with nothing to decode.
    if (stateVector.length === 1 && stateVector[0] === 0) return this.#stored
    return Y.diffUpdate(this.#stored, stateVector)
  }

  /** The whole state as one update with its state vector (to compact the store). */
  encodeState(): { state: Uint8Array; stateVector: Uint8Array } {
    if (this.#stored !== null && this.#storedStateVector !== null) {
      return { state: this.#stored, stateVector: this.#storedStateVector }
    }
    return { state: Y.encodeStateAsUpdate(this.doc), stateVector: Y.encodeStateVector(this.doc) }
  }

  /**
   * True when the document holds nothing: nothing stored, no struct, nothing pending (an update
   * waiting for structs it builds on is part of the state Yjs encodes).
   */
  isEmpty(): boolean {
    const { store } = this.doc
    return (
      this.#stored === null &&
      store.clients.size === 0 &&
      store.pendingStructs === null &&
      store.pendingDs === null
    )
  }

  /** The live document, with the stored state applied (once) if it was not yet. */
  materialize(): Y.Doc {
    const stored = this.#stored
    if (stored !== null) {
      this.#stored = null
      this.#storedStateVector = null
      this.#storedClocks = null
      Y.applyUpdate(this.doc, stored, PERSISTENCE_ORIGIN)
    }
    return this.doc
  }
}
