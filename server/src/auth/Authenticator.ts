import type { IncomingMessage } from 'node:http'
import type { DocumentId } from '@maillage/protocol'

/** What a connection may do in its room: `write` edits, `read` receives everything but its edits are dropped. */
export type Access = 'write' | 'read'

/** Who is behind a connection, as far as the sync server needs to know. */
export interface Principal {
  /** Stable id of the account or token, used in logs and to close a person's connections. */
  readonly id: string
  readonly name: string
  /** Set when the connection was opened with a personal access token: revoking it closes the connection. */
  readonly accessTokenId?: string
  /** Set when the connection was opened with a session cookie: ending the session closes it (4401). */
  readonly sessionTokenHash?: string
  /**
   * When the session the connection was opened with expires (epoch milliseconds): the sync server
   * closes it then (4401). Sessions do not slide, so the expiry known at the upgrade is final.
   */
  readonly expiresAt?: number
}

/**
 * What a connection is granted: its {@link Access}, and for a writer the roots of the Y.Doc it may
 * change (`writableRoots`; absent: every root). An update touching another root closes the
 * connection with 4403 (see `rootsTouchedBy`). A `suggestOnly` writer (a lecteur whose space lets
 * lecteurs suggest) may write nothing but its own suggestions in the rich text (see
 * `sync/suggestions/`).
 */
export interface SyncGrant {
  readonly access: Access
  readonly writableRoots?: readonly string[]
  readonly suggestOnly?: boolean
}

/** The answer of an {@link Authenticator}: either the access granted, or the HTTP refusal to send. */
export type AuthDecision =
  | ({ readonly ok: true; readonly principal: Principal } & SyncGrant)
  | {
      readonly ok: false
      readonly status: 401 | 403 | 404
      readonly code: string
      readonly message: string
    }

/**
 * Port called on every websocket upgrade, before the handshake, to decide who may open a document.
 * Implementations must not throw for a refused request: they answer `{ ok: false }`.
 */
export interface Authenticator {
  authenticate(request: IncomingMessage, documentId: DocumentId): Promise<AuthDecision>
}
