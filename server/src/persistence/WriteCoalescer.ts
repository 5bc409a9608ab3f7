/**
 * Merges requests to write the same state into as few writes as possible: at most one write in
 * flight and at most one queued. A request made while a write is in flight joins the queued write,
 * which starts when the in-flight one settles and so writes the state as it is then; a burst of
 * requests costs two writes.
 *
 * The promise of a request resolves once a write that started after the request has landed, and
 * rejects with that write's error if it fails; a failed write does not stop the queued one.
 */
export class WriteCoalescer {
  readonly #write: () => Promise<void>
  #inFlight: Promise<void> | undefined
  #queued: Promise<void> | undefined

  /**
   * `write` persists the current state, read when it is called; it must report failure by
   * rejecting, never by throwing synchronously.
   */
  constructor(write: () => Promise<void>) {
    this.#write = write
  }

  /** Asks for the current state to be written; resolves when it has been. */
  request(): Promise<void> {
    if (this.#queued !== undefined) return this.#queued
    const inFlight = this.#inFlight
    if (inFlight === undefined) return this.#start()
    const queued = inFlight.then(ignore, ignore).then(() => {
      this.#queued = undefined
      return this.#start()
    })
    this.#queued = queued
    return queued
  }

  /** Resolves when no write is in flight or queued, whether the last ones succeeded or failed. */
  async settle(): Promise<void> {
    for (;;) {
      const pending = this.#queued ?? this.#inFlight
      if (pending === undefined) return
      await pending.then(ignore, ignore)
    }
  }

  #start(): Promise<void> {
    const inFlight = this.#write().finally(() => {
      if (this.#inFlight === inFlight) this.#inFlight = undefined
    })
    this.#inFlight = inFlight
    return inFlight
  }
}

function ignore(): void {
  // The request's caller receives the outcome; here only the fact that it settled matters.
}
