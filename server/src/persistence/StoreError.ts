/** Stable codes of {@link StoreError}. */
export const StoreErrorCode = {
  Corrupted: 'STORE_CORRUPTED',
  Closed: 'STORE_CLOSED',
} as const
export type StoreErrorCode = (typeof StoreErrorCode)[keyof typeof StoreErrorCode]

/** A document store could not answer: its data is unreadable, or it was closed. */
export class StoreError extends Error {
  readonly code: StoreErrorCode

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreError'
    this.code = code
  }
}
