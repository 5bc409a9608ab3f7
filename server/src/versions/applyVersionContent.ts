import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'

/**
 * Sets the title, the structured fields and the body of `target` (the live document, inside a
 * transaction) to those of `source` (a version's Y.Doc), changing only what differs so that a
 * person editing an untouched field keeps their place: a text (title, prose field) is rewritten
 * in place, another field value replaced by a copy, the body's blocks replaced when the body
 * differs. The other roots (`meta`, threads, walls, comments) stay as they are: the history
 * restores what people wrote, not what the server or the discussion around it recorded.
 */
export function applyVersionContent(target: Y.Doc, source: Y.Doc): void {
  rewriteText(target.getText(DocumentRoot.Title), source.getText(DocumentRoot.Title))
  applyFields(target.getMap(DocumentRoot.Fields), source.getMap(DocumentRoot.Fields))
  const body = target.getXmlFragment(DocumentRoot.Body)
  const sourceBody = source.getXmlFragment(DocumentRoot.Body)
  if (body.toString() !== sourceBody.toString()) {
    body.delete(0, body.length)
    // A hook (y-prosemirror never writes one) has no place in a body: left out.
    const blocks = sourceBody
      .toArray()
      .flatMap((child) => (child instanceof Y.XmlHook ? [] : [child.clone()]))
    body.insert(0, blocks)
  }
}

function applyFields(fields: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const key of [...fields.keys()]) {
    if (!source.has(key)) fields.delete(key)
  }
  for (const [key, value] of source.entries()) {
    const current = fields.get(key)
    if (current instanceof Y.Text && value instanceof Y.Text) {
      rewriteText(current, value)
    } else if (JSON.stringify(jsonOf(current)) !== JSON.stringify(jsonOf(value))) {
      fields.set(key, copyOf(value))
    }
  }
}

/** Rewrites `text` as `source` (formatting included) when they differ. */
function rewriteText(text: Y.Text, source: Y.Text): void {
  if (JSON.stringify(text.toDelta()) === JSON.stringify(source.toDelta())) return
  text.delete(0, text.length)
  text.applyDelta(source.toDelta() as unknown[])
}

function jsonOf(value: unknown): unknown {
  return value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value
}

/** A value of another document made insertable here: shared types are cloned, the rest kept. */
function copyOf(value: unknown): unknown {
  if (value instanceof Y.AbstractType) return (value as Y.AbstractType<unknown>).clone()
  return value
}
