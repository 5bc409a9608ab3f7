import { EventEmitter } from 'node:events'
import type { PassThrough } from 'node:stream'
import { WebSocket } from 'ws'
import { systemTimers } from '../time/Timers.ts'
import { Connection } from './Connection.ts'
import { TokenBucket } from './TokenBucket.ts'

/** The parts of a server-side `ws` socket a connection uses, recording what it is asked. */
export class FakeSocket extends EventEmitter {
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

/** A writing connection of alice over `socket`, whose frames are written to `stream`. */
export function connectionOver(socket: FakeSocket, stream: PassThrough, id = 1): Connection {
  return new Connection({
    id,
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
