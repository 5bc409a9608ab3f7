import { open, type FileHandle } from 'node:fs/promises'
import { systemTimers, type Timers } from '../time/Timers.ts'
import { syncDirectory } from './syncDirectory.ts'

/**
 * How long a flush waits, after the first caller that needs it, for the others of the same burst
 * (ms). Each flush of a directory holding new entries costs a journal commit and a disk cache
 * flush; waiting this long lets a burst of new documents (a thousand a second when many people
 * open new documents at once) share one flush, at most a hundred a second however fast the disk
 * answers. The wait only delays when a save is reported stored (saves are half a second apart
 * anyway), never what it guarantees.
 */
export const DIRECTORY_SYNC_GATHER_MS = 10

/** What a {@link CoalescedDirectorySync} may be given; the defaults fit the store. */
export interface CoalescedDirectorySyncOptions {
  /** Wait before a flush for the callers of the same burst; default {@link DIRECTORY_SYNC_GATHER_MS}. */
  readonly gatherMs?: number
  readonly timers?: Timers
}

/**
 * Flushes one directory's entries to disk for many callers at once (group commit): a caller is
 * answered by the first flush that starts after its call, so that every entry it created before
 * calling is covered. A flush starts {@link DIRECTORY_SYNC_GATHER_MS} after the first caller that
 * needs it (and after the flush under way, if any): the callers that arrive meanwhile share it. A
 * burst of new documents then costs a few directory flushes instead of one each.
 *
 * The directory stays open between flushes (one `fsync`, instead of `open`, `fsync` and `close`,
 * each a trip through libuv's thread pool) until {@link close}; a flush that fails closes it, and
 * the next one opens it again. The directory must not be replaced while it is open (it belongs to
 * the store). After {@link close}, a flush opens and closes it itself.
 */
export class CoalescedDirectorySync {
  readonly #path: string
  readonly #gatherMs: number
  readonly #timers: Timers
  #directory: Promise<FileHandle> | undefined
  #running: Promise<void> | undefined
  #next: Promise<void> | undefined
  #flushes = 0
  #closed = false

  constructor(path: string, options: CoalescedDirectorySyncOptions = {}) {
    this.#path = path
    this.#gatherMs = options.gatherMs ?? DIRECTORY_SYNC_GATHER_MS
    this.#timers = options.timers ?? systemTimers
  }

  /** Number of flushes started so far. */
  get flushes(): number {
    return this.#flushes
  }

  /** Resolves once a flush of the directory started after this call has completed. */
  sync(): Promise<void> {
    if (this.#next !== undefined) return this.#next
    const running = this.#running?.then(ignore, ignore)
    const next = Promise.all([running, this.#gather()]).then(() => {
      this.#next = undefined
      return this.#start()
    })
    this.#next = next
    return next
  }

  /** Waits for the flushes asked for, then closes the directory. */
  async close(): Promise<void> {
    this.#closed = true
    await this.#next?.catch(ignore)
    await this.#running?.catch(ignore)
    const directory = this.#directory
    this.#directory = undefined
    if (directory !== undefined) await closeQuietly(directory)
  }

  #gather(): Promise<void> {
    return new Promise((resolve) => {
      this.#timers.setTimeout(resolve, this.#gatherMs)
    })
  }

  #start(): Promise<void> {
    this.#flushes += 1
    const running = this.#flush().finally(() => {
      if (this.#running === running) this.#running = undefined
    })
    this.#running = running
    return running
  }

  async #flush(): Promise<void> {
    if (this.#closed) return syncDirectory(this.#path)
    this.#directory ??= open(this.#path, 'r')
    const directory = this.#directory
    try {
      await (await directory).sync()
    } catch (error) {
      // Opened again by the next flush: the failure may have come from the descriptor itself.
      if (this.#directory === directory) this.#directory = undefined
      await closeQuietly(directory)
      throw error
    }
  }
}

/** Closes a directory opened for flushes; nothing was written through it, so no error matters. */
async function closeQuietly(directory: Promise<FileHandle>): Promise<void> {
  await directory.then((handle) => handle.close()).catch(ignore)
}

function ignore(): void {
  // The failure is reported to the callers of that flush; the next one starts regardless.
}
