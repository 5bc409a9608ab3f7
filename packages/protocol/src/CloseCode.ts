/**
 * The websocket close codes the server uses; `PROTOCOL.md` says when each one is sent.
 * Codes 4000–4999 are private use (RFC 6455 §7.4.2); ours mirror the HTTP status of the same cause.
 */
export const CloseCode = {
  /** Orderly close with nothing wrong. */
  Normal: 1000,
  /** The server is shutting down after saving; the client should reconnect later. */
  GoingAway: 1001,
  /** Sent by `ws` itself for a frame beyond its hard ceiling, before the server sees a byte of it. */
  MessageTooBig: 1009,
  /** The server failed while handling the connection (a bug, or the document could not be loaded). */
  InternalError: 1011,
  /** The frame could not be decoded or applied, or was a text frame. */
  BadMessage: 4400,
  /** The session or token behind the connection is no longer valid. */
  Unauthenticated: 4401,
  /**
   * The connection's access to the document was revoked, or it wrote what it may not: a part of
   * the document closed to it, or under a client id of another account (in an update or awareness).
   */
  Forbidden: 4403,
  /**
   * The send buffer kept growing: the client does not read as fast as the room writes. Outside
   * 4400–4499 on purpose, so the stock client reconnects and resyncs from its state vector.
   */
  TooSlow: 4503,
  /**
   * A frame or an awareness update exceeded its size limit, or the connection announced more
   * awareness client ids than it may.
   */
  TooLarge: 4413,
  /** Too many messages per second, or too many while the document was loading. */
  RateLimited: 4429,
} as const

/** One of the values of {@link CloseCode}. */
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

const closeCodes: ReadonlySet<number> = new Set(Object.values(CloseCode))

/** Tells whether a number is one of the named {@link CloseCode} values. */
export function isCloseCode(value: number): value is CloseCode {
  return closeCodes.has(value)
}
