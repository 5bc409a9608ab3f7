import type { DocumentId } from '@maillage/protocol'
import type { DocumentKind, SpaceId } from '@maillage/schema'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { MetadataStore } from './MetadataStore.ts'
import { insertRecord, replaceRecord } from './recordCollection.ts'
import { DOCUMENT } from './recordKinds.ts'
import type { DocumentRecord } from './records/DocumentRecord.ts'

/** The document index methods of {@link MetadataStore}. */
type DocumentMethods = Pick<
  MetadataStore,
  | 'createDocument'
  | 'findDocument'
  | 'listDocumentsOfSpace'
  | 'listSharedDocuments'
  | 'listDocumentsOfKinds'
  | 'updateDocument'
  | 'deleteDocument'
>

/** The document index of `LowdbMetadataStore`: one record per document, unique by id. */
export class LowdbDocumentRecords implements DocumentMethods {
  readonly #db: LowdbDatabase<MetadataFile>

  /** Document records of `db`. */
  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createDocument(document: DocumentRecord): Promise<void> {
    await this.#db.write((data) => insertRecord(data.documents, document, DOCUMENT))
  }

  findDocument(id: DocumentId): Promise<DocumentRecord | null> {
    return this.#db.read((data) => data.documents.find((document) => document.id === id) ?? null)
  }

  listDocumentsOfSpace(spaceId: SpaceId): Promise<DocumentRecord[]> {
    return this.#db.read((data) =>
      data.documents.filter((document) => document.spaceId === spaceId),
    )
  }

  /** Every document shared with all territories, archived ones included. */
  listSharedDocuments(): Promise<DocumentRecord[]> {
    return this.#db.read((data) => data.documents.filter((document) => document.sharedWithAll))
  }

  /** Every document of one of `kinds`, whatever its space, archived ones included. */
  listDocumentsOfKinds(kinds: readonly DocumentKind[]): Promise<DocumentRecord[]> {
    const wanted: ReadonlySet<string> = new Set(kinds)
    return this.#db.read((data) => data.documents.filter((document) => wanted.has(document.kind)))
  }

  updateDocument(
    id: DocumentId,
    patch: Partial<Omit<DocumentRecord, 'id'>>,
  ): Promise<DocumentRecord | null> {
    return this.#db.write((data) => replaceRecord(data.documents, { id, patch }, DOCUMENT))
  }

  deleteDocument(id: DocumentId): Promise<boolean> {
    return this.#db.write(
      (data) => {
        const index = data.documents.findIndex((document) => document.id === id)
        return index !== -1 && data.documents.splice(index, 1).length === 1
      },
      (deleted) => deleted,
    )
  }
}
