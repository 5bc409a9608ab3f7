/** The name a deleted account keeps in records, shown wherever its id is (authors, last editors). */
export const FORMER_MEMBER_NAME = 'Ancien membre'

/**
 * How a deleted person is named inside documents' content (messages, comments, suggestions, wall
 * notes, measurements, an avis's adoption): lower case, as it reads within a sentence.
 */
export const FORMER_MEMBER_IN_CONTENT = 'ancien membre'
