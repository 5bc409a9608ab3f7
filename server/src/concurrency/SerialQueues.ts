/**
 * Runs tasks one at a time per key, in the order they were given: the changes of one thread
 * (read its record, change it, write it back) never interleave, while different threads run
 * concurrently. A failed task does not stop the next ones. Keys with nothing queued are dropped.
 */
export class SerialQueues {
  readonly #tails = new Map<string, Promise<void>>()

  /** Runs `task` after every task queued before it under `key`; settles as `task` does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve()
    const result = previous.then(task)
    const tail = result.then(
      () => undefined,
      // The caller handles the failure through `result`; the queue only waits for it.
      () => undefined,
    )
    this.#tails.set(key, tail)
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key)
    })
    return result
  }

  /** Number of keys with a task running or queued. */
  get size(): number {
    return this.#tails.size
  }
}
