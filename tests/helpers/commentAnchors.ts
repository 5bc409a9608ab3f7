import * as Y from 'yjs'
import type {
  CommentAnchorView,
  CommentThreadView,
  RelativePositionJsonView,
} from '@maillage/protocol'

/**
 * Writes one paragraph of plain text into the rich text (`body`) of `doc`, as Tiptap holds it (an
 * XmlElement `paragraph` holding an XmlText), and returns its text.
 */
export function writeParagraph(doc: Y.Doc, text: string): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph')
  const content = new Y.XmlText()
  paragraph.insert(0, [content])
  doc.getXmlFragment('body').insert(0, [paragraph])
  content.insert(0, text)
  return content
}

/** The first paragraph's text of `doc`'s body. */
export function firstParagraph(doc: Y.Doc): Y.XmlText {
  const paragraph = doc.getXmlFragment('body').get(0)
  if (!(paragraph instanceof Y.XmlElement)) throw new Error('the body has no paragraph')
  const text = paragraph.get(0)
  if (!(text instanceof Y.XmlText)) throw new Error('the paragraph has no text')
  return text
}

/**
 * The anchor of `passage` in `text` the way the editor makes it: the start sticks to the first
 * character of the passage, the end to its last, so that typing just outside stays outside.
 */
export function anchorOf(text: Y.XmlText, passage: string): CommentAnchorView {
  const start = text.toJSON().indexOf(passage)
  if (start < 0) throw new Error(`"${passage}" is not in the text`)
  const end = start + passage.length
  return {
    type: 'texte',
    start: Y.relativePositionToJSON(
      Y.createRelativePositionFromTypeIndex(text, start, 0),
    ) as RelativePositionJsonView,
    end: Y.relativePositionToJSON(
      Y.createRelativePositionFromTypeIndex(text, end, -1),
    ) as RelativePositionJsonView,
    quote: passage,
  }
}

/** The text a thread's anchor covers in `doc` now; '' once the passage has been deleted. */
export function anchoredText(doc: Y.Doc, thread: CommentThreadView): string {
  const { anchor } = thread
  if (anchor.type !== 'texte') throw new Error('not anchored in the text')
  const start = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON(anchor.start),
    doc,
  )
  const end = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON(anchor.end),
    doc,
  )
  if (start === null || end === null || start.type !== end.type) return ''
  if (end.index <= start.index) return ''
  return start.type instanceof Y.XmlText ? start.type.toJSON().slice(start.index, end.index) : ''
}

/** The threads of the `comments` root of `doc`, by id. */
export function threadsOf(doc: Y.Doc): Map<string, CommentThreadView> {
  return new Map(doc.getMap<CommentThreadView>('comments').entries())
}
