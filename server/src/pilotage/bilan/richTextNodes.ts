import { withFrenchSpacing } from '@maillage/schema'
import type { RichTextJson } from '@maillage/protocol'

// The nodes of the editor's schema (`@maillage/editor`, StarterKit + TableKit) a bilan is drafted
// with, as Tiptap JSON: `writeRichText` turns them into the Y.XmlFragment the editor co-edits.

/** The inline content of a paragraph or a cell: text runs and links. */
export type Inline = readonly RichTextJson[]

/** A text run, French spacing applied. */
export function text(value: string): RichTextJson {
  return { type: 'text', text: withFrenchSpacing(value) }
}

/** A link to a page of the web app (`/documents/…`, `/echanges/…`); the address is kept as is. */
export function link(label: string, href: string): RichTextJson {
  return {
    type: 'text',
    text: withFrenchSpacing(label),
    marks: [{ type: 'link', attrs: { href } }],
  }
}

export function heading(level: 2 | 3, value: string): RichTextJson {
  return { type: 'heading', attrs: { level }, content: [text(value)] }
}

export function paragraph(...content: Inline): RichTextJson {
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
}

export function bulletList(items: readonly Inline[]): RichTextJson {
  return {
    type: 'bulletList',
    content: items.map((content) => ({ type: 'listItem', content: [paragraph(...content)] })),
  }
}

function cell(type: 'tableHeader' | 'tableCell', content: string | Inline): RichTextJson {
  const inline = typeof content === 'string' ? [text(content)] : content
  return { type, content: [paragraph(...inline)] }
}

/**
 * A table with a header row: each row has as many cells as `headers`. People edit it in the
 * document like any table (add a row, a column), so the figures stay a starting point.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly (string | Inline)[])[],
): RichTextJson {
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: headers.map((header) => cell('tableHeader', header)) },
      ...rows.map((row) => ({
        type: 'tableRow',
        content: row.map((value) => cell('tableCell', value)),
      })),
    ],
  }
}

/** A link to a document of Maillage (fiche action, feuille de route…). */
export function documentLink(label: string, documentId: string): RichTextJson {
  return link(label, `/documents/${documentId}`)
}

/** A link to a thread of the échanges. */
export function threadLink(label: string, threadId: string): RichTextJson {
  return link(label, `/echanges/${threadId}`)
}

/** A paragraph in italics: the source line under a table or a list. */
export function italicParagraph(value: string): RichTextJson {
  return {
    type: 'paragraph',
    content: [{ type: 'text', text: withFrenchSpacing(value), marks: [{ type: 'italic' }] }],
  }
}
