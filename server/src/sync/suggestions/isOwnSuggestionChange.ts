import { SuggestionMark, readSuggestionAttributes, type SuggestionAuthor } from '@maillage/editor'

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
 * must be the same characters with the same formatting, but for deletion marks that are absent
 * or the author's on each side. Anything else — plain typing, removing or restyling others'
 * text, accepting (removing someone's insertion mark, or text under a deletion mark), rejecting
 * others' deletions, or marks forged in someone else's name — is refused.
 */
export function isOwnSuggestionChange(
  before: readonly TextDeltaOp[],
  after: readonly TextDeltaOp[],
  author: SuggestionAuthor,
): boolean {
  const kept = { before: [] as Unit[], after: [] as Unit[] }
  for (const [side, delta] of [
    ['before', before],
    ['after', after],
  ] as const) {
    for (const unit of unitsOf(delta)) {
      const insertion = unit.attributes[SuggestionMark.Insertion]
      if (insertion === undefined || !isMarkOf(insertion, author)) {
        kept[side].push(unit)
      } else if (side === 'after' && !hasOwnOrNoDeletion(unit, author)) {
        return false
      }
    }
  }
  if (kept.before.length !== kept.after.length) return false
  return kept.before.every((unit, index) => {
    const other = kept.after[index]
    return other !== undefined && isSameButOwnDeletion(unit, other, author)
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

function hasOwnOrNoDeletion(unit: Unit, author: SuggestionAuthor): boolean {
  const deletion = unit.attributes[SuggestionMark.Deletion]
  return deletion === undefined || isMarkOf(deletion, author)
}

function isSameButOwnDeletion(before: Unit, after: Unit, author: SuggestionAuthor): boolean {
  if (before.value !== after.value) return false
  const keys = new Set([...Object.keys(before.attributes), ...Object.keys(after.attributes)])
  for (const key of keys) {
    const was = before.attributes[key]
    const is = after.attributes[key]
    if (JSON.stringify(was) === JSON.stringify(is)) continue
    if (key !== SuggestionMark.Deletion) return false
    if (!hasOwnOrNoDeletion(before, author) || !hasOwnOrNoDeletion(after, author)) return false
  }
  return true
}
