import type { DocumentId } from '@maillage/protocol'
import type { ManualTimers } from '../time/ManualTimers.ts'
import type { DocumentStore, StoredDocument } from './DocumentStore.ts'
import { MemoryDocumentStore } from './MemoryDocumentStore.ts'

// The store that DocumentSaver.test.ts drives: it fails or holds its writes on demand and records
// each, with the time of the test's clock it started at.

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
  readonly #clock: ManualTimers
  #appendFailuresLeft = 0
  #gate: Promise<void> | undefined
  #inFlight = 0
  maxInFlight = 0

  constructor(clock: ManualTimers) {
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
