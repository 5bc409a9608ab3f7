import type { RichTextJson } from '@maillage/protocol'

/** One block of rich text as compared: its node type, a heading's level, and its plain text. */
export interface BodyBlock {
  readonly type: string
  readonly level?: number
  readonly text: string
}

/** Nodes whose children are blocks of their own (each item of a list compares on its own). */
const CONTAINERS: ReadonlySet<string> = new Set([
  'bulletList',
  'orderedList',
  'taskList',
  'blockquote',
  'table',
])

/** Nodes whose children are the items or rows of the container (each one block). */
const ITEMS: ReadonlySet<string> = new Set(['listItem', 'taskItem', 'tableRow'])

/** Inline nodes: their texts join without a space. */
const INLINE: ReadonlySet<string> = new Set(['text', 'hardBreak', 'mention'])

/**
 * The blocks of a body, in reading order: each paragraph, heading or code block; each item of a
 * list (nested lists give their own items after it) and each row of a table (cells joined by
 * « | »). Empty paragraphs are left out: they change nothing people read.
 */
export function bodyBlocks(body: RichTextJson): BodyBlock[] {
  return (body.content ?? []).flatMap(blocksOf)
}

function blocksOf(node: RichTextJson): BodyBlock[] {
  if (CONTAINERS.has(node.type)) return (node.content ?? []).flatMap(blocksOf)
  if (ITEMS.has(node.type)) return itemBlocks(node)
  const text = textOf(node)
  if (text === '' && node.type === 'paragraph') return []
  const level = node.attrs?.level
  return [{ type: node.type, ...(typeof level === 'number' ? { level } : {}), text }]
}

/** An item or a row: its own text, then the blocks of the lists nested in it. */
function itemBlocks(node: RichTextJson): BodyBlock[] {
  const children = node.content ?? []
  const nested = children.filter((child) => CONTAINERS.has(child.type))
  const own = children.filter((child) => !CONTAINERS.has(child.type))
  const separator = node.type === 'tableRow' ? ' | ' : ' '
  const text = own.map(textOf).join(separator)
  return [{ type: node.type, text }, ...nested.flatMap(blocksOf)]
}

/** The plain text of a node: its text nodes joined, hard breaks as spaces. */
export function textOf(node: RichTextJson): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return ' '
  if (node.type === 'mention') {
    const label = node.attrs?.label
    return typeof label === 'string' ? `@${label}` : '@'
  }
  const children = node.content ?? []
  // Blocks inside a block (cells, paragraphs of an item) read as separate words.
  const isInline = children.every((child) => INLINE.has(child.type))
  return children.map(textOf).join(isInline ? '' : ' ')
}
