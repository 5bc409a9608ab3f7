import * as Y from 'yjs'

// What the tests of breakout groups read and write in a live session's Y.Doc.

/** The text of every paragraph of a rich-text root of `doc`. */
export function paragraphsOf(doc: Y.Doc, root: string): string[] {
  return doc
    .getXmlFragment(root)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map(String).join('') : ''))
    .map((text) => text.replace(/<[^>]*>/gu, ''))
}

/** Appends a paragraph of `text` to the rich-text root `root` of `doc`. */
export function appendParagraph(doc: Y.Doc, root: string, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  const fragment = doc.getXmlFragment(root)
  fragment.insert(fragment.length, [paragraph])
}

/** Adds a note of `authorId` to the wall of breakout group `n` of a session's document. */
export function addGroupWallNote(doc: Y.Doc, n: number, authorId: string, text: string): void {
  const note = new Y.Map<unknown>()
  note.set('id', `${authorId}-${text.length}`)
  note.set('text', text)
  note.set('authorId', authorId)
  doc.getArray<unknown>(`groupWall-${n}`).push([note])
}
