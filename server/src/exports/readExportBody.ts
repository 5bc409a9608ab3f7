import * as Y from 'yjs'
import type {
  ExportBlock,
  ExportInline,
  ExportListItem,
  ExportMarks,
  ExportTableCell,
} from './ExportModel.ts'
import { frenchText } from './frenchText.ts'

// The shape Tiptap's Collaboration extension gives rich text in a Y.XmlFragment: one
// Y.XmlElement per node, named after its type, attrs as attributes; text in Y.XmlText whose
// formatting attributes are the marks (`bold`, `link: { href }`), a mark that may overlap itself
// stored as `<type>--<hash>`.
//
// Suggestions are marks too (`insertion`, `deletion`: the editor's suggestion mode, see
// packages/editor/src/suggestions). An export holds the agreed text — pending suggestions rejected — so inserted
// text (and a node marked inserted) is left out and deleted text is kept as plain text.

type Attributes = Readonly<Record<string, unknown>>

function markName(attribute: string): string {
  return /^(.*)--[a-zA-Z0-9+/=]{8}$/u.exec(attribute)?.[1] ?? attribute
}

function marksOf(attributes: Attributes): ExportMarks | null {
  const marks: { -readonly [K in keyof ExportMarks]: ExportMarks[K] } = {}
  for (const [attribute, value] of Object.entries(attributes)) {
    switch (markName(attribute)) {
      case 'insertion':
        return null
      case 'bold':
      case 'italic':
      case 'underline':
      case 'strike':
      case 'highlight':
      case 'code':
        marks[markName(attribute) as 'bold'] = true
        break
      case 'link': {
        const href = (value as { href?: unknown } | null)?.href
        if (typeof href === 'string' && href !== '') marks.link = href
        break
      }
      default:
        // deletion and unknown marks: the text reads as it is.
        break
    }
  }
  return marks
}

function inlinesOfText(text: Y.XmlText): ExportInline[] {
  const delta = text.toDelta() as { insert?: unknown; attributes?: Attributes }[]
  return delta.flatMap((operation): ExportInline[] => {
    if (typeof operation.insert !== 'string' || operation.insert === '') return []
    const marks = marksOf(operation.attributes ?? {})
    if (marks === null) return []
    const value =
      marks.link === undefined && marks.code !== true
        ? frenchText(operation.insert)
        : operation.insert
    return [{ type: 'text', text: value, marks }]
  })
}

function isInserted(element: Y.XmlElement): boolean {
  const marks: unknown = element.getAttribute('marks')
  return (
    Array.isArray(marks) &&
    marks.some(
      (mark: unknown) => markName(String((mark as { type?: unknown }).type)) === 'insertion',
    )
  )
}

function childrenOf(element: Y.XmlElement | Y.XmlFragment): (Y.XmlElement | Y.XmlText)[] {
  return element
    .toArray()
    .filter(
      (child): child is Y.XmlElement | Y.XmlText =>
        child instanceof Y.XmlText || (child instanceof Y.XmlElement && !isInserted(child)),
    )
}

function inlinesOf(element: Y.XmlElement): ExportInline[] {
  return childrenOf(element).flatMap((child): ExportInline[] => {
    if (child instanceof Y.XmlText) return inlinesOfText(child)
    if (child.nodeName === 'hardBreak') return [{ type: 'break' }]
    return inlinesOf(child)
  })
}

function numberAttribute(element: Y.XmlElement, name: string, fallback: number): number {
  const value: unknown = element.getAttribute(name)
  const number = typeof value === 'number' ? value : Number(value)
  return Number.isInteger(number) && number > 0 ? number : fallback
}

function itemsOf(list: Y.XmlElement): ExportListItem[] {
  return childrenOf(list).flatMap((item): ExportListItem[] => {
    if (!(item instanceof Y.XmlElement)) return []
    const blocks = blocksOf(item)
    if (item.nodeName !== 'taskItem') return [{ blocks }]
    const checked: unknown = item.getAttribute('checked')
    return [{ checked: checked === true || checked === 'true', blocks }]
  })
}

function rowsOf(table: Y.XmlElement): ExportTableCell[][] {
  return childrenOf(table).flatMap((row): ExportTableCell[][] => {
    if (!(row instanceof Y.XmlElement)) return []
    const cells = childrenOf(row).flatMap((cell): ExportTableCell[] =>
      cell instanceof Y.XmlElement
        ? [
            {
              header: cell.nodeName === 'tableHeader',
              colspan: numberAttribute(cell, 'colspan', 1),
              blocks: blocksOf(cell),
            },
          ]
        : [],
    )
    return cells.length === 0 ? [] : [cells]
  })
}

function textContent(element: Y.XmlElement): string {
  return childrenOf(element)
    .map((child) =>
      child instanceof Y.XmlText ? (child.toString() as string) : textContent(child),
    )
    .join('')
}

function blockOf(element: Y.XmlElement): ExportBlock[] {
  switch (element.nodeName) {
    case 'heading':
      return [
        {
          type: 'heading',
          level: numberAttribute(element, 'level', 2),
          content: inlinesOf(element),
        },
      ]
    case 'paragraph':
      return [{ type: 'paragraph', content: inlinesOf(element) }]
    case 'bulletList':
      return [{ type: 'list', style: 'bullet', start: 1, items: itemsOf(element) }]
    case 'orderedList':
      return [
        {
          type: 'list',
          style: 'ordered',
          start: numberAttribute(element, 'start', 1),
          items: itemsOf(element),
        },
      ]
    case 'taskList':
      return [{ type: 'list', style: 'task', start: 1, items: itemsOf(element) }]
    case 'table':
      return [{ type: 'table', rows: rowsOf(element) }]
    case 'blockquote':
      return [{ type: 'quote', blocks: blocksOf(element) }]
    case 'horizontalRule':
      return [{ type: 'rule' }]
    case 'codeBlock':
      return [{ type: 'code', text: textContent(element) }]
    default:
      // A node of no known type (written by a newer client): keep its blocks, else its text.
      return blocksOf(element)
  }
}

/** The blocks inside an element (or the whole body); text directly inside is one paragraph. */
function blocksOf(parent: Y.XmlElement | Y.XmlFragment): ExportBlock[] {
  return childrenOf(parent).flatMap((child): ExportBlock[] => {
    if (child instanceof Y.XmlText) {
      const content = inlinesOfText(child)
      return content.length === 0 ? [] : [{ type: 'paragraph', content }]
    }
    return blockOf(child)
  })
}

/**
 * The rich text of a document's `body` as export blocks, pending suggestions rejected (the text
 * everyone has agreed on), French spacing applied to text outside links and code.
 */
export function readExportBody(body: Y.XmlFragment): ExportBlock[] {
  return blocksOf(body)
}
