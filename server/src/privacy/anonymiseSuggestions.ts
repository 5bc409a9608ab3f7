import * as Y from 'yjs'
import { DocumentRoot, readSuggestionAttributes, SuggestionMark } from '@maillage/schema'
import { FORMER_MEMBER_IN_CONTENT } from './formerMember.ts'

const MARKS: readonly SuggestionMark[] = [SuggestionMark.Insertion, SuggestionMark.Deletion]

/**
 * Replaces a deleted person's name in their pending suggestions of the rich text (`body`) by
 * « ancien membre »: the marks `insertion` and `deletion` are formatting attributes of the body's
 * `Y.XmlText`s (`{ id, authorId, authorName, at }`); each run of theirs is formatted again with the
 * same attributes but `authorName`, so the text, the suggestion's id and its time stay. Returns
 * whether anything changed.
 */
export function anonymiseSuggestions(doc: Y.Doc, accountId: string): boolean {
  let changed = false
  for (const text of textsOf(doc.getXmlFragment(DocumentRoot.Body))) {
    if (anonymiseText(text, accountId)) changed = true
  }
  return changed
}

function anonymiseText(text: Y.XmlText, accountId: string): boolean {
  const runs: { offset: number; length: number; attributes: Record<string, unknown> }[] = []
  let offset = 0
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1
    const attributes: Record<string, unknown> = {}
    for (const mark of MARKS) {
      const suggestion = readSuggestionAttributes(op.attributes?.[mark])
      if (suggestion?.authorId !== accountId) continue
      if (suggestion.authorName === FORMER_MEMBER_IN_CONTENT) continue
      attributes[mark] = { ...suggestion, authorName: FORMER_MEMBER_IN_CONTENT }
    }
    if (Object.keys(attributes).length > 0) runs.push({ offset, length, attributes })
    offset += length
  }
  // Formatting moves no character: the offsets read before stay right while writing.
  for (const run of runs) text.format(run.offset, run.length, run.attributes)
  return runs.length > 0
}

// Every text of the fragment, at any depth (paragraphs, list items, table cells…).
function textsOf(node: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return node.toArray().flatMap((child) => {
    if (child instanceof Y.XmlText) return [child]
    if (child instanceof Y.XmlElement) return textsOf(child)
    return []
  })
}
