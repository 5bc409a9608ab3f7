/**
 * What a word of a word cloud may hold: letters (any script, accents included), digits, hyphens
 * and apostrophes (straight or typographic), one to forty of them, no space.
 */
export const WORD_PATTERN = /^[\p{L}\p{N}'’-]{1,40}$/u

/**
 * The form a word is counted under: lower-cased, accents taken off, the typographic apostrophe
 * made straight, and a simple French plural dropped — a final `s` or `x` after at least three
 * letters (« mobilités » → « mobilite », « réseaux » → « reseau »; « bus », « prix » are kept as
 * short words are: « bus » → « bus »). Irregular plurals (« travail » / « travaux ») are the
 * facilitator's to merge.
 */
export function normaliseWord(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'")
  if (plain.length > 3 && (plain.endsWith('s') || plain.endsWith('x'))) {
    return plain.slice(0, -1)
  }
  return plain
}
