import { describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { caretAwareness } from './caretAwareness.ts'

function caretAt(type: Y.XmlText, index: number): { anchor: unknown; head: unknown } {
  return {
    anchor: Y.createRelativePositionFromTypeIndex(type, index),
    head: Y.createRelativePositionFromTypeIndex(type, index),
  }
}

function textDocument(): { doc: Y.Doc; text: Y.XmlText } {
  const doc = new Y.Doc()
  const text = new Y.XmlText('Bonjour')
  doc.getXmlFragment('body').insert(0, [text])
  return { doc, text }
}

describe('caretAwareness', () => {
  it('sends one’s caret once while it stays at the same relative positions', () => {
    const { doc, text } = textDocument()
    const awareness = new Awareness(doc)
    let updates = 0
    awareness.on('update', () => updates++)
    const scheduled: (() => void)[] = []
    const carets = caretAwareness(awareness, (send) => scheduled.push(send))
    const sendScheduled = (): void => {
      for (const send of scheduled.splice(0)) send()
    }

    carets.setLocalStateField('cursor', caretAt(text, 3))
    sendScheduled()
    carets.setLocalStateField('cursor', caretAt(text, 3))
    sendScheduled()
    expect(updates).toBe(1)

    carets.setLocalStateField('user', { name: 'Nadia', color: '#1f6feb' })
    carets.setLocalStateField('user', { name: 'Nadia', color: '#1f6feb' })
    expect(updates).toBe(3)
    awareness.destroy()
  })

  it('sends a moved caret when told (after the frame), the latest of those moved meanwhile', () => {
    const { doc, text } = textDocument()
    const awareness = new Awareness(doc)
    let updates = 0
    awareness.on('update', () => updates++)
    const scheduled: (() => void)[] = []
    const carets = caretAwareness(awareness, (send) => scheduled.push(send))

    carets.setLocalStateField('cursor', caretAt(text, 4))
    carets.setLocalStateField('cursor', caretAt(text, 5))
    carets.setLocalStateField('cursor', caretAt(text, 6))
    expect(updates).toBe(0)
    expect(scheduled).toHaveLength(1)
    for (const send of scheduled.splice(0)) send()
    expect(updates).toBe(1)
    const sent: unknown = awareness.getLocalState()?.['cursor']
    expect(sent).toEqual(caretAt(text, 6))

    // A caret taken away goes at once, and forgets a move not yet sent.
    carets.setLocalStateField('cursor', caretAt(text, 2))
    carets.setLocalStateField('cursor', null)
    expect(updates).toBe(2)
    for (const send of scheduled.splice(0)) send()
    expect(updates).toBe(2)
    expect(awareness.getLocalState()?.['cursor']).toBeNull()
    awareness.destroy()
  })

  it('tells its change listeners about the others’ states, not about one’s own', () => {
    const { doc, text } = textDocument()
    const awareness = new Awareness(doc)
    const other = new Awareness(new Y.Doc())
    const carets = caretAwareness(awareness)
    const seen: number[][] = []
    const listener = (changes: { updated: number[]; added: number[] }): void => {
      seen.push([...changes.added, ...changes.updated])
    }
    carets.on('change', listener)

    carets.setLocalStateField('cursor', caretAt(text, 1))
    expect(seen).toEqual([])

    other.setLocalStateField('user', { name: 'Thomas', color: '#5c6bc0' })
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'distant')
    expect(seen).toEqual([[other.clientID]])

    carets.off('change', listener)
    other.setLocalStateField('user', { name: 'Thomas B.', color: '#5c6bc0' })
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'distant')
    expect(seen).toHaveLength(1)
    awareness.destroy()
    other.destroy()
  })

  it('passes everything else to the awareness', () => {
    const { doc } = textDocument()
    const awareness = new Awareness(doc)
    const carets = caretAwareness(awareness)
    expect(carets.clientID).toBe(awareness.clientID)
    expect(carets.getStates()).toBe(awareness.getStates())
    expect(carets.states).toBe(awareness.states)
    awareness.destroy()
  })
})
