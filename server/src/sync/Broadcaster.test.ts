import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import { decodeMessage } from '@maillage/protocol'
import { Metrics } from '../observability/Metrics.ts'
import { systemTimers } from '../time/Timers.ts'
import { BROADCAST_INTERVAL_MS, Broadcaster } from './Broadcaster.ts'
import type { Connection } from './Connection.ts'
import { FakeSocket, connectionOver } from './connectionTestKit.ts'

/** A connection over an always open socket, whose frames are written to `stream`. */
function peer(id: number, stream: PassThrough): Connection {
  return connectionOver(new FakeSocket(), stream, id)
}

/** A broadcaster over these connections. */
function broadcasterOf(connections: readonly Connection[]): Broadcaster {
  return new Broadcaster({
    connections: new Set(connections),
    awareness: new Awareness(new Y.Doc()),
    metrics: new Metrics({ connections: () => 0, rooms: () => 0 }),
    timers: systemTimers,
  })
}

/** A broadcaster over one connection, and the stream its frames are written to. */
function broadcasterWithPeer(): { broadcaster: Broadcaster; stream: PassThrough } {
  const stream = new PassThrough()
  return { broadcaster: broadcasterOf([peer(1, stream)]), stream }
}

/** The document updates written to `stream` so far, one per websocket frame (payloads < 126 B). */
function updatesSent(stream: PassThrough, sent: Uint8Array[]): Uint8Array[] {
  const bytes = (stream.read() as Buffer | null) ?? Buffer.alloc(0)
  for (let offset = 0; offset < bytes.length;) {
    const length = (bytes[offset + 1] ?? 0) & 0x7f
    const message = decodeMessage(bytes.subarray(offset + 2, offset + 2 + length))
    if (message.type !== 'update') throw new Error(`unexpected ${message.type} message`)
    sent.push(message.update)
    offset += 2 + length
  }
  return sent
}

/** Successive updates of one writer, each appending `words` to Y.Text `body`. */
function edits(...words: string[]): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (const word of words) doc.getText('body').insert(doc.getText('body').length, word)
  return updates
}

function textOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('body').toString()
}

describe('Broadcaster', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('broadcasts the update of a quiet room at the end of the turn', () => {
    const { broadcaster, stream } = broadcasterWithPeer()
    const [first] = edits('a')
    broadcaster.addUpdate(first as Uint8Array, null)
    const sent: Uint8Array[] = []
    expect(updatesSent(stream, sent)).toHaveLength(0)
    vi.advanceTimersByTime(0)
    expect(updatesSent(stream, sent)).toEqual([first])
  })

  it('merges the updates that follow a broadcast closely into one message, sent once the interval is over', () => {
    const { broadcaster, stream } = broadcasterWithPeer()
    const [a, b, c] = edits('a', 'b', 'c') as [Uint8Array, Uint8Array, Uint8Array]
    const sent: Uint8Array[] = []
    broadcaster.addUpdate(a, null)
    vi.advanceTimersByTime(0)
    broadcaster.addUpdate(b, null)
    broadcaster.addUpdate(c, null)
    vi.advanceTimersByTime(BROADCAST_INTERVAL_MS - 1)
    expect(updatesSent(stream, sent)).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(updatesSent(stream, sent)).toHaveLength(2)
    expect(textOf(sent)).toBe('abc')
  })

  it('holds a broadcast no longer than the interval when the clock is set back', () => {
    const { broadcaster, stream } = broadcasterWithPeer()
    const [a, b] = edits('a', 'b') as [Uint8Array, Uint8Array]
    const sent: Uint8Array[] = []
    broadcaster.addUpdate(a, null)
    vi.advanceTimersByTime(0)
    vi.setSystemTime(Date.now() - 3_600_000)
    broadcaster.addUpdate(b, null)
    vi.advanceTimersByTime(BROADCAST_INTERVAL_MS)
    expect(textOf(updatesSent(stream, sent))).toBe('ab')
  })

  it('does not send a connection back a message made of its own updates only', () => {
    const [aliceStream, bobStream] = [new PassThrough(), new PassThrough()]
    const [alice, bob] = [peer(1, aliceStream), peer(2, bobStream)]
    const broadcaster = broadcasterOf([alice, bob])
    const [a, b, c] = edits('a', 'b', 'c') as [Uint8Array, Uint8Array, Uint8Array]
    const toAlice: Uint8Array[] = []
    const toBob: Uint8Array[] = []
    broadcaster.addUpdate(a, alice)
    vi.advanceTimersByTime(0)
    expect(updatesSent(aliceStream, toAlice)).toHaveLength(0)
    expect(updatesSent(bobStream, toBob)).toEqual([a])
    // A message that merges updates of several origins goes to everyone.
    broadcaster.addUpdate(b, alice)
    broadcaster.addUpdate(c, null)
    vi.advanceTimersByTime(BROADCAST_INTERVAL_MS)
    expect(textOf([a, ...updatesSent(aliceStream, toAlice)])).toBe('abc')
    expect(toAlice).toHaveLength(1)
    expect(textOf(updatesSent(bobStream, toBob))).toBe('abc')
  })
})
