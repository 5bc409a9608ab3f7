import type { DocumentId } from '@maillage/protocol'

/**
 * Who is connected to documents right now (port): the accounts behind the live websocket
 * connections of a document, whichever process holds them once scaled out. In one process it is
 * read from the document's room (`sync/RoomDocumentPresence.ts`).
 */
export interface DocumentPresence {
  /**
   * The ids of the accounts with a live connection to `id` now, each once; connections whose
   * principal has no id (`''`) are left out. Empty when nobody is connected.
   */
  connectedAccounts(id: DocumentId): Promise<ReadonlySet<string>>
}
