import * as Y from 'yjs'
import type { TextDeltaOp } from './isOwnSuggestionChange.ts'

/**
 * The content of a text with its formatting, like `Y.Text.toDelta()`, leaving out the items
 * `skip` names (they and their formatting read as if absent).
 */
export function textDeltaOf(text: Y.XmlText, skip: (item: Y.Item) => boolean): TextDeltaOp[] {
  const ops: TextDeltaOp[] = []
  let attributes: Readonly<Record<string, unknown>> = {}
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || skip(item)) continue
    const content = item.content
    if (content instanceof Y.ContentFormat) {
      // A format item with null ends its attribute.
      const merged: Record<string, unknown> = { ...attributes, [content.key]: content.value }
      attributes = Object.fromEntries(Object.entries(merged).filter(([, each]) => each !== null))
    } else if (content instanceof Y.ContentString) {
      ops.push({ insert: content.str, attributes })
    } else if (content instanceof Y.ContentEmbed) {
      ops.push({ insert: content.embed, attributes })
    } else if (content instanceof Y.ContentType) {
      ops.push({ insert: content.type.toJSON(), attributes })
    }
  }
  return ops
}
