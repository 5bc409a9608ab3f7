import { getSchema } from '@tiptap/core'
import type { Node } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { createContentExtensions } from '../createContentExtensions.ts'
import { createSuggestionLister, listSuggestions } from './listSuggestions.ts'

const schema = getSchema(createContentExtensions())

function insertion(id: string): ReturnType<typeof schema.mark> {
  return schema.mark('insertion', {
    id,
    authorId: 'marie',
    authorName: 'Marie Durand',
    at: '2026-12-07T10:00:00.000Z',
  })
}

function documentOf(): Node {
  const paragraph = (...content: Node[]): Node => schema.node('paragraph', null, content)
  return schema.node('doc', null, [
    paragraph(schema.text('Le plan')),
    paragraph(schema.text('Les ateliers '), schema.text('de mai', [insertion('s1')])),
    paragraph(schema.text(' et de juin', [insertion('s1')])),
  ])
}

describe('createSuggestionLister', () => {
  it('lists as listSuggestions does, a suggestion over two paragraphs as one', () => {
    const doc = documentOf()
    const list = createSuggestionLister()(doc)
    expect(list).toEqual(listSuggestions(doc))
    expect(list).toMatchObject([{ id: 's1', text: 'de mai et de juin', from: 23 }])
  })

  it('returns the same list while the document is the same, and follows edits elsewhere', () => {
    const lister = createSuggestionLister()
    const state = EditorState.create({ schema, doc: documentOf() })
    const first = lister(state.doc)
    const selected = state.apply(state.tr.setSelection(state.selection))
    expect(lister(selected.doc)).toBe(first)

    const edited = state.apply(state.tr.insertText('Ordre du jour : ', 1))
    const after = lister(edited.doc)
    expect(after).toEqual(listSuggestions(edited.doc))
    expect(after[0]?.from).toBe(23 + 'Ordre du jour : '.length)
  })
})
