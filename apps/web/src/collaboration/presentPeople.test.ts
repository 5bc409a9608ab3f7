import { describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { presentPeople } from './usePresence.ts'

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
