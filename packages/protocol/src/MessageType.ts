/** The first varUint of every y-websocket v1 frame, saying what the rest of the frame holds. */
export const MessageType = {
  /** Yjs document sync: step 1, step 2 or update, told apart by a {@link SyncMessageType}. */
  Sync: 0,
  /** An awareness update (presence: names, cursors) as written by `y-protocols/awareness`. */
  Awareness: 1,
  /** An authorization message; the only sub-type is {@link AuthMessageType.PermissionDenied}. */
  Auth: 2,
  /** A request for the awareness states of every client of the room; carries no payload. */
  QueryAwareness: 3,
} as const

/** One of the values of {@link MessageType}. */
export type MessageType = (typeof MessageType)[keyof typeof MessageType]

const messageTypes: ReadonlySet<number> = new Set(Object.values(MessageType))

/** Tells whether a decoded varUint is one of the known {@link MessageType} values. */
export function isMessageType(value: number): value is MessageType {
  return messageTypes.has(value)
}
