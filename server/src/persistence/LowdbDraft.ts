import type { LowdbDatabase } from './LowdbDatabase.ts'

/**
 * The working copy of a lowdb transaction: reads and changes act on a copy of the data taken when
 * the transaction started, which nobody else sees; the transaction swaps it in when it commits,
 * or drops it. Changes resolve at once (nothing is written until the commit).
 */
export class LowdbDraft<T> implements LowdbDatabase<T> {
  readonly #data: T
  readonly #endedError: () => Error
  #changed = false
  #ended = false

  /** `data` is owned by the draft from now on; `endedError` is thrown by calls after `end`. */
  constructor(data: T, endedError: () => Error) {
    this.#data = data
    this.#endedError = endedError
  }

  get isClosed(): boolean {
    return this.#ended
  }

  /** True when a change was made through the draft. */
  get changed(): boolean {
    return this.#changed
  }

  /** The working copy, for the commit. */
  get data(): T {
    return this.#data
  }

  read<R>(select: (data: T) => R): Promise<R> {
    return new Promise((resolve) => {
      if (this.#ended) throw this.#endedError()
      resolve(structuredClone(select(this.#data)))
    })
  }

  write<R>(change: (data: T) => R, changed: (result: R) => boolean = isNotNull): Promise<R> {
    return new Promise((resolve) => {
      if (this.#ended) throw this.#endedError()
      const result = structuredClone(change(this.#data))
      if (changed(result)) this.#changed = true
      resolve(result)
    })
  }

  /** Makes every further call reject: a transaction's store is not usable after it ends. */
  end(): void {
    this.#ended = true
  }
}

function isNotNull(result: unknown): boolean {
  return result !== null
}
