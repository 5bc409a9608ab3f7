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

/**
 * The suggestions of a document in reading order, one per suggestion id and kind (the pieces of
 * one suggestion, split by other formatting, are joined).
 */
export function listSuggestions(doc: Node): SuggestionSummary[] {
  const byKey = new Map<string, { summary: SuggestionSummary; text: string }>()
  doc.descendants((node, pos) => {
    if (!node.isText) return true
    for (const mark of node.marks) {
      const kind = mark.type.name
      if (kind !== SuggestionMark.Insertion && kind !== SuggestionMark.Deletion) continue
      const attributes = readSuggestionAttributes(mark.attrs)
      if (attributes === null) continue
      const key = `${kind}:${attributes.id}`
      const entry = byKey.get(key)
      if (entry === undefined) {
        byKey.set(key, {
          summary: { ...attributes, kind, text: '', from: pos },
          text: node.text ?? '',
        })
      } else {
        entry.text += node.text ?? ''
      }
    }
    return false
  })
  return [...byKey.values()].map(({ summary, text }) => ({ ...summary, text }))
}
