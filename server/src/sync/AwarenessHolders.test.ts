import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import type { WebSocket } from 'ws'
import { describe, expect, it } from 'vitest'
import { systemTimers } from '../time/Timers.ts'
import { AwarenessHolders } from './AwarenessHolders.ts'
import { Connection } from './Connection.ts'
import { TokenBucket } from './TokenBucket.ts'

/** A connection of `principalId` over a socket that is never used. */
function connectionOf(principalId: string, id: number): Connection {
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

describe('AwarenessHolders', () => {
  it('releases an id once the last of the connections holding it leaves', () => {
    const holders = new AwarenessHolders()
    const oldSocket = connectionOf('alice', 1)
    const newSocket = connectionOf('alice', 2)
    const third = connectionOf('alice', 3)
    holders.add(7, oldSocket)
    holders.add(7, newSocket)
    holders.add(7, third)
    holders.add(8, oldSocket)

    expect(holders.release(oldSocket)).toEqual([8])
    expect(holders.isHeld(7)).toBe(true)
    expect(holders.release(third)).toEqual([])
    expect(holders.release(newSocket)).toEqual([7])
    expect(holders.isHeld(7)).toBe(false)
  })

  it('counts a connection that announces an id twice once', () => {
    const holders = new AwarenessHolders()
    const connection = connectionOf('alice', 1)
    holders.add(7, connection)
    holders.add(7, connection)
    expect(holders.release(connection)).toEqual([7])
    expect(holders.isHeld(7)).toBe(false)
  })

  it('tells whether another principal holds an id', () => {
    const holders = new AwarenessHolders()
    const alice = connectionOf('alice', 1)
    const aliceAgain = connectionOf('alice', 2)
    const bruno = connectionOf('bruno', 3)
    holders.add(7, alice)
    expect(holders.isHeldByAnotherPrincipal(7, aliceAgain)).toBe(false)
    expect(holders.isHeldByAnotherPrincipal(7, bruno)).toBe(true)
    expect(holders.isHeldByAnotherPrincipal(9, bruno)).toBe(false)
    holders.add(7, aliceAgain)
    expect(holders.isHeldByAnotherPrincipal(7, bruno)).toBe(true)
    expect(holders.isHeldByAnotherPrincipal(7, alice)).toBe(false)
  })
})
