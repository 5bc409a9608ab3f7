/**
 * The port of per-key mutual exclusion around a read-change-write of shared data (one échanges
 * thread, one tool proposal): tasks of one key never overlap, in this process or (with a shared
 * adapter) in any other; tasks of different keys run in parallel. `SerialQueues` is the in-process
 * adapter, `RedisKeyedLock` the shared one.
 */
export interface KeyedLock {
  /** Runs `task` once no other task of `key` runs; settles as `task` does, and releases either way. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>
}

/** A task waited longer than its lock allows for the lock of its key (another holds it). */
export class LockTimeoutError extends Error {
  readonly code = 'COORDINATION_LOCK_TIMEOUT'
}
