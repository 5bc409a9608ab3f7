import { pbkdf2 } from 'node:crypto'

/** Threads of libuv's pool: `UV_THREADPOOL_SIZE`, 4 by default. */
const POOL_THREADS = Number(process.env.UV_THREADPOOL_SIZE ?? 4)

/**
 * Queues one more CPU-bound job than libuv's pool has threads (PBKDF2, tens of milliseconds each),
 * so that anything else sent to the pool meanwhile waits for one of them. Resolves when they are
 * all done; `firstDone` tells whether one of them has finished yet.
 */
export function occupyThreadPool(): {
  readonly firstDone: () => boolean
  readonly done: Promise<void>
} {
  let finished = 0
  const jobs = Array.from(
    { length: POOL_THREADS + 1 },
    () =>
      new Promise<void>((resolve, reject) => {
        pbkdf2('maillage', 'thread pool', 50_000, 32, 'sha256', (error) => {
          finished += 1
          if (error === null) resolve()
          else reject(error)
        })
      }),
  )
  return { firstDone: () => finished > 0, done: Promise.all(jobs).then(() => undefined) }
}
