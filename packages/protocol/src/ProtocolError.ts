/** Stable codes of {@link ProtocolError}, one per way a frame can be malformed. */
export const ProtocolErrorCode = {
  /** The top-level message type, or an auth sub-type, is not one we know. */
  UnknownMessage: 'PROTOCOL_UNKNOWN_MESSAGE',
  /** The sync sub-type is not step 1, step 2 or update. */
  UnknownSyncMessage: 'PROTOCOL_UNKNOWN_SYNC_MESSAGE',
  /** The frame ends before the message does, or a length prefix exceeds the bytes left. */
  Truncated: 'PROTOCOL_TRUNCATED',
  /** A varUint is longer than 8 bytes or larger than `Number.MAX_SAFE_INTEGER`. */
  VarIntOverflow: 'PROTOCOL_VARINT_OVERFLOW',
  /** The frame holds no byte at all. */
  EmptyFrame: 'PROTOCOL_EMPTY_FRAME',
} as const

/** One of the values of {@link ProtocolErrorCode}. */
export type ProtocolErrorCode = (typeof ProtocolErrorCode)[keyof typeof ProtocolErrorCode]

/** A frame that does not follow the wire format; the message names the bad value and its offset. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError'
  /** Stable code to branch on; the message is for humans and may change. */
  readonly code: ProtocolErrorCode

  constructor(code: ProtocolErrorCode, message: string) {
    super(message)
    this.code = code
  }
}
