import * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { Account } from '../persistence/records/Account.ts'
import type { Timers } from '../time/Timers.ts'
import type { AccountLookup } from './EditingSessions.ts'
import { MemoryVersionStore } from './MemoryVersionStore.ts'
import { VersionRecorder } from './VersionRecorder.ts'

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
