/** Stable codes of {@link StoreError}. */
export const StoreErrorCode = {
  Corrupted: 'STORE_CORRUPTED',
  Closed: 'STORE_CLOSED',
} as const
export type StoreErrorCode = (typeof StoreErrorCode)[keyof typeof StoreErrorCode]

/** Where a {@link StoreError} about unreadable data was found, for the logs and the operator. */
export interface StoreErrorPlace {
  readonly documentId?: string
  /** Path of the unreadable file. */
  readonly file?: string
  /** Byte offset of the first unreadable byte in `file`. */
  readonly offset?: number
}

/** A document store could not answer: its data is unreadable, or it was closed. */
export class StoreError extends Error {
  readonly code: StoreErrorCode
  readonly documentId: string | undefined
  readonly file: string | undefined
  readonly offset: number | undefined

  constructor(
    code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown; place?: StoreErrorPlace },
  ) {
    super(message, options)
    this.name = 'StoreError'
    this.code = code
    // Own fields, so that the logger's error serializer writes them beside the message.
    this.documentId = options?.place?.documentId
    this.file = options?.place?.file
    this.offset = options?.place?.offset
  }
}
