import type { DocumentId } from '@maillage/protocol'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import type { DocumentStore, StoredDocument } from './DocumentStore.ts'
import { MemoryDocumentStore } from './MemoryDocumentStore.ts'

// The clock and the store that DocumentSaver.test.ts drives: timers that fire when the test moves
// the clock, a store that fails or holds its writes on demand and records each.

/** Timers over a clock that moves only when the test says so. */
export class ManualClock implements Timers {
  #now = 0
  #nextHandle = 1
  readonly #timers = new Map<TimerHandle, { at: number; callback: () => void }>()

  now(): number {
    return this.#now
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    // Handles are opaque to the code under test; a number stands in for Node's Timeout object.
    const handle = this.#nextHandle++ as unknown as TimerHandle
    this.#timers.set(handle, { at: this.#now + delayMs, callback })
    return handle
  }

  clearTimeout(handle: TimerHandle): void {
    this.#timers.delete(handle)
  }

  get pendingTimers(): number {
    return this.#timers.size
  }

  /** Moves the clock forward, firing due timers in order and letting the saves they start run. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms
    for (;;) {
      const next = [...this.#timers].sort(([, a], [, b]) => a.at - b.at)[0]
      if (next === undefined || next[1].at > target) break
      const [handle, timer] = next
      this.#timers.delete(handle)
      this.#now = timer.at
      timer.callback()
      await settle()
    }
    this.#now = target
    await settle()
  }
}

/** Lets every promise chain that is ready run (the stores here resolve without real I/O). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

export interface StoreCall {
  readonly operation: 'append' | 'compact'
  readonly at: number
  readonly failed: boolean
}

/**
 * A {@link DocumentStore} over memory that can fail its next appends and hold its writes, and that
 * records every write with the time it started.
 */
export class ScriptedStore implements DocumentStore {
  readonly memory = new MemoryDocumentStore()
  readonly calls: StoreCall[] = []
  readonly #clock: ManualClock
  #appendFailuresLeft = 0
  #gate: Promise<void> | undefined
  #inFlight = 0
  maxInFlight = 0

  constructor(clock: ManualClock) {
    this.#clock = clock
  }

  failNextAppends(count: number): void {
    this.#appendFailuresLeft = count
  }

  /** Makes writes wait until the returned function is called. */
  hold(): () => void {
    let release = (): void => undefined
    this.#gate = new Promise((resolve) => {
      release = () => {
        this.#gate = undefined
        resolve()
      }
    })
    return release
  }

  operations(): string[] {
    return this.calls.map((call) => call.operation)
  }

  load(id: DocumentId): Promise<StoredDocument> {
    return this.memory.load(id)
  }

  append(id: DocumentId, updates: readonly Uint8Array[]): Promise<void> {
    return this.#write('append', () => this.memory.append(id, updates))
  }

  compact(id: DocumentId, state: Uint8Array, stateVector: Uint8Array): Promise<void> {
    return this.#write('compact', () => this.memory.compact(id, state, stateVector))
  }

  delete(id: DocumentId): Promise<void> {
    return this.memory.delete(id)
  }

  list(): Promise<DocumentId[]> {
    return this.memory.list()
  }

  close(): Promise<void> {
    return this.memory.close()
  }

  async #write(operation: StoreCall['operation'], run: () => Promise<void>): Promise<void> {
    const at = this.#clock.now()
    this.#inFlight += 1
    this.maxInFlight = Math.max(this.maxInFlight, this.#inFlight)
    try {
      await this.#gate
      if (operation === 'append' && this.#appendFailuresLeft > 0) {
        this.#appendFailuresLeft -= 1
        this.calls.push({ operation, at, failed: true })
        throw new Error('ENOSPC: no space left on device')
      }
      await run()
      this.calls.push({ operation, at, failed: false })
    } finally {
      this.#inFlight -= 1
    }
  }
}
