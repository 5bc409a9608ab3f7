/**
 * What the lowdb record adapters read and change their data through: the store's
 * {@link CoalescedLowdb}, or the {@link LowdbDraft} of a transaction. Both resolve to copies.
 */
export interface LowdbDatabase<T> {
  /** True once the store is closed (or, for a draft, its transaction has ended). */
  readonly isClosed: boolean
  /** Runs `select` on the data and resolves to a copy of what it returns. */
  read<R>(select: (data: T) => R): Promise<R>
  /**
   * Runs `change` on the data, synchronously; a `change` that throws must leave the data as it
   * was. `changed` says from the result whether anything changed (default: result not null).
   * Resolves to a copy of the result once the change is as durable as the database makes it.
   */
  write<R>(change: (data: T) => R, changed?: (result: R) => boolean): Promise<R>
}
