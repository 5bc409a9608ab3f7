/** Name of the Y.Doc root (a Y.XmlFragment) that holds a document's rich text. */
export const BODY_FIELD = 'body'

/** Name of the Y.Doc root (a Y.Text) that holds a document's title, co-edited. */
export const TITLE_FIELD = 'title'
