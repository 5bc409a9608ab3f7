import * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { Account } from '../persistence/records/Account.ts'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import type { AccountLookup } from './EditingSessions.ts'
import { MemoryVersionStore } from './MemoryVersionStore.ts'
import { VersionRecorder } from './VersionRecorder.ts'

/** Timers over a clock that moves only when the test says so (unit tests of versions). */
export class ManualTimers implements Timers {
  #now = Date.parse('2026-12-07T09:00:00.000Z')
  #nextHandle = 1
  readonly #timers = new Map<TimerHandle, { at: number; callback: () => void }>()

  now(): number {
    return this.#now
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    // Handles are opaque to the code under test; an object with Node's `unref` (which a timer that
    // must not keep the process alive calls) stands in for its Timeout object.
    const handle = { id: this.#nextHandle++, unref: () => handle } as unknown as TimerHandle
    this.#timers.set(handle, { at: this.#now + delayMs, callback })
    return handle
  }

  clearTimeout(handle: TimerHandle): void {
    this.#timers.delete(handle)
  }

  /** Number of timers armed and not yet fired nor cleared. */
  get pendingCount(): number {
    return this.#timers.size
  }

  /** Moves the clock forward, firing due timers in order and letting what they start settle. */
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
export async function settle(): Promise<void> {
  for (let round = 0; round < 50; round += 1) await new Promise((resolve) => setImmediate(resolve))
}

/** Documents in memory behind the {@link DocumentContent} port (the versions' unit tests). */
export class MemoryDocumentContent implements DocumentContent {
  readonly docs = new Map<DocumentId, Y.Doc>()

  docOf(id: DocumentId): Y.Doc {
    let doc = this.docs.get(id)
    if (doc === undefined) {
      doc = new Y.Doc()
      this.docs.set(id, doc)
    }
    return doc
  }

  read<T>(id: DocumentId, read: (doc: Y.Doc) => T): Promise<T> {
    return Promise.resolve(read(this.docOf(id)))
  }

  change(id: DocumentId, apply: (doc: Y.Doc) => void): Promise<void> {
    const doc = this.docOf(id)
    doc.transact(() => {
      apply(doc)
    }, 'server')
    return Promise.resolve()
  }

  delete(id: DocumentId): Promise<void> {
    this.docs.get(id)?.destroy()
    this.docs.delete(id)
    return Promise.resolve()
  }
}

/** Accounts by id, named as given (the authors of versions). */
export function accountsNamed(names: Readonly<Record<string, string>>): AccountLookup {
  return {
    findAccountById: (id) =>
      Promise.resolve(
        names[id] === undefined ? null : ({ id, name: names[id] } as unknown as Account),
      ),
  }
}

/** A recorder over a memory version store and memory documents. */
export function createTestRecorder(timers: Timers): {
  store: MemoryVersionStore
  content: MemoryDocumentContent
  recorder: VersionRecorder
} {
  const store = new MemoryVersionStore()
  const content = new MemoryDocumentContent()
  const recorder = new VersionRecorder({ store, content, locks: new SerialQueues(), timers })
  return { store, content, recorder }
}
