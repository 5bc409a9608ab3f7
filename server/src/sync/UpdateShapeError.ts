/** Stable codes of {@link UpdateShapeError}, one per bound on what a client may write. */
export const UpdateShapeErrorCode = {
  /** A new shared type nests deeper than its root (or its field of `fields`) allows. */
  TooDeep: 'SYNC_UPDATE_TOO_DEEP',
  /** The update creates more shared types than one update may. */
  TooManyTypes: 'SYNC_UPDATE_TOO_MANY_TYPES',
  /** The update gives a map more keys than a map may hold. */
  TooManyKeys: 'SYNC_UPDATE_TOO_MANY_KEYS',
  /** A new shared type or map entry hangs from something neither the document nor the update has. */
  Unresolved: 'SYNC_UPDATE_UNRESOLVED',
  /** The update embeds a subdocument, which Maillage documents never hold. */
  Subdocument: 'SYNC_UPDATE_SUBDOCUMENT',
  /** Placing the update's items among concurrent insertions would hold the event loop too long. */
  TooCostly: 'SYNC_UPDATE_TOO_COSTLY',
} as const

/** One of the values of {@link UpdateShapeErrorCode}. */
export type UpdateShapeErrorCode = (typeof UpdateShapeErrorCode)[keyof typeof UpdateShapeErrorCode]

/** A client's Yjs update that would write more, or deeper, than a document may hold. */
export class UpdateShapeError extends Error {
  override readonly name = 'UpdateShapeError'
  /** Stable code to branch on; the message is for humans and may change. */
  readonly code: UpdateShapeErrorCode

  constructor(code: UpdateShapeErrorCode, message: string) {
    // The room logs the message only: it names the code.
    super(`${code}: ${message}`)
    this.code = code
  }
}
