import type { RichTextJson } from '@maillage/protocol'
import { withFrenchSpacing } from '@maillage/schema'

// The nodes of the editor's schema (`@maillage/editor`) a numéro is drafted with, as Tiptap JSON:
// `writeRichText` turns them into the Y.XmlFragment the regional team co-edits.

/** A text run, French spacing applied. */
export function text(value: string): RichTextJson {
  return { type: 'text', text: withFrenchSpacing(value) }
}

/** A link: a path of the web app or an address, kept as is. */
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

export function paragraph(...content: readonly RichTextJson[]): RichTextJson {
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: [...content] }
}

export function bulletList(items: readonly (readonly RichTextJson[])[]): RichTextJson {
  return {
    type: 'bulletList',
    content: items.map((content) => ({ type: 'listItem', content: [paragraph(...content)] })),
  }
}
