import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { RelativePositionJsonView } from '@maillage/protocol'
import { isAnchorInBody } from './isAnchorInBody.ts'

/** A document with a paragraph of text in `body` and a title. */
function documentWithText(): { doc: Y.Doc; text: Y.XmlText } {
  const doc = new Y.Doc()
  const paragraph = new Y.XmlElement('paragraph')
  const text = new Y.XmlText()
  paragraph.insert(0, [text])
  doc.getXmlFragment('body').insert(0, [paragraph])
  text.insert(0, 'Le comité se réunit.')
  doc.getText('title').insert(0, 'Calendrier')
  return { doc, text }
}

const json = (position: Y.RelativePosition): RelativePositionJsonView =>
  Y.relativePositionToJSON(position) as RelativePositionJsonView

describe('isAnchorInBody', () => {
  it('accepts positions on characters and at the end of a paragraph of the rich text', () => {
    const { doc, text } = documentWithText()
    expect(isAnchorInBody(doc, json(Y.createRelativePositionFromTypeIndex(text, 3)))).toBe(true)
    expect(isAnchorInBody(doc, json(Y.createRelativePositionFromTypeIndex(text, 0, -1)))).toBe(true)
    expect(isAnchorInBody(doc, { tname: 'body' })).toBe(true)
  })

  it('refuses positions in another root', () => {
    const { doc } = documentWithText()
    const title = doc.getText('title')
    expect(isAnchorInBody(doc, json(Y.createRelativePositionFromTypeIndex(title, 2)))).toBe(false)
    expect(isAnchorInBody(doc, { tname: 'title' })).toBe(false)
    expect(isAnchorInBody(doc, {})).toBe(false)
  })

  it('accepts a position on content the server has not received yet', () => {
    const { doc } = documentWithText()
    expect(isAnchorInBody(doc, { item: { client: 42, clock: 7 } })).toBe(true)
  })
})
