import { Low, type Adapter } from 'lowdb'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import { LowdbDraft } from './LowdbDraft.ts'
import { WriteCoalescer } from './WriteCoalescer.ts'

/** What a {@link CoalescedLowdb} is made of. */
export interface CoalescedLowdbParts<T> {
  adapter: Adapter<T>
  /** The data, already read and validated: the database never reads its adapter. */
  data: T
  /** Runs before each write of the adapter, e.g. to create its directory. */
  prepareWrite?: () => Promise<unknown>
  /** The error of every call made after `close`, and of calls on a transaction that ended. */
  closedError: () => Error
}

/** What a transaction does on its draft, and what it does with the draft's data on commit. */
export interface LowdbTransaction<T, R> {
  /** Reads and changes the draft; throwing drops the draft (nothing is written). */
  work: (draft: LowdbDraft<T>) => Promise<R>
  /** Called synchronously once the draft's data has replaced the data, before it is written. */
  onCommit?: (data: T) => void
}

/**
 * A lowdb database held whole in memory, changed synchronously and persisted through a
 * {@link WriteCoalescer}: a change resolves once a write that started after it has landed, and
 * concurrent changes share writes. Reads and changes resolve to copies (`structuredClone`), so
 * callers never hold live state.
 *
 * A {@link transaction} holds a gate: changes asked meanwhile wait for it to end (reads do not,
 * and see the data as it was before the transaction).
 */
export class CoalescedLowdb<T> implements LowdbDatabase<T> {
  readonly #db: Low<T>
  readonly #writes: WriteCoalescer
  readonly #closedError: () => Error
  #closed = false
  /** Resolves when the transaction under way ends; undefined when there is none. */
  #gate: Promise<void> | undefined

  constructor(parts: CoalescedLowdbParts<T>) {
    const db = new Low(parts.adapter, parts.data)
    const prepareWrite = parts.prepareWrite
    this.#db = db
    this.#closedError = parts.closedError
    this.#writes = new WriteCoalescer(async () => {
      if (prepareWrite !== undefined) await prepareWrite()
      await db.write()
    })
  }

  /** True once `close` has been called. */
  get isClosed(): boolean {
    return this.#closed
  }

  /** Runs `select` on the data and resolves to a copy of what it returns. */
  read<R>(select: (data: T) => R): Promise<R> {
    // In an executor, so that whatever `select` throws rejects instead of throwing to the caller.
    return new Promise((resolve) => {
      if (this.#closed) throw this.#closedError()
      resolve(structuredClone(select(this.#db.data)))
    })
  }

  /**
   * Runs `change` on the data, synchronously, so that the checks and changes of one call never
   * interleave with another's; then persists, unless `changed` says nothing changed (by default,
   * when `change` returned null). Resolves to a copy of what `change` returned. A `change` that
   * throws must leave the data as it was; the error rejects the promise and nothing is written.
   * If the write fails the promise rejects, and the change stays in memory for the next write.
   */
  async write<R>(change: (data: T) => R, changed: (result: R) => boolean = isNotNull): Promise<R> {
    if (this.#closed) throw this.#closedError()
    while (this.#gate !== undefined) {
      await this.#gate
      this.#assertOpen()
    }
    const result = structuredClone(change(this.#db.data))
    if (changed(result)) await this.#writes.request()
    return result
  }

  /**
   * Runs `transaction.work` on a draft: a copy of the data that only it sees, while changes from
   * anyone else wait. If `work` resolves and changed the draft, the draft replaces the data and is
   * written once; if it throws, the draft is dropped and the error rejects. Transactions run one
   * at a time. As with {@link write}, a failed file write rejects and leaves the change in memory.
   */
  async transaction<R>(transaction: LowdbTransaction<T, R>): Promise<R> {
    if (this.#closed) throw this.#closedError()
    while (this.#gate !== undefined) await this.#gate
    let open!: () => void
    this.#gate = new Promise((resolve) => {
      open = resolve
    })
    try {
      this.#assertOpen()
      const draft = new LowdbDraft(structuredClone(this.#db.data), this.#closedError)
      let result: R
      try {
        result = await transaction.work(draft)
      } finally {
        draft.end()
      }
      if (draft.changed) {
        this.#db.data = draft.data
        transaction.onCommit?.(draft.data)
        await this.#writes.request()
      }
      return result
    } finally {
      this.#gate = undefined
      open()
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw this.#closedError()
  }

  /**
   * Makes every further call reject, then waits for the transaction and the writes under way,
   * failed or not.
   */
  async close(): Promise<void> {
    this.#closed = true
    // A transaction under way ends as it would have (commit and write, or drop); changes waiting
    // for it are refused.
    while (this.#gate !== undefined) await this.#gate
    await this.#writes.settle()
  }
}

function isNotNull(result: unknown): boolean {
  return result !== null
}
