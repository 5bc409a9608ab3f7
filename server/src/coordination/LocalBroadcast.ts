/**
 * Typed items broadcast within one process: `publish` calls every listener synchronously, in the
 * order they subscribed. The mechanism behind the in-process adapters of the event ports
 * ({@link LocalAccessEvents}, {@link LocalIndexEvents}).
 */
export class LocalBroadcast<T> {
  readonly #listenerName: string
  readonly #listeners = new Set<(item: T) => void>()
  #closed = false

  /** `listenerName` names the listeners in errors: `access` gives "some access listeners failed". */
  constructor(listenerName: string) {
    this.#listenerName = listenerName
  }

  /**
   * Calls every listener with `item`. A listener that throws does not keep the others from
   * running; the promise then rejects with its error (an `AggregateError` when several threw).
   * After {@link close}, does nothing.
   */
  publish(item: T): Promise<void> {
    const errors: unknown[] = []
    // A copy, so that a listener may unsubscribe (a stream closing) while the item is delivered.
    for (const listener of [...this.#listeners]) {
      try {
        listener(item)
      } catch (error) {
        errors.push(error)
      }
    }
    const [first] = errors
    if (first === undefined) return Promise.resolve()
    return Promise.reject(
      errors.length === 1 && first instanceof Error
        ? first
        : new AggregateError(errors, `some ${this.#listenerName} listeners failed`),
    )
  }

  /** Adds `listener`; the returned function removes it. After {@link close}, adds nothing. */
  subscribe(listener: (item: T) => void): () => void {
    // Each subscription gets its own wrapper, so the same function subscribed twice is two listeners.
    const entry = (item: T): void => {
      listener(item)
    }
    if (!this.#closed) this.#listeners.add(entry)
    return () => {
      this.#listeners.delete(entry)
    }
  }

  /** Drops every listener; later publishes reach nobody. Safe to call twice. */
  close(): Promise<void> {
    this.#closed = true
    this.#listeners.clear()
    return Promise.resolve()
  }
}
