import type { IndexEvent, IndexEvents } from './IndexEvents.ts'

/**
 * {@link IndexEvents} within one process: `publish` calls every listener synchronously, in the
 * order they subscribed. Enough when one process serves the workspace.
 */
export class LocalIndexEvents implements IndexEvents {
  readonly #listeners = new Set<(event: IndexEvent) => void>()
  #closed = false

  /**
   * Calls every listener with `event`. A listener that throws does not keep the others from
   * running; the promise then rejects with its error (an `AggregateError` when several threw).
   * After {@link close}, does nothing.
   */
  publish(event: IndexEvent): Promise<void> {
    const errors: unknown[] = []
    // A copy, so that a listener may unsubscribe (a stream closing) while the event is delivered.
    for (const listener of [...this.#listeners]) {
      try {
        listener(event)
      } catch (error) {
        errors.push(error)
      }
    }
    const [first] = errors
    if (first === undefined) return Promise.resolve()
    return Promise.reject(
      errors.length === 1 && first instanceof Error
        ? first
        : new AggregateError(errors, 'some index listeners failed'),
    )
  }

  /** Adds `listener`; the returned function removes it. After {@link close}, adds nothing. */
  subscribe(listener: (event: IndexEvent) => void): () => void {
    // Each subscription gets its own wrapper, so the same function subscribed twice is two listeners.
    const entry = (event: IndexEvent): void => {
      listener(event)
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
