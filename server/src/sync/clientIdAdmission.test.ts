import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import type { WebSocket } from 'ws'
import { Awareness } from 'y-protocols/awareness'
import { afterEach, describe, expect, it } from 'vitest'
import { systemTimers } from '../time/Timers.ts'
import type { AwarenessEntry } from './assertValidAwarenessUpdate.ts'
import { AwarenessHolders } from './AwarenessHolders.ts'
import { ClientIdOwners } from './ClientIdOwners.ts'
import { admitAwarenessEntries, type AwarenessContext } from './clientIdAdmission.ts'
import { Connection } from './Connection.ts'
import { LazyDocument } from './LazyDocument.ts'
import { TokenBucket } from './TokenBucket.ts'

/** A connection of `principalId` over a socket that is never used. */
function connectionOf(principalId: string, id = 1): Connection {
  return new Connection({
    id,
    documentId: 'doc' as Connection['documentId'],
    socket: new EventEmitter() as unknown as WebSocket,
    stream: new PassThrough(),
    principal: { id: principalId, name: principalId },
    grant: { access: 'write' },
    rateLimiter: new TokenBucket({ perSecond: 1, burst: 1, timers: systemTimers }),
    byteBudget: new TokenBucket({ perSecond: 1, burst: 1, timers: systemTimers }),
    maxSendBufferBytes: 1,
    timers: systemTimers,
  })
}

function entry(clientId: number, clock: number, state: unknown): AwarenessEntry {
  return { clientId, clock, json: JSON.stringify(state), isRemoval: state === null }
}

/** Awareness instances made by the tests: each runs a timer until destroyed. */
const made: Awareness[] = []

function roomContext(): AwarenessContext {
  const document = new LazyDocument()
  const awareness = new Awareness(document.doc)
  made.push(awareness)
  awareness.setLocalState(null)
  return {
    document,
    awareness,
    owners: new ClientIdOwners(100),
    holders: new AwarenessHolders(),
    maxAwarenessClientsPerConnection: 2,
  }
}

describe('admitAwarenessEntries', () => {
  afterEach(() => {
    for (const awareness of made.splice(0)) awareness.destroy()
  })

  it('admits a new id for its connection and makes it its principal’s', () => {
    const room = roomContext()
    const nadia = connectionOf('nadia')

    const admission = admitAwarenessEntries(room, nadia, [entry(7, 1, { user: {} })])

    expect(admission).toEqual({ verdict: 'ok', entries: [entry(7, 1, { user: {} })] })
    expect(room.owners.ownerOf(7)).toBe('nadia')
    expect([...nadia.awarenessClientIds]).toEqual([7])
  })

  it('drops the echoes of states the room already has, and removals of states one does not hold', () => {
    const room = roomContext()
    room.awareness.meta.set(7, { clock: 3, lastUpdated: 0 })
    const paul = connectionOf('paul')

    const admission = admitAwarenessEntries(room, paul, [
      entry(7, 3, { user: {} }),
      entry(8, 1, null),
    ])

    expect(admission).toEqual({ verdict: 'ok', entries: [] })
    expect(paul.awarenessClientIds.size).toBe(0)
  })

  it('refuses a new state under an id of another principal, owned or held', () => {
    const room = roomContext()
    room.owners.claim(7, 'nadia')
    const nadiaTab = connectionOf('nadia', 1)
    room.holders.add(9, nadiaTab)
    const intruder = connectionOf('intrus', 2)

    expect(admitAwarenessEntries(room, intruder, [entry(7, 1, {})]).verdict).toBe('forbidden')
    expect(admitAwarenessEntries(room, intruder, [entry(9, 1, {})]).verdict).toBe('forbidden')
    expect(admitAwarenessEntries(room, connectionOf('nadia', 3), [entry(9, 1, {})]).verdict).toBe(
      'ok',
    )
  })

  it('refuses one id more than a connection may hold, and applies nothing of that update', () => {
    const room = roomContext()
    const tab = connectionOf('nadia')
    expect(admitAwarenessEntries(room, tab, [entry(1, 1, {}), entry(2, 1, {})]).verdict).toBe('ok')

    expect(admitAwarenessEntries(room, tab, [entry(1, 2, {}), entry(3, 1, {})]).verdict).toBe(
      'too-many-clients',
    )
    expect([...tab.awarenessClientIds]).toEqual([1, 2])
  })
})
