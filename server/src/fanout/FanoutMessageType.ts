/** The first varUint of every fan-out envelope, saying what the rest of it holds. */
export const FanoutMessageType = {
  /** A Yjs update, without owners: written by older versions only, still read. */
  Update: 0,
  /** An awareness update (y-protocols encoding) a process applied from a local origin. */
  Awareness: 1,
  /** A state vector: whoever holds the document answers with what the sender misses. */
  SyncRequest: 2,
  /** A sync reply without owners: written by older versions only, still read. */
  SyncReply: 3,
  /** The document is deleted: whoever holds it closes its room without saving, then replies. */
  Delete: 4,
  /** Asks the processes holding the document which accounts are connected to it there. */
  PresenceRequest: 5,
  /** The answer to a presence request: the ids of the accounts connected to the document. */
  PresenceReply: 6,
  /** A Yjs update a process applied to its room from a local origin, with its client ids' owners. */
  OwnedUpdate: 7,
  /** The answer to a sync request: the update the requester misses, its owners, awareness states. */
  OwnedSyncReply: 8,
} as const

/** One of the values of {@link FanoutMessageType}. */
export type FanoutMessageType = (typeof FanoutMessageType)[keyof typeof FanoutMessageType]

const messageTypes: ReadonlySet<number> = new Set(Object.values(FanoutMessageType))

/** Tells whether a decoded varUint is one of the known {@link FanoutMessageType} values. */
export function isFanoutMessageType(value: number): value is FanoutMessageType {
  return messageTypes.has(value)
}

/** The kind varUint of an owner entry in an envelope: an account (its id follows) or the server. */
export const OwnerKind = {
  /** An account; its id follows as a varString. */
  Account: 0,
  /** The server's own changes (`SERVER_OWNER`); nothing follows. */
  Server: 1,
} as const
