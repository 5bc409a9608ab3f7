import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import type { Timers, TimerHandle } from '../time/Timers.ts'
import type { DocumentStore } from './DocumentStore.ts'

/** What a {@link DocumentSaver} needs; delays are in milliseconds. */
export interface DocumentSaverOptions {
  readonly id: DocumentId
  readonly store: DocumentStore
  readonly timers: Timers
  readonly logger: Logger
  /** Encodes the whole current state and its state vector, used when compacting. */
  readonly encodeState: () => { state: Uint8Array; stateVector: Uint8Array }
  /** Delay between the first unsaved update and its save (default 500, so a save lands within 1 s). */
  readonly saveDelayMs: number
  /** Appended updates after which the stored log is compacted into one snapshot. */
  readonly compactAfterAppends: number
  /** First retry delay after a failed save; doubles on each failure up to {@link MAX_RETRY_DELAY_MS}. */
  readonly retryDelayMs: number
  /** Called after each save attempt with its duration in seconds and whether it succeeded. */
  readonly onSaveAttempt: (durationSeconds: number, succeeded: boolean) => void
  /** Called when a save leaves nothing pending, so the owner can unload an idle room. */
  readonly onSaved: () => void
  /**
   * Called after each save that stored updates recorded with an author, with the author of the
   * last of them. Updates recorded without one (the server's own changes) are saved but not reported.
   */
  readonly onStored?: (author: string) => void
}

/** Upper bound of the retry backoff after failed saves. */
export const MAX_RETRY_DELAY_MS = 30_000

/**
 * Up to this many bytes, the log of a document the store had nothing else of is left as it is by
 * `flush({ compact: true })`: it loads as fast as a snapshot would.
 */
export const SMALL_LOG_BYTES = 16 * 1024

/**
 * Schedules the saves of one document: the updates recorded since the last save are appended
 * together (one write, not merged: merging thousands of small updates would stall the room), at most `saveDelayMs` after the first of them; every `compactAfterAppends`
 * appends the store is compacted. Saves of one document never overlap. A failed save keeps its
 * updates pending and retries with exponential backoff, so nothing is dropped while the process lives.
 */
export class DocumentSaver {
  readonly #options: DocumentSaverOptions
  #pending: Uint8Array[] = []
  /** Author of the last pending update that has one. */
  #pendingAuthor: string | undefined
  #appendsSinceCompaction = 0
  /** Bytes appended since the store held nothing of the document; null once it holds a snapshot. */
  #soleLogBytes: number | null = null
  #timer: TimerHandle | undefined
  #running: Promise<void> | undefined
  #failures = 0
  #closed = false

  constructor(options: DocumentSaverOptions) {
    this.#options = options
  }

  /** True while some recorded update is not yet in the store. */
  get hasPending(): boolean {
    return this.#pending.length > 0 || this.#running !== undefined
  }

  /** Records an update to save, and who made it if a person did, and schedules the save. */
  record(update: Uint8Array, author?: string): void {
    this.#pending.push(update)
    if (author !== undefined) this.#pendingAuthor = author
    this.#schedule(this.#options.saveDelayMs)
  }

  /** Marks the stored form as worth compacting at the next save (e.g. it loaded from many updates). */
  requestCompaction(): void {
    this.#appendsSinceCompaction = Math.max(this.#appendsSinceCompaction, 1)
  }

  /**
   * Tells the saver that the store held nothing of the document when it was loaded. Until its log
   * outgrows {@link SMALL_LOG_BYTES}, `flush({ compact: true })` then appends without compacting:
   * a snapshot would not load any faster, and writing one for each new document (a durable file
   * each) made a server stopping with thousands of them open slow. Compaction after
   * `compactAfterAppends` appends is unchanged.
   */
  startsEmpty(): void {
    this.#soleLogBytes = 0
  }

  /**
   * Saves now whatever is pending, then compacts if anything was appended since the last compaction
   * and `compact` is set. Rejects if the store fails; a retry is then already scheduled.
   */
  async flush(options: { compact: boolean }): Promise<void> {
    this.#clearTimer()
    await this.#runExclusive(() => this.#save(options.compact))
  }

  /** Resolves once no save is under way (after {@link close}, none starts by itself). */
  async settled(): Promise<void> {
    while (this.#running !== undefined) await this.#running.catch(() => undefined)
  }

  /** Stops scheduling; pending updates are dropped from this saver (flush first to keep them). */
  close(): void {
    this.#closed = true
    this.#clearTimer()
  }

  #schedule(delayMs: number): void {
    if (this.#timer !== undefined || this.#closed) return
    this.#timer = this.#options.timers.setTimeout(() => {
      this.#timer = undefined
      this.#runExclusive(() => this.#save(false)).catch(() => {
        // Already logged and retried by #save; the timer has no caller to report to.
      })
    }, delayMs)
  }

  async #runExclusive(task: () => Promise<void>): Promise<void> {
    while (this.#running !== undefined) await this.#running.catch(() => undefined)
    const running = task()
    this.#running = running
    try {
      await running
    } finally {
      this.#running = undefined
    }
  }

  async #save(compact: boolean): Promise<void> {
    const batch = this.#pending
    const author = this.#pendingAuthor
    this.#pending = []
    this.#pendingAuthor = undefined
    const { store, id, timers } = this.#options
    const startedAt = timers.now()
    try {
      if (batch.length > 0) {
        await store.append(id, batch)
        this.#appendsSinceCompaction += 1
        if (this.#soleLogBytes !== null) this.#soleLogBytes += byteLengthOf(batch)
      }
      const dueForCompaction = this.#appendsSinceCompaction >= this.#options.compactAfterAppends
      const smallSoleLog = this.#soleLogBytes !== null && this.#soleLogBytes <= SMALL_LOG_BYTES
      if (this.#appendsSinceCompaction > 0 && ((compact && !smallSoleLog) || dueForCompaction)) {
        const { state, stateVector } = this.#options.encodeState()
        await store.compact(id, state, stateVector)
        this.#appendsSinceCompaction = 0
        this.#soleLogBytes = null
      }
    } catch (error) {
      this.#pending = batch.concat(this.#pending)
      // An author recorded during the failed save made a later update: it stays the last one.
      this.#pendingAuthor ??= author
      this.#failures += 1
      this.#options.onSaveAttempt((timers.now() - startedAt) / 1000, false)
      const retryInMs = Math.min(
        this.#options.retryDelayMs * 2 ** (this.#failures - 1),
        MAX_RETRY_DELAY_MS,
      )
      this.#options.logger.error(
        { err: error, documentId: id, failures: this.#failures, retryInMs },
        'document save failed; the room stays loaded and the save will be retried',
      )
      this.#schedule(retryInMs)
      throw error
    }
    this.#failures = 0
    this.#options.onSaveAttempt((timers.now() - startedAt) / 1000, true)
    if (author !== undefined) this.#options.onStored?.(author)
    if (this.#pending.length > 0) this.#schedule(this.#options.saveDelayMs)
    else this.#options.onSaved()
  }

  #clearTimer(): void {
    if (this.#timer === undefined) return
    this.#options.timers.clearTimeout(this.#timer)
    this.#timer = undefined
  }
}

function byteLengthOf(updates: readonly Uint8Array[]): number {
  let bytes = 0
  for (const update of updates) bytes += update.byteLength
  return bytes
}
