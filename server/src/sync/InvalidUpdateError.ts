/** A client's Yjs update that does not decode, or breaks an invariant Yjs relies on without checking. */
export class InvalidUpdateError extends Error {
  override readonly name = 'InvalidUpdateError'
  /** Stable code to branch on; the message is for humans and may change. */
  readonly code = 'SYNC_INVALID_UPDATE'
}
