import type {
  ExportBlock,
  ExportField,
  ExportInline,
  ExportListItem,
  ExportModel,
  ExportTableCell,
} from './ExportModel.ts'
import { MAX_TABLE_COLUMNS } from './ExportModel.ts'

// GitHub Flavored Markdown (https://github.github.com/gfm/): ATX headings, pipe tables, task
// list items. Underline and highlight have no Markdown syntax: they are written as the inline
// HTML GFM allows (`<u>`, `<mark>`). Written here rather than by pandoc so that Markdown
// exports need nothing installed; the tests read it back with pandoc's GFM reader.

const ESCAPED = /[\\`*_{}[\]<>#|~!]/gu

function escapeText(text: string): string {
  return text.replace(ESCAPED, (char) => `\\${char}`)
}

/** Text at the start of a line that Markdown would read as a list marker or a heading. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(\d+)([.)])/u, '$1$2\\$3').replace(/^(\s*)([-+=])/u, '$1\\$2')
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/gu) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${padding}${text}${padding}${fence}`
}

function inlineMarkdown(inline: ExportInline): string {
  if (inline.type === 'break') return '\\\n'
  const { marks } = inline
  if (marks.code === true) return codeSpan(inline.text)
  // Emphasis markers must touch the text: spaces around it stay outside them.
  const [, before = '', core = '', after = ''] = /^(\s*)(.*?)(\s*)$/su.exec(inline.text) ?? []
  if (core === '') return inline.text
  let text = escapeText(core)
  if (marks.bold === true) text = `**${text}**`
  if (marks.italic === true) text = `*${text}*`
  if (marks.strike === true) text = `~~${text}~~`
  if (marks.underline === true) text = `<u>${text}</u>`
  if (marks.highlight === true) text = `<mark>${text}</mark>`
  if (marks.link !== undefined)
    text = `[${text}](<${marks.link.replace(/[<>\s]/gu, encodeURIComponent)}>)`
  return `${before}${text}${after}`
}

function inlinesMarkdown(content: readonly ExportInline[]): string {
  return escapeLineStart(content.map(inlineMarkdown).join(''))
}

function indent(text: string, width: number): string {
  const pad = ' '.repeat(width)
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : pad + line))
    .join('\n')
}

/**
 * The blocks of a list item: a list right after a paragraph on the next line, so that the list
 * stays tight (pandoc and GitHub read a blank line inside an item as a loose list).
 */
function itemMarkdown(blocks: readonly ExportBlock[]): string {
  return blocks
    .map((block, index) => {
      const text = blockMarkdown(block)
      if (index === 0) return text
      return `${block.type === 'list' ? '\n' : '\n\n'}${text}`
    })
    .join('')
}

function listMarkdown(block: Extract<ExportBlock, { type: 'list' }>): string {
  return block.items
    .map((item: ExportListItem, index) => {
      const marker =
        block.style === 'ordered'
          ? `${block.start + index}.`
          : block.style === 'task'
            ? `- [${item.checked === true ? 'x' : ' '}]`
            : '-'
      const content = itemMarkdown(item.blocks)
      const width = block.style === 'task' ? 2 : marker.length + 1
      const [first = '', ...rest] = indent(content, width).split('\n')
      return [`${marker} ${first.trimStart()}`, ...rest].join('\n')
    })
    .join('\n')
}

function cellMarkdown(blocks: readonly ExportBlock[]): string {
  return blocksMarkdown(blocks).replace(/\n+/gu, ' ').replace(/\|/gu, '\\|').trim()
}

function pipeTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = Math.max(1, header.length, ...rows.map((row) => row.length))
  const line = (cells: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`
  return [line(header), line(Array.from({ length: width }, () => '---')), ...rows.map(line)].join(
    '\n',
  )
}

function tableMarkdown(rows: readonly (readonly ExportTableCell[])[]): string {
  // A cell spanning columns is followed by empty ones: pipe tables have no spans.
  const cells = rows.map((row) =>
    row.flatMap((cell) => [
      cellMarkdown(cell.blocks),
      ...Array.from({ length: cell.colspan - 1 }, () => ''),
    ]),
  )
  const [first = [], ...rest] = cells
  const hasHeader = rows[0]?.every((cell) => cell.header) === true
  return hasHeader ? pipeTable(first, rest) : pipeTable([], cells)
}

function blockMarkdown(block: ExportBlock): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(1, block.level)))} ${block.content.map(inlineMarkdown).join('')}`
    case 'paragraph':
      return inlinesMarkdown(block.content)
    case 'list':
      return listMarkdown(block)
    case 'table':
      return tableMarkdown(block.rows)
    case 'quote':
      return blocksMarkdown(block.blocks)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n')
    case 'rule':
      return '* * *'
    case 'code': {
      const longest = Math.max(2, ...(block.text.match(/`+/gu) ?? []).map((run) => run.length))
      const fence = '`'.repeat(longest + 1)
      return `${fence}\n${block.text}\n${fence}`
    }
    default: {
      const never: never = block
      throw new Error(`unknown block ${JSON.stringify(never)}`)
    }
  }
}

function blocksMarkdown(blocks: readonly ExportBlock[]): string {
  return blocks
    .map(blockMarkdown)
    .filter((text) => text !== '')
    .join('\n\n')
}

function fieldMarkdown(field: ExportField): string {
  const label = `**${escapeText(field.label)}**`
  if (field.type === 'table') {
    if (field.rows.length === 0) return `${label}\u00a0: aucun élément`
    if (field.columns.length > MAX_TABLE_COLUMNS) {
      const items = field.rows.map((row, index) => {
        const lines = field.columns.map(
          (column, columnIndex) =>
            `- **${escapeText(column)}**\u00a0: ${escapeText(row[columnIndex] ?? '')}`,
        )
        return [`*${escapeText(field.itemLabel)} ${index + 1}*`, lines.join('\n')].join('\n\n')
      })
      return [label, ...items].join('\n\n')
    }
    return `${label}\n\n${pipeTable(
      field.columns.map(escapeText),
      field.rows.map((row) => row.map((cell) => escapeText(cell))),
    )}`
  }
  const [first = '', ...rest] = field.paragraphs.map((paragraph) =>
    escapeLineStart(escapeText(paragraph)),
  )
  return rest.length === 0 ? `${label}\u00a0: ${first}` : [label, first, ...rest].join('\n\n')
}

function documentMarkdown(model: ExportModel): string {
  const parts = [`# ${escapeText(model.title)}`, `*${escapeText(model.kindLabel)}*`]
  for (const section of model.sections) {
    parts.push(`## ${escapeText(section.title)}`, ...section.fields.map(fieldMarkdown))
  }
  if (model.bodyHeading !== null) parts.push(`## ${escapeText(model.bodyHeading)}`)
  const body = blocksMarkdown(model.body)
  if (body !== '') parts.push(body)
  parts.push('* * *', `*${escapeText(model.footer)}*`)
  return parts.join('\n\n')
}

/**
 * The exports of one or more documents (a dossier) as GitHub Flavored Markdown, one after the
 * other: for each, the title (level 1), the kind, each section of fields (level 2) with its
 * labelled values and list fields as pipe tables, the rich text, and the footer after a rule.
 */
export function writeMarkdown(models: readonly ExportModel[]): string {
  return `${models.map(documentMarkdown).join('\n\n')}\n`
}
