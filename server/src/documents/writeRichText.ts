import * as Y from 'yjs'
import type { RichTextJson } from '@maillage/protocol'

function attributesOf(node: RichTextJson): Record<string, unknown> {
  const attributes: Record<string, unknown> = {}
  for (const mark of node.marks ?? []) attributes[mark.type] = mark.attrs ?? {}
  return attributes
}

/** A run of text nodes as one Y.XmlText, each part formatted by its marks (none: plain). */
function textOf(run: readonly RichTextJson[]): Y.XmlText {
  const text = new Y.XmlText()
  let index = 0
  for (const node of run) {
    const value = node.text ?? ''
    // Not yet in a document: Yjs keeps these inserts and applies them once it is integrated.
    text.insert(index, value, attributesOf(node))
    index += value.length
  }
  return text
}

type AttributeValue = string | number | boolean | object

function isAttributeValue(value: unknown): value is AttributeValue {
  const type = typeof value
  return (
    value !== null &&
    (type === 'string' || type === 'number' || type === 'boolean' || type === 'object')
  )
}

function elementOf(node: RichTextJson): Y.XmlElement {
  const element = new Y.XmlElement<Record<string, AttributeValue>>(node.type)
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    // y-prosemirror leaves null attributes out and hands the others to ProseMirror as they are
    // (a heading's `level` stays a number).
    if (isAttributeValue(value)) element.setAttribute(name, value)
  }
  element.insert(0, childrenOf(node.content ?? []))
  return element as Y.XmlElement
}

/** The children of an element: each run of text nodes becomes one Y.XmlText. */
function childrenOf(nodes: readonly RichTextJson[]): (Y.XmlElement | Y.XmlText)[] {
  const children: (Y.XmlElement | Y.XmlText)[] = []
  let run: RichTextJson[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      if ((node.text ?? '') !== '') run.push(node)
      continue
    }
    if (run.length > 0) children.push(textOf(run))
    run = []
    children.push(elementOf(node))
  }
  if (run.length > 0) children.push(textOf(run))
  return children
}

/**
 * Appends the block nodes of `doc` (a Tiptap `doc` node) to a Y.XmlFragment in the shape Tiptap's
 * Collaboration extension reads (see `richTextOfFragment`). Call inside a transaction
 * (`DocumentContent.change`).
 */
export function writeRichText(fragment: Y.XmlFragment, doc: RichTextJson): void {
  const blocks = (doc.content ?? []).filter((node) => node.type !== 'text').map(elementOf)
  fragment.insert(fragment.length, blocks)
}
