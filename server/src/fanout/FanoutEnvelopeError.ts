/** Stable codes of {@link FanoutEnvelopeError}. */
export const FanoutEnvelopeErrorCode = {
  /** The envelope ends before its fields do, or a length prefix exceeds the bytes left. */
  Truncated: 'FANOUT_ENVELOPE_TRUNCATED',
  /** The message type is not one of `FanoutMessageType`. */
  UnknownType: 'FANOUT_ENVELOPE_UNKNOWN_TYPE',
  /** A varUint is longer than 8 bytes or above `Number.MAX_SAFE_INTEGER`. */
  VarIntOverflow: 'FANOUT_ENVELOPE_VARINT_OVERFLOW',
  /**
   * The sender id is empty or too long, the document id is not a valid one, or an owner entry has
   * an unknown kind or an account id over `MAX_OWNER_ID_LENGTH`.
   */
  InvalidField: 'FANOUT_ENVELOPE_INVALID_FIELD',
} as const

/** One of the values of {@link FanoutEnvelopeErrorCode}. */
export type FanoutEnvelopeErrorCode =
  (typeof FanoutEnvelopeErrorCode)[keyof typeof FanoutEnvelopeErrorCode]

/** An envelope read from Redis that does not follow the fan-out format; it is logged and dropped. */
export class FanoutEnvelopeError extends Error {
  override readonly name = 'FanoutEnvelopeError'
  /** Stable code to branch on; the message names the bad value and its offset. */
  readonly code: FanoutEnvelopeErrorCode

  constructor(code: FanoutEnvelopeErrorCode, message: string) {
    super(message)
    this.code = code
  }
}
