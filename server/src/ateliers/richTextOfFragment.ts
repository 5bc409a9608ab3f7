import * as Y from 'yjs'
import type { RichTextJson, RichTextMarkJson } from '@maillage/protocol'

// The shape Tiptap's Collaboration extension (y-prosemirror) gives rich text in a Y.XmlFragment:
// one Y.XmlElement per node, named after its type, with its attrs as attributes; text in
// Y.XmlText whose formatting attributes are the marks (`{ bold: {} }`, `{ link: { href } }`).
// A mark that may overlap itself is stored as `<type>--<hash>`; the suffix is not the type.

function markTypeOf(attribute: string): string {
  const separator = attribute.indexOf('--')
  return separator === -1 ? attribute : attribute.slice(0, separator)
}

function marksOf(attributes: unknown): RichTextMarkJson[] {
  if (typeof attributes !== 'object' || attributes === null) return []
  return Object.entries(attributes as Record<string, unknown>).map(([name, attrs]) => {
    const type = markTypeOf(name)
    return typeof attrs === 'object' && attrs !== null && Object.keys(attrs).length > 0
      ? { type, attrs: attrs as Record<string, unknown> }
      : { type }
  })
}

function textNodesOf(text: Y.XmlText): RichTextJson[] {
  const delta = text.toDelta() as { insert?: unknown; attributes?: unknown }[]
  return delta.flatMap((operation) => {
    if (typeof operation.insert !== 'string' || operation.insert === '') return []
    const marks = marksOf(operation.attributes)
    return [{ type: 'text', text: operation.insert, ...(marks.length === 0 ? {} : { marks }) }]
  })
}

function nodesOf(children: readonly unknown[]): RichTextJson[] {
  return children.flatMap((child): RichTextJson[] => {
    if (child instanceof Y.XmlText) return textNodesOf(child)
    if (!(child instanceof Y.XmlElement)) return []
    const attrs = child.getAttributes() as Record<string, unknown>
    const content = nodesOf(child.toArray())
    return [
      {
        type: child.nodeName,
        ...(Object.keys(attrs).length === 0 ? {} : { attrs }),
        ...(content.length === 0 ? {} : { content }),
      },
    ]
  })
}

/** The rich text of a Y.XmlFragment (a document's `body`) as Tiptap JSON: a `doc` node. */
export function richTextOfFragment(fragment: Y.XmlFragment): RichTextJson {
  return { type: 'doc', content: nodesOf(fragment.toArray()) }
}
