import { singularOf, wordsOf } from './frenchTerms.ts'

/**
 * `text` as PostgreSQL's French configuration is given it to index and to query: its words in
 * lower case, plurals made singular (`singularOf`: its Snowball stemmer keeps the « s » of
 * « emplois »), separated by spaces. Accents stay: the configuration folds them.
 */
export function postgresSearchText(text: string): string {
  return wordsOf(text)
    .map(({ word }) => singularOf(word.toLowerCase()))
    .join(' ')
}

/**
 * A `to_tsquery` text matching any form of the query's words as written in a document — singular
 * and plurals in « s » and « x » — for `ts_headline`, which reads the document as written. Words
 * hold only letters and digits, so nothing in it is an operator. Empty for a query without words.
 */
export function postgresHeadlineQuery(query: string): string {
  return wordsOf(query)
    .flatMap(({ word }) => {
      const singular = singularOf(word.toLowerCase())
      return [singular, `${singular}s`, `${singular}x`]
    })
    .join(' | ')
}
