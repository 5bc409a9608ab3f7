import type { AccessChange, AccessEvents } from './AccessEvents.ts'

/**
 * {@link AccessEvents} within one process: `publish` calls every listener synchronously, in the
 * order they subscribed. Enough when one process serves the workspace.
 */
export class LocalAccessEvents implements AccessEvents {
  readonly #listeners = new Set<(change: AccessChange) => void>()
  #closed = false

  /**
   * Calls every listener with `change`. A listener that throws does not keep the others from
   * running; the promise then rejects with its error (an `AggregateError` when several threw). After {@link close}, does nothing.
   */
  publish(change: AccessChange): Promise<void> {
    const errors: unknown[] = []
    // A copy, so that a listener may unsubscribe while the change is being delivered.
    for (const listener of [...this.#listeners]) {
      try {
        listener(change)
      } catch (error) {
        errors.push(error)
      }
    }
    const [first] = errors
    if (first === undefined) return Promise.resolve()
    return Promise.reject(
      errors.length === 1 && first instanceof Error
        ? first
        : new AggregateError(errors, 'some access listeners failed'),
    )
  }

  /** Adds `listener`; the returned function removes it. After {@link close}, adds nothing. */
  subscribe(listener: (change: AccessChange) => void): () => void {
    // Each subscription gets its own wrapper, so the same function subscribed twice is two listeners.
    const entry = (change: AccessChange): void => {
      listener(change)
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
