import * as Y from 'yjs'
import type { RelativePositionJsonView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'

/**
 * Whether a relative position (already shaped by `relativePositionSchema`) may point into the rich
 * text (`body`) of `doc`: it decodes, and the item or type it names is in `body` — or is not in
 * `doc` yet (the author's last keystrokes may reach the server after the comment), in which case
 * the client resolves it once they arrive. A root other than `body` is refused.
 */
export function isAnchorInBody(doc: Y.Doc, json: RelativePositionJsonView): boolean {
  const position = Y.createRelativePositionFromJSON(json)
  if (position.tname !== null) return position.tname === DocumentRoot.Body
  const id = position.item ?? position.type
  if (id === null) return false
  if (id.clock >= Y.getState(doc.store, id.client)) return true
  const struct = Y.getItem(doc.store, id) as Y.Item | Y.GC
  if (!(struct instanceof Y.Item)) return false
  if (position.item !== null) {
    return struct.parent instanceof Y.AbstractType && isInBody(doc, struct.parent)
  }
  // The end of a nested type, named by its item: that item's content is the type.
  return struct.content instanceof Y.ContentType && isInBody(doc, struct.content.type)
}

/** Whether `type` is the `body` root of `doc` or nested in it. */
function isInBody(doc: Y.Doc, type: Y.AbstractType<unknown>): boolean {
  let current: Y.AbstractType<unknown> = type
  while (current._item !== null) {
    const parent: unknown = current._item.parent
    if (!(parent instanceof Y.AbstractType)) return false
    current = parent
  }
  return doc.share.get(DocumentRoot.Body) === current
}
