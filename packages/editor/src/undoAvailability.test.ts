import { getSchema } from '@tiptap/core'
import { EditorState } from '@tiptap/pm/state'
import { ySyncPlugin, ySyncPluginKey, yUndoPlugin } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createContentExtensions } from './createContentExtensions.ts'
import { canRedo, canUndo } from './undoAvailability.ts'

const schema = getSchema(createContentExtensions())

describe('canUndo and canRedo', () => {
  it('follow one’s own changes on the Yjs undo stack, not the others’', () => {
    const doc = new Y.Doc()
    const body = doc.getXmlFragment('body')
    const state = EditorState.create({ schema, plugins: [ySyncPlugin(body), yUndoPlugin()] })
    expect(canUndo(state)).toBe(false)

    // Someone else's paragraph: not one's own to undo.
    doc.transact(() => {
      body.insert(0, [new Y.XmlElement('paragraph')])
    }, 'distant')
    expect(canUndo(state)).toBe(false)

    // One's own typing comes through the binding (origin: its plugin key).
    doc.transact(() => {
      body.insert(1, [new Y.XmlElement('paragraph')])
    }, ySyncPluginKey)
    expect(canUndo(state)).toBe(true)
    expect(canRedo(state)).toBe(false)
  })

  it('are false in an editor without the Yjs binding', () => {
    const state = EditorState.create({ schema })
    expect(canUndo(state)).toBe(false)
    expect(canRedo(state)).toBe(false)
  })
})
