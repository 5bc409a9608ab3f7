import type * as Y from 'yjs'
import type {
  DocumentId,
  VersionAuthorView,
  VersionContentView,
  VersionDiffView,
  VersionRestoreView,
  VersionSummaryView,
} from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'

/** The side of a comparison that stands for the document's current state, not a version. */
export const CURRENT_STATE = 'actuelle'

/**
 * The version history of documents (in `Services` as `versions`): automatic versions made at the
 * end of editing sessions, named versions, reading, comparing and restoring them. Every method
 * taking an `actor` checks their access: readers (lecteurs) list, view and compare; only those who
 * may write a document name a version or restore one. A document the actor may not read, or a
 * version of another document, answers `NOT_FOUND`; a reader asking to write gets `AUTH_FORBIDDEN`.
 * Nothing is ever deleted from the history but with the document itself.
 */
export interface DocumentVersionService {
  /** The versions of a document, newest first, read from their metadata only. */
  list(actor: Actor, documentId: DocumentId | string): Promise<VersionSummaryView[]>

  /**
   * Names the current state of the document (`name`: 1 to 120 characters, trimmed); the actor
   * must be able to write it; at most 10 a minute per account (`RATE_LIMITED`). Audited.
   */
  createNamed(
    actor: Actor,
    documentId: DocumentId | string,
    name: string,
  ): Promise<VersionSummaryView>

  /**
   * Names the current state on behalf of a workflow of the server (the adoption of an avis),
   * without access check nor rate limit: the caller has checked who asked. `author` is listed as
   * the version's author.
   */
  createNamedAsServer(
    documentId: DocumentId,
    name: string,
    author: VersionAuthorView,
  ): Promise<VersionSummaryView>

  /**
   * A fresh Y.Doc holding the state of version `versionId` of the document (the caller owns it
   * and destroys it when done), if the actor may read the document.
   */
  loadVersionDoc(actor: Actor, documentId: DocumentId | string, versionId: string): Promise<Y.Doc>

  /** The content of one version as shown read-only: title, labelled fields, body as JSON. */
  view(
    actor: Actor,
    documentId: DocumentId | string,
    versionId: string,
  ): Promise<VersionContentView>

  /**
   * What changed from `from` to `to`, each a version id or {@link CURRENT_STATE}: title, fields
   * and body block by block, with word-level insertions and deletions.
   */
  compare(
    actor: Actor,
    documentId: DocumentId | string,
    from: string,
    to: string,
  ): Promise<VersionDiffView>

  /**
   * Restores a version as a new change everyone editing receives live: first an automatic version
   * of the current state (« Avant restauration »), then title, fields and body set to the
   * version's, then a named version « Restauration de la version du … ». Editors only; audited.
   */
  restore(
    actor: Actor,
    documentId: DocumentId | string,
    versionId: string,
  ): Promise<VersionRestoreView>
}
