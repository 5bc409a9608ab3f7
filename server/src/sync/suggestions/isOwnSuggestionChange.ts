import { SuggestionMark, readSuggestionAttributes, type SuggestionAuthor } from '@maillage/schema'

/** One operation of a `Y.Text` delta, as `toDelta()` gives it. */
export interface TextDeltaOp {
  readonly insert?: unknown
  readonly attributes?: Readonly<Record<string, unknown>>
}

/** One character (or embed) of a text with its formatting attributes. */
interface Unit {
  readonly value: unknown
  readonly attributes: Readonly<Record<string, unknown>>
}

const NONE: Readonly<Record<string, unknown>> = {}

/**
 * True when a text went from `before` to `after` (deltas of the same `Y.Text`) by nothing but
 * `author`'s own suggestions: text added under an insertion mark of theirs, text of theirs so
 * marked removed, deletion marks of theirs added or removed. Checked on the content, not on how
 * the Yjs binding wrote it: with the author's insertions left out of both sides, the two texts
 * must be the same characters with the same formatting, but for deletion marks. Anything else —
 * plain typing, removing or restyling others' text, accepting (removing someone's insertion mark,
 * or text under a deletion mark), rejecting others' deletions, or marks forged in someone else's
 * name — is refused.
 *
 * Merging what the author did offline with others' concurrent changes moves formatting in ways
 * no single person chose (Yjs formats ranges by their boundaries), so on text already proposed
 * for deletion the mark may become the author's own, or another one the text already held; and
 * the author's own inserted text may carry any deletion mark. None of these lets them remove
 * text, reject a deletion, or propose in someone else's name to delete text nobody proposed.
 */
export function isOwnSuggestionChange(
  before: readonly TextDeltaOp[],
  after: readonly TextDeltaOp[],
  author: SuggestionAuthor,
): boolean {
  const kept = { before: [] as Unit[], after: [] as Unit[] }
  const deletionsBefore = new Set<string>()
  for (const unit of unitsOf(before)) {
    const deletion = unit.attributes[SuggestionMark.Deletion]
    if (deletion !== undefined) deletionsBefore.add(JSON.stringify(deletion))
    if (!isOwnInsertion(unit, author)) kept.before.push(unit)
  }
  for (const unit of unitsOf(after)) {
    if (!isOwnInsertion(unit, author)) kept.after.push(unit)
  }
  if (kept.before.length !== kept.after.length) return false
  const deletionAllowed = (was: unknown, is: unknown): boolean =>
    is === undefined
      ? was === undefined || isMarkOf(was, author)
      : isMarkOf(is, author) || (was !== undefined && deletionsBefore.has(JSON.stringify(is)))
  return kept.before.every((unit, index) => {
    const other = kept.after[index]
    return other !== undefined && isSameButDeletion(unit, other, deletionAllowed)
  })
}

function unitsOf(delta: readonly TextDeltaOp[]): Unit[] {
  const units: Unit[] = []
  for (const op of delta) {
    const attributes = op.attributes ?? NONE
    if (typeof op.insert === 'string') {
      for (const char of op.insert) units.push({ value: char, attributes })
    } else {
      units.push({ value: JSON.stringify(op.insert), attributes })
    }
  }
  return units
}

function isMarkOf(value: unknown, author: SuggestionAuthor): boolean {
  const attributes = readSuggestionAttributes(value)
  return attributes?.authorId === author.id && attributes.authorName === author.name
}

function isOwnInsertion(unit: Unit, author: SuggestionAuthor): boolean {
  const insertion = unit.attributes[SuggestionMark.Insertion]
  return insertion !== undefined && isMarkOf(insertion, author)
}

function isSameButDeletion(
  before: Unit,
  after: Unit,
  deletionAllowed: (was: unknown, is: unknown) => boolean,
): boolean {
  if (before.value !== after.value) return false
  const keys = new Set([...Object.keys(before.attributes), ...Object.keys(after.attributes)])
  for (const key of keys) {
    const was = before.attributes[key]
    const is = after.attributes[key]
    if (JSON.stringify(was) === JSON.stringify(is)) continue
    if (key !== SuggestionMark.Deletion || !deletionAllowed(was, is)) return false
  }
  return true
}
