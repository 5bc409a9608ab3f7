import type * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

// What the adoption needs of other parts of the server, as narrow ports: the composition hands it
// the version history (`versions/DocumentVersionService`) and the exports (`exports/`).

/** The version history, as far as the adoption uses it. */
export interface AdoptionVersions {
  /** Names the current state on behalf of the server; `author` is listed as its author. */
  createNamedAsServer(
    documentId: DocumentId,
    name: string,
    author: { id: string; name: string },
  ): Promise<{ id: string }>
  /** A fresh Y.Doc of a version the actor may read; the caller destroys it. */
  loadVersionDoc(actor: Actor, documentId: DocumentId | string, versionId: string): Promise<Y.Doc>
}

/** The formats an adopted avis is exported in. */
export const ADOPTED_EXPORT_FORMATS = ['odt', 'docx', 'pdf', 'md'] as const
export type AdoptedExportFormat = (typeof ADOPTED_EXPORT_FORMATS)[number]

/** A file made by an export. */
export interface ExportedAvisFile {
  readonly bytes: Uint8Array
  readonly mediaType: string
  readonly fileName: string
}

/** Turns a document's state into a file (`exports/exportDocument`). */
export type ExportAvisDocument = (input: {
  doc: Y.Doc
  record: DocumentRecord
  spaceName: string
  exportedAt: Date
  format: AdoptedExportFormat
}) => Promise<ExportedAvisFile>
