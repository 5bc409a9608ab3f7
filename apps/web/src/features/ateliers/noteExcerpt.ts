/** Most characters of a note's excerpt, before its ellipsis. */
const EXCERPT_MAX_LENGTH = 40

/**
 * The start of a sticky note's text, to tell its buttons apart from those of the other notes of
 * the same author: spaces and line breaks collapsed, cut after a word to at most
 * {@link EXCERPT_MAX_LENGTH} characters, with « … » when cut.
 */
export function noteExcerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if (flat.length <= EXCERPT_MAX_LENGTH) return flat
  const cut = flat.slice(0, EXCERPT_MAX_LENGTH + 1)
  const lastSpace = cut.lastIndexOf(' ')
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : flat.slice(0, EXCERPT_MAX_LENGTH)
  return `${words.replace(/[\s,;:.!?—–-]+$/u, '')}…`
}
