import type { DocumentId } from '@maillage/protocol'

/**
 * A change of who may do what, that live connections must be re-checked against: the access rules
 * of one document, the roles of one account, or the end of one session (sign-out, revocation).
 */
export type AccessChange =
  | { readonly kind: 'document'; readonly documentId: DocumentId }
  | { readonly kind: 'account'; readonly accountId: string }
  | { readonly kind: 'session'; readonly sessionTokenHash: string }

/**
 * The port through which services announce access changes and the sync server hears them, in this
 * process and (with a shared adapter) in every other process serving the same workspace.
 */
export interface AccessEvents {
  /** Announces a change to every process; resolves once sent (locally: once every listener ran). */
  publish(change: AccessChange): Promise<void>
  /** Calls `listener` for every change published by any process; returns the unsubscribe. */
  subscribe(listener: (change: AccessChange) => void): () => void
  close(): Promise<void>
}
