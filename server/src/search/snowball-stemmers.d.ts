// snowball-stemmers ships JavaScript only: the part of its API the search uses. The rule against
// namespaces is not about ambient module declarations, the one way to type an untyped package.
// eslint-disable-next-line no-restricted-syntax
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
