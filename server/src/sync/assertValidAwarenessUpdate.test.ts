import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { describe, expect, it } from 'vitest'
import { assertValidAwarenessUpdate } from './assertValidAwarenessUpdate.ts'
import { InvalidUpdateError } from './InvalidUpdateError.ts'

function realAwarenessUpdate(): Uint8Array {
  const awareness = new Awareness(new Y.Doc())
  awareness.setLocalState({ user: { name: 'Alice', color: '#1f6feb' } })
  const update = encodeAwarenessUpdate(awareness, [awareness.clientID])
  awareness.destroy()
  return update
}

function encodeEntries(entries: readonly [number, number, string][], count = entries.length) {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, count)
  for (const [client, clock, state] of entries) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, state)
  }
  return encoding.toUint8Array(encoder)
}

describe('assertValidAwarenessUpdate', () => {
  it('accepts the awareness updates y-protocols writes, including departures', () => {
    expect(() => {
      assertValidAwarenessUpdate(realAwarenessUpdate())
    }).not.toThrow()
    expect(() => {
      assertValidAwarenessUpdate(encodeEntries([[1, 2, 'null']]))
    }).not.toThrow()
  })

  it('returns the entries of the update in order', () => {
    const update = encodeEntries([
      [5, 1, '{"user":{}}'],
      [9, 3, 'null'],
    ])

    expect(assertValidAwarenessUpdate(update)).toEqual([
      { clientId: 5, clock: 1, json: '{"user":{}}', isRemoval: false },
      { clientId: 9, clock: 3, json: 'null', isRemoval: true },
    ])
  })

  it('rejects an update whose last entry is not JSON, though the first one is', () => {
    const update = encodeEntries([
      [1, 1, '{"user":{"name":"A"}}'],
      [2, 1, '{"user":'],
    ])
    expect(() => {
      assertValidAwarenessUpdate(update)
    }).toThrow(InvalidUpdateError)
  })

  it('rejects an update announcing more entries than it holds', () => {
    expect(() => {
      assertValidAwarenessUpdate(encodeEntries([[1, 1, '{}']], 5))
    }).toThrow(InvalidUpdateError)
  })

  it('rejects a truncated update', () => {
    const update = realAwarenessUpdate()
    expect(() => {
      assertValidAwarenessUpdate(update.slice(0, update.length - 3))
    }).toThrow(InvalidUpdateError)
  })
})
