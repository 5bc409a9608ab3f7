/** Stable codes of {@link MetadataError}. */
export const MetadataErrorCode = {
  Invalid: 'METADATA_INVALID',
  Corrupted: 'METADATA_CORRUPTED',
  Conflict: 'METADATA_CONFLICT',
  Closed: 'METADATA_CLOSED',
  TooNew: 'METADATA_TOO_NEW',
  /** A snapshot was imported into a store that holds records already. */
  NotEmpty: 'METADATA_NOT_EMPTY',
} as const
export type MetadataErrorCode = (typeof MetadataErrorCode)[keyof typeof MetadataErrorCode]

/** A metadata store refused a write or could not read its data. */
export class MetadataError extends Error {
  readonly code: MetadataErrorCode

  constructor(code: MetadataErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'MetadataError'
    this.code = code
  }
}
