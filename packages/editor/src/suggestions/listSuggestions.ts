import type { Node } from '@tiptap/pm/model'
import {
  SuggestionMark,
  readSuggestionAttributes,
  type SuggestionAttributes,
} from '@maillage/schema'

/** One suggestion of a document: its kind, author, time and the text it adds or removes. */
export interface SuggestionSummary extends SuggestionAttributes {
  readonly kind: SuggestionMark
  /** The text it concerns, its pieces joined. */
  readonly text: string
  /** Where its first piece starts in the document (to order and to go to it). */
  readonly from: number
}

/** A piece of a suggestion in one top-level block, `from` counted from the block's start. */
interface Piece {
  readonly key: string
  readonly summary: SuggestionSummary
}

/**
 * The suggestions of a document in reading order, one per suggestion id and kind (the pieces of
 * one suggestion, split by other formatting, are joined).
 */
export function listSuggestions(doc: Node): SuggestionSummary[] {
  return createSuggestionLister()(doc)
}

/**
 * {@link listSuggestions} for the successive states of one editor: the pieces of each top-level
 * block are read once per version of that block (ProseMirror keeps the blocks an edit did not
 * touch), so a keystroke re-reads one paragraph instead of the whole document, and a state whose
 * document did not change returns the previous list.
 */
export function createSuggestionLister(): (doc: Node) => SuggestionSummary[] {
  const piecesOfBlock = new WeakMap<Node, readonly Piece[]>()
  let lastDoc: Node | null = null
  let last: SuggestionSummary[] = []
  const piecesAt = (doc: Node, index: number): readonly Piece[] => {
    const block = doc.child(index)
    // Most blocks are where they were: compared by identity before any lookup.
    if (lastDoc !== null && index < lastDoc.childCount && lastDoc.child(index) === block) {
      return piecesOfBlock.get(block) ?? []
    }
    let pieces = piecesOfBlock.get(block)
    if (pieces === undefined) {
      pieces = piecesOf(block)
      if (pieces.length > 0) piecesOfBlock.set(block, pieces)
    }
    return pieces
  }
  return (doc) => {
    if (doc === lastDoc) return last
    const byKey = new Map<string, { summary: SuggestionSummary; text: string }>()
    let offset = 0
    for (let index = 0; index < doc.childCount; index++) {
      for (const { key, summary } of piecesAt(doc, index)) {
        const entry = byKey.get(key)
        if (entry === undefined) {
          byKey.set(key, {
            summary: { ...summary, from: summary.from + offset },
            text: summary.text,
          })
        } else {
          entry.text += summary.text
        }
      }
      offset += doc.child(index).nodeSize
    }
    lastDoc = doc
    last = [...byKey.values()].map(({ summary, text }) => ({ ...summary, text }))
    return last
  }
}

// The suggestion marks of the text in `block`, in order, positions from the block's start.
function piecesOf(block: Node): readonly Piece[] {
  const pieces: Piece[] = []
  const collect = (node: Node, pos: number): boolean => {
    if (!node.isText) return true
    for (const mark of node.marks) {
      const kind = mark.type.name
      if (kind !== SuggestionMark.Insertion && kind !== SuggestionMark.Deletion) continue
      const attributes = readSuggestionAttributes(mark.attrs)
      if (attributes === null) continue
      pieces.push({
        key: `${kind}:${attributes.id}`,
        summary: { ...attributes, kind, text: node.text ?? '', from: pos },
      })
    }
    return false
  }
  if (block.isText) collect(block, 0)
  else block.descendants((node, pos) => collect(node, pos + 1))
  return pieces
}
