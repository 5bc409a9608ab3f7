// snowball-stemmers ships JavaScript only: the part of its API the search uses.
declare module 'snowball-stemmers' {
  /** A Snowball stemmer of one language. */
  export interface Stemmer {
    stem(word: string): string
  }
  /** A stemmer for `algorithm` (`'french'`, …); throws for an unknown one. */
  export function newStemmer(algorithm: string): Stemmer
  /** The names of the algorithms available. */
  export function algorithms(): string[]
}
