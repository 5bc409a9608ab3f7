import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  outdatedTimeout,
} from 'y-protocols/awareness'
import { systemTimers } from '../time/Timers.ts'
import { AWARENESS_SWEEP_MS, AwarenessExpiry } from './AwarenessExpiry.ts'

/** A room's awareness (no local state) holding the state of one client. */
function roomAwarenessWithClient(): { room: Awareness; client: Awareness } {
  const room = new Awareness(new Y.Doc())
  room.setLocalState(null)
  const client = new Awareness(new Y.Doc())
  client.setLocalState({ user: 'Alice' })
  applyAwarenessUpdate(room, encodeAwarenessUpdate(client, [client.clientID]), 'socket')
  return { room, client }
}

describe('AwarenessExpiry', () => {
  beforeEach(() => {
    // Timers only: y-protocols stamps states with the real clock (lib0 keeps `Date.now` itself).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('checks the awareness of every room with one timer', () => {
    const expiry = new AwarenessExpiry(systemTimers)
    const rooms = [1, 2, 3].map(() => roomAwarenessWithClient().room)
    const before = vi.getTimerCount()
    for (const room of rooms) expiry.add(room)
    // Each awareness's own interval is stopped; one sweep is armed for them all.
    expect(vi.getTimerCount()).toBe(before - rooms.length + 1)
    for (const room of rooms) expiry.delete(room)
    expect(vi.getTimerCount()).toBe(before - rooms.length)
  })

  it('removes the states not renewed for 30 s, with the origin y-protocols gives', () => {
    const expiry = new AwarenessExpiry(systemTimers)
    const stale = roomAwarenessWithClient()
    const fresh = roomAwarenessWithClient()
    expiry.add(stale.room)
    expiry.add(fresh.room)
    const origins: unknown[] = []
    stale.room.on('update', (_changes: unknown, origin: unknown) => {
      origins.push(origin)
    })
    const staleMeta = stale.room.meta.get(stale.client.clientID)
    if (staleMeta === undefined) throw new Error('the stale state has no clock')
    staleMeta.lastUpdated -= outdatedTimeout

    vi.advanceTimersByTime(AWARENESS_SWEEP_MS - 1)
    expect(stale.room.states.has(stale.client.clientID)).toBe(true)
    vi.advanceTimersByTime(1)

    expect(stale.room.states.has(stale.client.clientID)).toBe(false)
    expect(origins).toEqual(['timeout'])
    expect(fresh.room.states.has(fresh.client.clientID)).toBe(true)
  })
})
