/** Stable codes of {@link CopyError}. */
export const CopyErrorCode = {
  /** The data directory holds no `metadata.json`: not a Maillage data directory. */
  SourceMissing: 'COPY_SOURCE_MISSING',
  /** The PostgreSQL database already holds documents or metadata. */
  TargetNotEmpty: 'COPY_TARGET_NOT_EMPTY',
} as const
export type CopyErrorCode = (typeof CopyErrorCode)[keyof typeof CopyErrorCode]

/** The copy of a data directory into PostgreSQL was refused before anything was written. */
export class CopyError extends Error {
  readonly code: CopyErrorCode

  constructor(code: CopyErrorCode, message: string) {
    super(message)
    this.name = 'CopyError'
    this.code = code
  }
}
