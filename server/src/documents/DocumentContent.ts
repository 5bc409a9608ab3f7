import type * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'

/**
 * The content of documents, as the services see it (port): what they read is what the people
 * editing it see now, and what they change reaches those people live and is stored before it is
 * confirmed. In one process it goes through the document's room when one is loaded and the store
 * otherwise (`sync/RoomDocumentContent.ts`); scaled out, it must give the same answer whichever
 * process holds the room. Services never reach the rooms any other way.
 */
export interface DocumentContent {
  /**
   * Reads the current content of `id` with `read`, which must be synchronous: the Y.Doc it gets
   * may be destroyed right after, and must not be changed. Edits not yet saved are included. A
   * document never stored reads as an empty Y.Doc. Never loads the document for its editors (a
   * read costs no room). Rejects if the store fails, and with `DocumentUnreadableError` if the
   * stored updates do not apply or `read` throws on them.
   */
  read<T>(id: DocumentId, read: (doc: Y.Doc) => T): Promise<T>

  /**
   * Applies a change of the server's own to `id` with `apply`, in one transaction whose origin
   * tells it is the server's (never reported as a person's edit, nor indexed as one), loading the
   * document if needed (a document never stored is created); the people editing it receive it
   * live. `apply` runs exactly once, synchronously, on the current content, unless the document
   * cannot be loaded; what it writes before throwing stays, and its error rejects the promise.
   * Resolves once the change is durably stored: what the server writes on a person's request (a
   * message of a thread, a move of a session, a new title) may exist nowhere else. Rejects if the
   * document cannot be loaded or the save fails (the change is then kept in memory and its save
   * retried, as for any edit).
   */
  change(id: DocumentId, apply: (doc: Y.Doc) => void): Promise<void>

  /**
   * Deletes the content of `id` for good: the connections editing it are closed (4403, forbidden)
   * and their unsaved edits dropped, then its stored updates are removed; a later read finds an
   * empty document. Call it once the document's record is gone, so that nobody reconnects to it.
   */
  delete(id: DocumentId): Promise<void>
}
