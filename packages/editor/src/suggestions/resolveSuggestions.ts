import type { Mark } from '@tiptap/pm/model'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import {
  SuggestionMark,
  readSuggestionAttributes,
  type SuggestionAttributes,
} from '@maillage/schema'
import { markAsResolution } from './SuggestionMode.ts'

/** Accept a suggestion (its insertion stays, its deletion goes) or reject it (the reverse). */
export type SuggestionDecision = 'accept' | 'reject'

interface Piece {
  readonly from: number
  readonly to: number
  readonly mark: Mark
}

/**
 * A transaction that accepts or rejects every suggestion whose attributes `matches` selects (one
 * suggestion by id, or all of one person's): an accepted insertion loses its mark, an accepted
 * deletion removes its text; a rejected insertion removes its text, a rejected deletion loses its
 * mark. Marked so that the suggestion mode lets it through. Null when nothing matches.
 */
export function resolveSuggestions(
  state: EditorState,
  matches: (suggestion: SuggestionAttributes) => boolean,
  decision: SuggestionDecision,
): Transaction | null {
  const pieces: Piece[] = []
  state.doc.descendants((node, pos) => {
    if (!node.isText) return true
    for (const mark of node.marks) {
      const name = mark.type.name
      if (name !== SuggestionMark.Insertion && name !== SuggestionMark.Deletion) continue
      const attributes = readSuggestionAttributes(mark.attrs)
      if (attributes !== null && matches(attributes)) {
        pieces.push({ from: pos, to: pos + node.nodeSize, mark })
      }
    }
    return false
  })
  if (pieces.length === 0) return null
  const tr = state.tr
  for (const piece of pieces) {
    // Through the mapping: an earlier piece may have removed text before this one.
    const from = tr.mapping.map(piece.from, 1)
    const to = tr.mapping.map(piece.to, -1)
    if (to <= from) continue
    const removesText =
      (piece.mark.type.name === SuggestionMark.Insertion) === (decision === 'reject')
    if (removesText) tr.delete(from, to)
    else tr.removeMark(from, to, piece.mark)
  }
  return markAsResolution(tr)
}
