import { getSchema } from '@tiptap/core'
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { createContentExtensions } from '../createContentExtensions.ts'
import { listSuggestions } from './listSuggestions.ts'
import { resolveSuggestions } from './resolveSuggestions.ts'
import { suggestTransaction, type SuggestionContext } from './suggestTransaction.ts'

const schema = getSchema(createContentExtensions())

function contextOf(id: string, name: string): SuggestionContext {
  let next = 0
  return {
    author: { id, name },
    now: () => '2026-12-07T10:00:00.000Z',
    newId: () => `${id}-${++next}`,
  }
}
const marie = contextOf('marie', 'Marie Durand')
const paul = contextOf('paul', 'Paul Leroy')

function stateOf(text: string): EditorState {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text(text)])])
  return EditorState.create({ schema, doc })
}

function apply(state: EditorState, edit: (tr: Transaction) => void, context = marie): EditorState {
  const tr = state.tr
  edit(tr)
  const tracked = suggestTransaction(tr, state, context)
  if (tracked === null) throw new Error('refused')
  return state.apply(tracked)
}

function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing')
  return value
}

describe('suggestTransaction', () => {
  it('keeps typed text as an insertion of its author, one suggestion while typing on', () => {
    let state = stateOf('Le plan')
    state = apply(state, (tr) => tr.insertText(' local', 8))
    state = apply(state, (tr) => tr.insertText('e', 14))
    expect(state.doc.textContent).toBe('Le plan locale')
    const [only, ...others] = listSuggestions(state.doc)
    expect(others).toEqual([])
    expect(only).toMatchObject({ kind: 'insertion', text: ' locale', authorId: 'marie' })
    expect(only?.authorName).toBe('Marie Durand')
  })

  it('strikes deleted text instead of removing it, and moves the caret before it', () => {
    let state = stateOf('Le plan local')
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 14)))
    state = apply(state, (tr) => tr.delete(9, 14))
    expect(state.doc.textContent).toBe('Le plan local')
    expect(listSuggestions(state.doc)).toMatchObject([{ kind: 'deletion', text: 'local' }])
    expect(state.selection.head).toBe(9)
  })

  it('really removes what its author suggested adding', () => {
    let state = stateOf('Le plan')
    state = apply(state, (tr) => tr.insertText(' local', 8))
    state = apply(state, (tr) => tr.delete(8, 14))
    expect(state.doc.textContent).toBe('Le plan')
    expect(listSuggestions(state.doc)).toEqual([])
  })

  it('strikes another person’s suggested insertion rather than removing it', () => {
    let state = stateOf('Le plan')
    state = apply(state, (tr) => tr.insertText(' local', 8), paul)
    state = apply(state, (tr) => tr.delete(8, 14))
    expect(state.doc.textContent).toBe('Le plan local')
    expect(listSuggestions(state.doc).map((each) => each.kind)).toEqual(['insertion', 'deletion'])
  })

  it('replaces a selection with a deletion followed by an insertion', () => {
    let state = stateOf('Le plan local')
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 9, 14)))
    state = apply(state, (tr) => tr.insertText('régional'))
    expect(state.doc.textContent).toBe('Le plan localrégional')
    expect(listSuggestions(state.doc)).toMatchObject([
      { kind: 'deletion', text: 'local' },
      { kind: 'insertion', text: 'régional' },
    ])
    expect(state.selection.head).toBe(22)
  })

  it('refuses a new paragraph and a change of formatting', () => {
    const state = stateOf('Le plan')
    const split = state.tr.split(4)
    expect(suggestTransaction(split, state, marie)).toBeNull()
    const bold = state.tr.addMark(1, 3, required(schema.marks['bold']).create())
    expect(suggestTransaction(bold, state, marie)).toBeNull()
  })
})

describe('resolveSuggestions', () => {
  function withSuggestions(): EditorState {
    let state = stateOf('Le plan local')
    state = apply(state, (tr) => tr.insertText(' et régional', 14))
    return apply(state, (tr) => tr.delete(1, 4), paul)
  }

  it('accepting keeps insertions and removes deletions', () => {
    const state = withSuggestions()
    const tr = resolveSuggestions(state, () => true, 'accept')
    const after = state.apply(required(tr))
    expect(after.doc.textContent).toBe('plan local et régional')
    expect(listSuggestions(after.doc)).toEqual([])
  })

  it('rejecting removes insertions and keeps deletions’ text', () => {
    const state = withSuggestions()
    const after = state.apply(required(resolveSuggestions(state, () => true, 'reject')))
    expect(after.doc.textContent).toBe('Le plan local')
    expect(listSuggestions(after.doc)).toEqual([])
  })

  it('acts on one person’s suggestions only', () => {
    const state = withSuggestions()
    const tr = resolveSuggestions(state, (each) => each.authorId === 'paul', 'accept')
    const after = state.apply(required(tr))
    expect(after.doc.textContent).toBe('plan local et régional')
    expect(listSuggestions(after.doc)).toMatchObject([{ kind: 'insertion', authorId: 'marie' }])
  })
})
