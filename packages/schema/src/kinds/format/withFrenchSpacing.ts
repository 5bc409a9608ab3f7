/** No-break space: before « : » and « % », and inside guillemets. */
const NBSP = '\u00a0'
/** Narrow no-break space: before « ; », « ? » and « ! ». */
const NNBSP = '\u202f'

/**
 * Applies the French spacing rules to a sentence written with ordinary spaces: a no-break space
 * before « : » and « % » and inside « guillemets », a narrow no-break space before « ; ? ! », so
 * that a line never starts with the sign. Text only: never apply it to an address.
 */
export function withFrenchSpacing(sentence: string): string {
  return sentence
    .replace(/[ \u00a0\u202f]*([:%])/gu, (_match, sign: string) => `${NBSP}${sign}`)
    .replace(/[ \u00a0\u202f]*([;?!])/gu, (_match, sign: string) => `${NNBSP}${sign}`)
    .replace(/«[ \u00a0\u202f]*/gu, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/gu, `${NBSP}»`)
}
