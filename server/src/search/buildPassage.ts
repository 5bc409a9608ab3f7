import { termOf, wordsOf, type WordSpan } from './frenchTerms.ts'
import type { PassageSegment } from './SearchIndex.ts'

/** Length of a passage, in characters (about three lines of results). */
export const PASSAGE_LENGTH = 240

/** Characters of context kept before the first matched word. */
const CONTEXT_BEFORE = 60

/**
 * The passage of `text` around the first word whose index term is one of `terms`, cut to
 * {@link PASSAGE_LENGTH} characters at word boundaries (« … » marks a cut), with every word of
 * `terms` in it marked. Null when no word of `text` matches.
 */
export function buildPassage(text: string, terms: ReadonlySet<string>): PassageSegment[] | null {
  const words = wordsOf(text)
  const isMatch = (span: WordSpan): boolean => {
    const term = termOf(span.word)
    return term !== null && terms.has(term)
  }
  const first = words.findIndex(isMatch)
  if (first === -1) return null
  const window = windowAround(text, words, first)
  const segments: PassageSegment[] = []
  let cursor = window.start
  for (const span of words) {
    if (span.start < window.start || span.end > window.end || !isMatch(span)) continue
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), match: false })
    segments.push({ text: span.word, match: true })
    cursor = span.end
  }
  if (window.end > cursor) segments.push({ text: text.slice(cursor, window.end), match: false })
  return withEllipses(segments, window.start > 0, window.end < text.length)
}

function windowAround(
  text: string,
  words: readonly WordSpan[],
  first: number,
): { start: number; end: number } {
  const matched = words[first]
  if (matched === undefined) return { start: 0, end: Math.min(text.length, PASSAGE_LENGTH) }
  // Start at the first word within the context before the match, so no word is cut.
  const from = Math.max(0, matched.start - CONTEXT_BEFORE)
  const start = from === 0 ? 0 : (words.find((span) => span.start >= from)?.start ?? matched.start)
  const limit = start + PASSAGE_LENGTH
  if (limit >= text.length) return { start, end: text.length }
  let end = matched.end
  for (const span of words) {
    if (span.start >= matched.start && span.end <= limit) end = span.end
  }
  return { start, end }
}

function withEllipses(
  segments: PassageSegment[],
  cutBefore: boolean,
  cutAfter: boolean,
): PassageSegment[] {
  // Line breaks between blocks read as spaces in one passage.
  const flat = segments.map((segment) => ({ ...segment, text: segment.text.replace(/\s+/g, ' ') }))
  if (cutBefore) flat.unshift({ text: '… ', match: false })
  if (cutAfter) flat.push({ text: ' …', match: false })
  return flat
}
