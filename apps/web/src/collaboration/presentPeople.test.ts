import { describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { havePeopleChanged, presentPeople } from './usePresence.ts'

function peer(state: Record<string, unknown>): Uint8Array {
  const awareness = new Awareness(new Y.Doc())
  awareness.setLocalState(state)
  return encodeAwarenessUpdate(awareness, [awareness.clientID])
}

describe('presentPeople', () => {
  it('lists oneself first, then the others by name, once per person', () => {
    const mine = new Awareness(new Y.Doc())
    mine.setLocalState({ user: { name: 'Nadia Benali', color: '#1f6feb' } })
    applyAwarenessUpdate(mine, peer({ user: { name: 'Thomas Petit', color: '#2e7d32' } }), 'test')
    applyAwarenessUpdate(mine, peer({ user: { name: 'Camille Dupont', color: '#8e24aa' } }), 'test')
    // The same person in a second tab.
    applyAwarenessUpdate(mine, peer({ user: { name: 'Thomas Petit', color: '#2e7d32' } }), 'test')
    expect(presentPeople(mine).map((person) => [person.name, person.isSelf])).toEqual([
      ['Nadia Benali', true],
      ['Camille Dupont', false],
      ['Thomas Petit', false],
    ])
  })

  it('ignores states without a name and replaces a colour that is not #rrggbb', () => {
    const mine = new Awareness(new Y.Doc())
    mine.setLocalState(null)
    applyAwarenessUpdate(mine, peer({ user: { name: 42 } }), 'test')
    applyAwarenessUpdate(mine, peer({ cursor: null }), 'test')
    applyAwarenessUpdate(
      mine,
      peer({ user: { name: 'Léa', color: 'red;background:url(x)' } }),
      'test',
    )
    expect(presentPeople(mine)).toEqual([
      expect.objectContaining({ name: 'Léa', color: '#555555', isSelf: false }),
    ])
  })
})

describe('havePeopleChanged', () => {
  it('says a caret that moved changes nobody, a newcomer or a new name does', () => {
    const mine = new Awareness(new Y.Doc())
    mine.setLocalState({ user: { name: 'Nadia Benali', color: '#1f6feb' } })
    const known = new Map<number, string>()
    const self = mine.clientID
    expect(havePeopleChanged(mine, { added: [self], updated: [], removed: [] }, known)).toBe(true)

    mine.setLocalStateField('cursor', { anchor: 1, head: 1 })
    expect(havePeopleChanged(mine, { added: [], updated: [self], removed: [] }, known)).toBe(false)

    mine.setLocalStateField('user', { name: 'Nadia B.', color: '#1f6feb' })
    expect(havePeopleChanged(mine, { added: [], updated: [self], removed: [] }, known)).toBe(true)

    const other = new Awareness(new Y.Doc())
    other.setLocalState({ user: { name: 'Thomas Petit', color: '#2e7d32' } })
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(other, [other.clientID]), 'test')
    const added = { added: [other.clientID], updated: [], removed: [] }
    expect(havePeopleChanged(mine, added, known)).toBe(true)
    const removed = { added: [], updated: [], removed: [other.clientID] }
    expect(havePeopleChanged(mine, removed, known)).toBe(true)
    expect(havePeopleChanged(mine, removed, known)).toBe(false)
  })
})
