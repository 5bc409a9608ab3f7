import { once } from 'node:events'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import * as Y from 'yjs'
import { pino, type Logger } from 'pino'
import { WebSocket, WebSocketServer } from 'ws'
import { decodeMessage, parseDocumentId, type DocumentId, type Message } from '@maillage/protocol'
import type { Access, SyncGrant } from '../auth/Authenticator.ts'
import { Metrics } from '../observability/Metrics.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import { systemTimers } from '../time/Timers.ts'
import { Connection } from './Connection.ts'
import { RoomRegistry } from './RoomRegistry.ts'
import type { RoomExtension } from './RoomHooks.ts'
import { DEFAULT_SYNC_LIMITS } from './SyncLimits.ts'
import { TokenBucket } from './TokenBucket.ts'

/** One log line a test captured, as pino wrote it. */
export type LogLine = Readonly<Record<string, unknown>>

/** A logger whose lines are kept in `lines`, for tests that assert on what was logged. */
export function createCapturingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = []
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as LogLine)
      callback()
    },
  })
  return { logger: pino({ level: 'warn' }, destination), lines }
}

/** A registry of real rooms over `store`, saving after `saveDelayMs`, for tests. */
export function createTestRegistry(options: {
  store: DocumentStore
  extensions?: readonly RoomExtension[]
  logger?: Logger
  saveDelayMs?: number
}): RoomRegistry {
  return new RoomRegistry({
    store: options.store,
    timers: systemTimers,
    logger: options.logger ?? pino({ level: 'silent' }),
    metrics: new Metrics({ connections: () => 0, rooms: () => 0 }),
    limits: DEFAULT_SYNC_LIMITS,
    saveDelayMs: options.saveDelayMs ?? 0,
    compactAfterAppends: 100,
    retryDelayMs: 10,
    extensions: options.extensions ?? [],
  })
}

/** A fresh document id. */
export function newDocumentId(): DocumentId {
  return parseDocumentId(crypto.randomUUID())
}

/** The client end of a test connection: every message the server sent it, decoded, in order. */
export interface TestPeer {
  readonly connection: Connection
  readonly socket: WebSocket
  readonly received: Message[]
  /** The client's copy of the document, fed by the sync step 2 and updates it received. */
  readonly doc: Y.Doc
}

/**
 * Real websocket pairs on port 0: the server end becomes a {@link Connection} for a room, the
 * client end records what the room sends. `close()` ends every socket and the server.
 */
export class TestSockets {
  readonly #server: WebSocketServer
  readonly #sockets = new Set<WebSocket>()
  #nextId = 1

  private constructor(server: WebSocketServer) {
    this.#server = server
  }

  /** Starts the websocket server on a free port. */
  static async start(): Promise<TestSockets> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
    await once(server, 'listening')
    return new TestSockets(server)
  }

  /** Opens a connection of principal `principalId` to document `documentId`, with `grant`. */
  async connect(
    documentId: DocumentId,
    principalId: string,
    grant: Access | SyncGrant = 'write',
  ): Promise<TestPeer> {
    const { port } = this.#server.address() as AddressInfo
    const accepted = once(this.#server, 'connection') as Promise<[WebSocket, IncomingMessage]>
    const socket = new WebSocket(`ws://127.0.0.1:${port}`)
    const received: Message[] = []
    const doc = new Y.Doc()
    socket.binaryType = 'nodebuffer'
    socket.on('message', (data: Buffer) => {
      const message = decodeMessage(new Uint8Array(data))
      received.push(message)
      if (message.type === 'update' || message.type === 'sync-step-2') {
        Y.applyUpdate(doc, message.update)
      }
    })
    const [[serverSocket, request]] = await Promise.all([accepted, once(socket, 'open')])
    this.#sockets.add(socket)
    this.#sockets.add(serverSocket)
    const connection = new Connection({
      id: this.#nextId++,
      documentId,
      socket: serverSocket,
      stream: request.socket,
      principal: { id: principalId, name: principalId },
      grant: typeof grant === 'string' ? { access: grant } : grant,
      rateLimiter: new TokenBucket({ perSecond: 1000, burst: 1000, timers: systemTimers }),
      byteBudget: new TokenBucket({ perSecond: 1e9, burst: 1e9, timers: systemTimers }),
      maxSendBufferBytes: 16 * 1024 * 1024,
      timers: systemTimers,
    })
    return { connection, socket, received, doc }
  }

  /** Closes every socket opened and the server. */
  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate()
    await new Promise<void>((resolve) => {
      this.#server.close(() => {
        resolve()
      })
    })
  }
}
