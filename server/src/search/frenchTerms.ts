import { newStemmer } from 'snowball-stemmers'
import { FRENCH_STOP_WORDS } from './frenchStopWords.ts'

const stemmer = newStemmer('french')

/** A word of a text: letters and digits, with where it starts and ends (UTF-16 offsets). */
export interface WordSpan {
  readonly word: string
  readonly start: number
  readonly end: number
}

// Letters (with their combining accents) and digits; apostrophes and hyphens split words, as
// « l’emploi » is « l » + « emploi » and « Hauts-de-France » three words.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu

/** The words of `text`, in order, with their offsets. */
export function wordsOf(text: string): WordSpan[] {
  const words: WordSpan[] = []
  for (const match of text.matchAll(WORD)) {
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length })
  }
  return words
}

/** `text` in lower case without accents (NFD, combining marks removed): « Pôle » → « pole ». */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * A plural's singular for the stemmer, which keeps the « s » of « emplois » but not of
 * « formations »: a final « s » (not « ss ») of a word of 4 letters or more goes, and « eaux »
 * becomes « eau ». Applied alike to documents and queries, so both forms meet.
 */
export function singularOf(word: string): string {
  if (word.length < 4) return word
  if (word.endsWith('eaux')) return word.slice(0, -1)
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/**
 * The index term of one word: case and accents folded, plural made singular, then the French
 * Snowball stem; null for a stop word. « Emplois », « emploi » → « emploi »; « Pôle », « pole »
 * → « pol ».
 */
export function termOf(word: string): string | null {
  const folded = foldAccents(word)
  if (FRENCH_STOP_WORDS.has(folded)) return null
  return stemmer.stem(singularOf(folded))
}

/** The index terms of a text, in order, stop words left out. */
export function termsOf(text: string): string[] {
  return wordsOf(text).flatMap(({ word }) => termOf(word) ?? [])
}
