import * as Y from 'yjs'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { SuggestionGuard } from './SuggestionGuard.ts'

const marie = { id: 'marie', name: 'Marie Durand' }
const insertion = {
  id: 's1',
  authorId: 'marie',
  authorName: 'Marie Durand',
  at: '2026-12-07T10:00:00.000Z',
}

function roomDocument(text: string): Y.Doc {
  const doc = new Y.Doc()
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  doc.getXmlFragment('body').insert(0, [paragraph])
  return doc
}

// What a client writes on its copy of `room`, as one update.
function editOf(room: Y.Doc, edit: (text: Y.XmlText, body: Y.XmlFragment) => void): Uint8Array {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room))
  const before = Y.encodeStateVector(client)
  const body = client.getXmlFragment('body')
  const paragraph = body.get(0) as Y.XmlElement
  client.transact(() => {
    edit(paragraph.get(0) as Y.XmlText, body)
  })
  return Y.encodeStateAsUpdate(client, before)
}

function guard(): SuggestionGuard {
  return new SuggestionGuard({
    documentId: parseDocumentId('doc-1'),
    logger: pino({ level: 'silent' }),
  })
}

describe('SuggestionGuard', () => {
  it('admits an insertion of the author, then follows the room’s document', () => {
    const room = roomDocument('Le plan')
    const checker = guard()
    const first = editOf(room, (text) => {
      text.insert(7, ' local', { insertion })
    })
    expect(checker.admits(room, first, marie)).toBe(true)
    Y.applyUpdate(room, first)
    const second = editOf(room, (text) => {
      text.insert(13, 'e', { insertion })
    })
    expect(checker.admits(room, second, marie)).toBe(true)
  })

  it('judges the content, not where the binding wrote it: a letter typed before the same letter', () => {
    // What y-prosemirror writes for « ab » → « a[b]b »: the new « b » at index 2, then formats.
    const room = roomDocument('ab')
    const update = editOf(room, (text) => {
      text.insert(2, 'b')
      text.format(1, 1, { insertion })
      text.format(2, 1, { insertion: null })
    })
    expect(guard().admits(room, update, marie)).toBe(true)
  })

  it('refuses plain typing and leaves the room’s document untouched', () => {
    const room = roomDocument('Le plan')
    const update = editOf(room, (text) => {
      text.insert(7, ' local')
    })
    expect(guard().admits(room, update, marie)).toBe(false)
    expect(room.getXmlFragment('body').toString()).toBe('<paragraph>Le plan</paragraph>')
  })

  it('refuses a new paragraph, even one holding only the author’s suggestion', () => {
    const room = roomDocument('Le plan')
    const update = editOf(room, (_text, body) => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText()])
      body.insert(1, [paragraph])
      ;(paragraph.get(0) as Y.XmlText).insert(0, 'suite', { insertion })
    })
    expect(guard().admits(room, update, marie)).toBe(false)
  })

  it('builds its copy again after a refusal', () => {
    const room = roomDocument('Le plan')
    const checker = guard()
    expect(
      checker.admits(
        room,
        editOf(room, (text) => {
          text.delete(0, 3)
        }),
        marie,
      ),
    ).toBe(false)
    const update = editOf(room, (text) => {
      text.format(0, 3, { deletion: { ...insertion, id: 's2' } })
    })
    expect(checker.admits(room, update, marie)).toBe(true)
  })
})
