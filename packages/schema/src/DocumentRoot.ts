/**
 * The fixed roots of every document's Y.Doc: `title` (Y.Text, co-edited), `meta` (Y.Map: kind,
 * status and timestamps set by the server), `fields` (Y.Map: the structured fields of its kind) and
 * `body` (Y.XmlFragment: the rich text edited with Tiptap).
 */
export const DocumentRoot = {
  Title: 'title',
  Meta: 'meta',
  Fields: 'fields',
  Body: 'body',
} as const
export type DocumentRoot = (typeof DocumentRoot)[keyof typeof DocumentRoot]
