import type { Logger } from 'pino'
import { CloseCode } from '@maillage/protocol'
import type { SyncGrant } from '../auth/Authenticator.ts'
import type { BreakoutSeats } from '../auth/BreakoutSeat.ts'
import { decideSyncGrant } from '../auth/decideSyncGrant.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { AccessChange } from '../coordination/AccessEvents.ts'
import type { Coordination } from '../coordination/Coordination.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Connection } from '../sync/Connection.ts'

/** What a re-check reads of a live connection of the sync server. */
export type LiveConnection = Pick<Connection, 'principal' | 'documentId'>

/** What {@link listenToAccessChanges} needs. */
export interface AccessChangeListenerOptions {
  readonly coordination: Pick<Coordination, 'accessEvents' | 'onReconnected'>
  /** The sync server (`SyncServer`), as far as re-checking and closing its connections goes. */
  readonly syncServer: {
    revalidate(
      matches: (connection: LiveConnection) => boolean,
      decide: (connection: LiveConnection) => Promise<SyncGrant | null>,
    ): Promise<void>
    closeWhere(matches: (connection: LiveConnection) => boolean, code: CloseCode): void
  }
  readonly metadata: MetadataStore
  readonly sessions: SessionManager
  /** The breakout group of an atelier's participants, which limits what they write. */
  readonly breakoutSeats: BreakoutSeats
  /** With `MAILLAGE_AUTH=none` there are no accounts behind connections to re-check. */
  readonly checksAccounts: boolean
  readonly logger: Logger
}

/**
 * Has the sync server hear the access changes any process announces: a `session` that ended
 * closes its connections (4401); a `document` or an `account` whose access changed has its live
 * connections re-checked, each closed (4403) when it may no longer do what it was opened for.
 * After a Redis outage every connection is re-checked, since changes announced meanwhile may
 * never have arrived: a re-check also closes a connection whose session ended (signed out
 * elsewhere) or expired. Returns the function that stops listening.
 */
export function listenToAccessChanges(options: AccessChangeListenerOptions): () => void {
  const { coordination, syncServer, metadata, sessions, logger } = options

  // What an account may now do with the document of a live connection: nothing once its account,
  // document, access token or session is gone.
  async function currentGrant(connection: LiveConnection): Promise<SyncGrant | null> {
    const [account, record] = await Promise.all([
      metadata.findAccountById(connection.principal.id),
      metadata.findDocument(connection.documentId),
    ])
    if (account === null || record === null) return null
    const { accessTokenId, sessionTokenHash } = connection.principal
    if (
      accessTokenId !== undefined &&
      !(await sessions.isAccessTokenLive(account.id, accessTokenId))
    ) {
      return null
    }
    // A sign-out announced by another process during a Redis outage never arrived: the session
    // itself, gone or expired, tells it.
    if (sessionTokenHash !== undefined && !(await sessions.isSessionLive(sessionTokenHash))) {
      return null
    }
    return decideSyncGrant(
      metadata,
      await sessions.actorFor(account, 'session'),
      record,
      options.breakoutSeats,
    )
  }

  function revalidate(matches: (connection: LiveConnection) => boolean, context: object): void {
    if (!options.checksAccounts) return
    syncServer.revalidate(matches, currentGrant).catch((error: unknown) => {
      logger.error({ err: error, ...context }, 'could not re-check live connections')
    })
  }

  function apply(change: AccessChange): void {
    switch (change.kind) {
      case 'session':
        syncServer.closeWhere(
          (connection) => connection.principal.sessionTokenHash === change.sessionTokenHash,
          CloseCode.Unauthenticated,
        )
        return
      case 'document':
        revalidate((connection) => connection.documentId === change.documentId, {
          documentId: change.documentId,
        })
        return
      case 'account':
        revalidate((connection) => connection.principal.id === change.accountId, {
          accountId: change.accountId,
        })
        return
      default: {
        const unknownChange: never = change
        throw new Error(`unknown access change ${JSON.stringify(unknownChange)}`)
      }
    }
  }

  const stopHearing = coordination.accessEvents.subscribe(apply)
  const stopWatchingOutages = coordination.onReconnected(() => {
    revalidate(() => true, { after: 'redis-outage' })
  })
  return () => {
    stopHearing()
    stopWatchingOutages()
  }
}
