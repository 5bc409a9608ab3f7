import * as Y from 'yjs'
import type { TemplateBlock } from '@maillage/schema'

/**
 * Writes a kind's template into an empty `body` fragment, in the shape Tiptap's Collaboration
 * extension (y-prosemirror) reads: one Y.XmlElement per node, named after the node type, its attrs
 * as attributes (`heading` has a numeric `level`), text in Y.XmlText. Bullet lists are
 * `bulletList` > `listItem` > `paragraph`. A template that ends with another block gets an empty
 * paragraph after it: the editor's trailing node would add it when someone opens the document,
 * a change that made them its last editor and the author of a version. Call inside the
 * transaction that creates the document.
 */
export function writeTemplate(body: Y.XmlFragment, template: readonly TemplateBlock[]): void {
  const last = template.at(-1)
  const blocks: readonly TemplateBlock[] =
    last === undefined || last.type === 'paragraph'
      ? template
      : [...template, { type: 'paragraph', text: '' }]
  body.insert(body.length, blocks.map(elementOf))
}

function elementOf(block: TemplateBlock): Y.XmlElement {
  switch (block.type) {
    case 'heading': {
      // y-prosemirror hands attributes to ProseMirror as they are: `level` must stay a number.
      const heading = new Y.XmlElement<{ level: number }>('heading')
      heading.setAttribute('level', block.level)
      appendText(heading, block.text)
      return heading as Y.XmlElement
    }
    case 'paragraph':
      return textElement('paragraph', block.text)
    case 'bulletList': {
      const list = new Y.XmlElement('bulletList')
      list.insert(
        0,
        block.items.map((item) => {
          const listItem = new Y.XmlElement('listItem')
          listItem.insert(0, [textElement('paragraph', item)])
          return listItem
        }),
      )
      return list
    }
    default: {
      const unknown: never = block
      throw new Error(`unknown template block ${JSON.stringify(unknown)}`)
    }
  }
}

function textElement(nodeName: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(nodeName)
  appendText(element, text)
  return element
}

function appendText(element: Y.XmlElement<{ level: number }> | Y.XmlElement, text: string): void {
  // An empty paragraph is an element without text, as ProseMirror writes it.
  if (text !== '') element.insert(0, [new Y.XmlText(text)])
}
