import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { CloseCode } from '@maillage/protocol'
import { systemTimers } from '../time/Timers.ts'
import { Connection } from './Connection.ts'
import { TokenBucket } from './TokenBucket.ts'
import { encodeBinaryFrame } from './encodeBinaryFrame.ts'

/** The parts of a server-side `ws` socket a connection uses, recording what it is asked. */
class FakeSocket extends EventEmitter {
  readyState: number = WebSocket.OPEN
  bufferedAmount = 0
  readonly closes: number[] = []
  terminated = false

  close(code: number): void {
    this.closes.push(code)
    this.readyState = WebSocket.CLOSING
  }

  terminate(): void {
    this.terminated = true
    this.readyState = WebSocket.CLOSED
  }
}

function connectionOver(socket: FakeSocket, stream: PassThrough): Connection {
  return new Connection({
    id: 1,
    documentId: 'doc' as Connection['documentId'],
    socket: socket as unknown as WebSocket,
    stream,
    principal: { id: 'alice', name: 'alice' },
    grant: { access: 'write' },
    rateLimiter: new TokenBucket({ perSecond: 1, burst: 1, timers: systemTimers }),
    byteBudget: new TokenBucket({ perSecond: 1, burst: 1, timers: systemTimers }),
    maxSendBufferBytes: 1024,
    timers: systemTimers,
  })
}

function written(stream: PassThrough): number[] {
  const chunk = stream.read() as Buffer | null
  return chunk === null ? [] : [...chunk]
}

describe('Connection.sendFrame', () => {
  it('writes the frame as it is to the socket under the websocket', () => {
    const stream = new PassThrough()
    const connection = connectionOver(new FakeSocket(), stream)
    const frame = encodeBinaryFrame(Uint8Array.of(7, 8))
    expect(connection.sendFrame(frame)).toBe(true)
    expect(written(stream)).toEqual([0x82, 2, 7, 8])
  })

  it('closes a peer that reads too slowly (4503) instead of writing more', () => {
    const socket = new FakeSocket()
    const stream = new PassThrough()
    const connection = connectionOver(socket, stream)
    socket.bufferedAmount = 1025
    expect(connection.sendFrame(encodeBinaryFrame(Uint8Array.of(1)))).toBe(false)
    expect(socket.closes).toEqual([CloseCode.TooSlow])
    expect(socket.terminated).toBe(true)
    expect(written(stream)).toEqual([])
  })

  it('writes nothing once the connection is closed', () => {
    const socket = new FakeSocket()
    const stream = new PassThrough()
    const connection = connectionOver(socket, stream)
    connection.close(CloseCode.Forbidden)
    expect(connection.sendFrame(encodeBinaryFrame(Uint8Array.of(1)))).toBe(false)
    expect(written(stream)).toEqual([])
  })
})
