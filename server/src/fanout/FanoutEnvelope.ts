import type { DocumentId } from '@maillage/protocol'
import type { ClientIdOwner } from '../sync/ClientIdOwners.ts'

/**
 * The owner, in the sending process's room, of one client id whose structs an update carries: the
 * receiving rooms claim it too, so that no account can write under it through another process.
 */
export interface ClientIdOwnerEntry {
  readonly clientId: number
  /** An account id, or `SERVER_OWNER` (the server's own changes). */
  readonly owner: ClientIdOwner
}

/** What every envelope carries: who sent it (a process id) and which document it is about. */
interface EnvelopeHeader {
  /** The random id of the sending process; a process ignores envelopes carrying its own. */
  readonly sender: string
  readonly documentId: DocumentId
}

/** A Yjs update applied by the sender from a local origin (a connection, the server itself). */
export interface UpdateEnvelope extends EnvelopeHeader {
  readonly type: 'update'
  readonly update: Uint8Array
  /** The owners of the client ids of `update`'s structs that have one there (empty: none known). */
  readonly owners: readonly ClientIdOwnerEntry[]
}

/** An awareness update applied by the sender from a local origin. */
export interface AwarenessEnvelope extends EnvelopeHeader {
  readonly type: 'awareness'
  readonly update: Uint8Array
}

/** Asks the processes holding the document for what a document of `stateVector` misses. */
export interface SyncRequestEnvelope extends EnvelopeHeader {
  readonly type: 'sync-request'
  /** Chosen by the sender to match the replies with the request. */
  readonly requestId: number
  readonly stateVector: Uint8Array
}

/** Answers a {@link SyncRequestEnvelope}, on the requester's own channel. */
export interface SyncReplyEnvelope extends EnvelopeHeader {
  readonly type: 'sync-reply'
  readonly requestId: number
  /** What the requester misses (a Yjs update; empty document update when nothing). */
  readonly update: Uint8Array
  /** The awareness states the replying process knows (y-protocols encoding); null when none. */
  readonly awareness: Uint8Array | null
  /** The owners of the client ids of `update`'s structs that have one there (empty: none known). */
  readonly owners: readonly ClientIdOwnerEntry[]
}

/**
 * The document was deleted: a process holding it closes its room without saving (what its editors
 * had not saved must not bring the content back), then answers with an empty sync reply.
 */
export interface DeleteEnvelope extends EnvelopeHeader {
  readonly type: 'delete'
  readonly requestId: number
}

/** Asks the processes holding the document for the accounts connected to it there. */
export interface PresenceRequestEnvelope extends EnvelopeHeader {
  readonly type: 'presence-request'
  readonly requestId: number
}

/** Answers a {@link PresenceRequestEnvelope}, on the requester's own channel. */
export interface PresenceReplyEnvelope extends EnvelopeHeader {
  readonly type: 'presence-reply'
  readonly requestId: number
  readonly accountIds: readonly string[]
}

/** A request of this process, answered on its own channel. */
export type FanoutRequest = SyncRequestEnvelope | DeleteEnvelope | PresenceRequestEnvelope

/** An answer to a {@link FanoutRequest}. */
export type FanoutReply = SyncReplyEnvelope | PresenceReplyEnvelope

/** One message between processes over Redis pub/sub; `encodeEnvelope.ts` has the bytes. */
export type FanoutEnvelope =
  | UpdateEnvelope
  | AwarenessEnvelope
  | SyncRequestEnvelope
  | SyncReplyEnvelope
  | DeleteEnvelope
  | PresenceRequestEnvelope
  | PresenceReplyEnvelope
