import type { RichTextJson } from '@maillage/protocol'

// Blocks that hold nothing once their text is blank; any other node (a table, a rule…) counts.
const TEXT_CONTAINERS: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
])

/** Whether `node` shows nothing: blank text, line breaks, or containers of only those. */
function isBlank(node: RichTextJson): boolean {
  if (node.type === 'text') return (node.text ?? '').trim() === ''
  if (node.type === 'hardBreak') return true
  return TEXT_CONTAINERS.has(node.type) && (node.content ?? []).every(isBlank)
}

function levelOf(heading: RichTextJson | undefined): number {
  const level = heading?.attrs?.['level']
  return typeof level === 'number' ? level : 1
}

/** Whether something other than headings follows `blocks[index]` within its section. */
function hasContent(blocks: readonly RichTextJson[], index: number): boolean {
  const level = levelOf(blocks[index])
  for (const block of blocks.slice(index + 1)) {
    if (block.type !== 'heading') return true
    if (levelOf(block) <= level) return false
  }
  return false
}

/**
 * The top-level blocks of the shared notes (a Tiptap `doc`) that were written in: blank
 * paragraphs and lists are left out, and so is every heading whose section (up to the next
 * heading of its level or above) holds nothing else, like the template's headings nobody wrote
 * under. A heading kept keeps its subsections.
 */
export function selectWrittenNotes(notes: RichTextJson): RichTextJson[] {
  // A heading with a title is blank for none: it stays until its section is known to be empty.
  const blocks = (notes.content ?? []).filter((block) => !isBlank(block))
  return blocks.filter((block, index) => block.type !== 'heading' || hasContent(blocks, index))
}
