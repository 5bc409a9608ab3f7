/**
 * The names of the two suggestion marks of the rich text (track changes). Through the Yjs binding
 * they are also the keys of the formatting attributes of the document's `Y.XmlText`s, which the
 * server reads to check what a suggest-only connection writes.
 */
export const SuggestionMark = {
  /** Text someone proposes to add. */
  Insertion: 'insertion',
  /** Text someone proposes to remove: kept, struck through, until accepted or rejected. */
  Deletion: 'deletion',
} as const

/** One of the values of {@link SuggestionMark}. */
export type SuggestionMark = (typeof SuggestionMark)[keyof typeof SuggestionMark]

/** Who suggests: the account id and the name shown beside the suggestion. */
export interface SuggestionAuthor {
  readonly id: string
  readonly name: string
}

/**
 * The attributes of a suggestion mark: which suggestion it belongs to (`id`, shared by every piece
 * of one continuous change), its author, and when it was made (ISO 8601).
 */
export interface SuggestionAttributes {
  readonly id: string
  readonly authorId: string
  readonly authorName: string
  readonly at: string
}

/** Bounds of the attributes, checked by the server on what a suggest-only connection writes. */
export const MAX_SUGGESTION_ID_LENGTH = 64
export const MAX_SUGGESTION_AUTHOR_NAME_LENGTH = 200

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/

/** Reads a mark's attributes as {@link SuggestionAttributes}; null when they are not well formed. */
export function readSuggestionAttributes(value: unknown): SuggestionAttributes | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, authorId, authorName, at } = value as Record<string, unknown>
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_SUGGESTION_ID_LENGTH) return null
  if (typeof authorId !== 'string' || authorId.length === 0) return null
  if (typeof authorName !== 'string' || authorName.length > MAX_SUGGESTION_AUTHOR_NAME_LENGTH) {
    return null
  }
  if (typeof at !== 'string' || !ISO_INSTANT.test(at)) return null
  return { id, authorId, authorName, at }
}
