import type * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { VersionStore } from './VersionStore.ts'

/**
 * A {@link DocumentContent} whose `delete` also removes the document's versions: a document
 * deleted for good leaves nothing of its content behind, its history included. Reads and changes
 * go to `inner` as they are.
 */
export class VersionedDocumentContent implements DocumentContent {
  readonly #inner: DocumentContent
  readonly #versions: VersionStore

  constructor(inner: DocumentContent, versions: VersionStore) {
    this.#inner = inner
    this.#versions = versions
  }

  read<T>(id: DocumentId, read: (doc: Y.Doc) => T): Promise<T> {
    return this.#inner.read(id, read)
  }

  change(id: DocumentId, apply: (doc: Y.Doc) => void): Promise<void> {
    return this.#inner.change(id, apply)
  }

  async delete(id: DocumentId): Promise<void> {
    await this.#inner.delete(id)
    await this.#versions.deleteDocument(id)
  }
}
