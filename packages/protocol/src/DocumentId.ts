import { InvalidDocumentIdError } from './InvalidDocumentIdError.ts'

/** The id of a document, also its room name and the last segment of its `/sync/` URL. */
export type DocumentId = string & { readonly __brand: 'DocumentId' }

/** Longest document id accepted, in characters. */
export const MAX_DOCUMENT_ID_LENGTH = 128

const forbiddenCharacter = /[^A-Za-z0-9_.-]/u

function findDocumentIdProblem(value: string): string | undefined {
  if (value.length === 0) return 'is empty'
  if (value.length > MAX_DOCUMENT_ID_LENGTH) {
    return `is ${value.length} characters long, more than ${MAX_DOCUMENT_ID_LENGTH}`
  }
  // A leading dot would make '.', '..' and hidden files possible wherever ids become file names.
  if (value.startsWith('.')) return "starts with '.'"
  const match = forbiddenCharacter.exec(value)
  if (match !== null) {
    return `contains ${JSON.stringify(match[0])} at index ${match.index}, outside [A-Za-z0-9_.-]`
  }
  return undefined
}

/** Tells whether a string is a valid document id: 1 to 128 of `[A-Za-z0-9_.-]`, not starting with '.'. */
export function isDocumentId(value: string): value is DocumentId {
  return findDocumentIdProblem(value) === undefined
}

/**
 * Validates a string as a {@link DocumentId} (1 to 128 of `[A-Za-z0-9_.-]`, not starting with
 * '.'); throws {@link InvalidDocumentIdError} otherwise.
 */
export function parseDocumentId(value: string): DocumentId {
  const problem = findDocumentIdProblem(value)
  if (problem !== undefined) throw new InvalidDocumentIdError(value, problem)
  // The one place a string becomes a DocumentId: it has just been validated.
  return value as DocumentId
}
