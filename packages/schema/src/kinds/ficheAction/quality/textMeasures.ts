const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu
const DIACRITICS = /\p{M}/gu

/** The number of words of a text: runs of letters and digits, « l’emploi » and « co-pilote » count once. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}

/** Lower case without accents, so that « Écosystème » and « ecosysteme » compare equal. */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase()
}

/** Shortest word kept when comparing texts: drops « le », « des », « pour »… */
const MIN_COMPARED_WORD_LENGTH = 5

/** The distinct words of 5 letters or more of a text, normalized. */
export function significantWords(text: string): ReadonlySet<string> {
  const words = normalizeText(text).match(WORD) ?? []
  return new Set(words.filter((word) => word.length >= MIN_COMPARED_WORD_LENGTH))
}

/** How much two texts share their vocabulary. */
export interface TextOverlap {
  /** Jaccard index of the significant words: |A ∩ B| / |A ∪ B|, 0 when both are empty. */
  readonly jaccard: number
  /** Share of the first text’s significant words found in the second: |A ∩ B| / |A|. */
  readonly containment: number
}

/** Measures how much of `a`’s vocabulary `b` shares (see {@link significantWords}). */
export function measureOverlap(a: string, b: string): TextOverlap {
  const wordsA = significantWords(a)
  const wordsB = significantWords(b)
  let shared = 0
  for (const word of wordsA) if (wordsB.has(word)) shared += 1
  const union = wordsA.size + wordsB.size - shared
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: wordsA.size === 0 ? 0 : shared / wordsA.size,
  }
}

/** Tells whether a text holds a figure (a digit), as a chiffred problématique or bilan should. */
export function hasFigure(text: string): boolean {
  return /\p{N}/u.test(text)
}
