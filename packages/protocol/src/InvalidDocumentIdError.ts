const PREVIEW_LENGTH = 64

/** A string that is not a valid document id; the message quotes it (shortened) and says why. */
export class InvalidDocumentIdError extends Error {
  override readonly name = 'InvalidDocumentIdError'
  /** Stable code to branch on; the message is for humans and may change. */
  readonly code = 'PROTOCOL_INVALID_DOCUMENT_ID'

  constructor(value: string, problem: string) {
    const preview = value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value
    super(`invalid document id ${JSON.stringify(preview)}: ${problem}`)
  }
}
