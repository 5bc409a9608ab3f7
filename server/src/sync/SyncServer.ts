import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket, type RawData } from 'ws'
import type { Logger } from 'pino'
import { CloseCode, isDocumentId, type DocumentId } from '@maillage/protocol'
import type { Authenticator, Principal, SyncGrant } from '../auth/Authenticator.ts'
import type { Metrics } from '../observability/Metrics.ts'
import { DeadlineQueue } from '../time/DeadlineQueue.ts'
import type { Timers } from '../time/Timers.ts'
import { Connection } from './Connection.ts'
import { TokenBucket } from './TokenBucket.ts'
import { refuseUpgrade, type UpgradeRefusal } from './refuseUpgrade.ts'
import type { RoomRegistry } from './RoomRegistry.ts'
import type { SyncLimits } from './SyncLimits.ts'

/** Path prefix of the websocket endpoint: `/sync/<documentId>`. */
export const SYNC_PATH_PREFIX = '/sync/'

const SHUTTING_DOWN: UpgradeRefusal = {
  status: 503,
  code: 'SERVER_SHUTTING_DOWN',
  message: 'Le serveur redémarre. La connexion sera rétablie automatiquement dans un instant.',
}

/**
 * The websocket side of the server: authenticates each upgrade before the handshake, checks
 * capacity, hands sockets to their room, enforces frame size and rate limits, pings every
 * connection so that dead sockets are dropped, and closes (4401) those whose session expires.
 */
export class SyncServer {
  readonly #wss: WebSocketServer
  readonly #registry: RoomRegistry
  readonly #authenticator: Authenticator
  readonly #limits: SyncLimits
  readonly #metrics: Metrics
  readonly #logger: Logger
  readonly #timers: Timers
  readonly #heartbeat: NodeJS.Timeout
  readonly #connections = new Set<Connection>()
  // Connections whose session expires, closed then (4401): one sweep a second for them all.
  readonly #expiries: DeadlineQueue<Connection>
  #nextConnectionId = 1
  #acceptingConnections = true

  constructor(options: {
    registry: RoomRegistry
    authenticator: Authenticator
    limits: SyncLimits
    metrics: Metrics
    logger: Logger
    timers: Timers
  }) {
    this.#registry = options.registry
    this.#authenticator = options.authenticator
    this.#limits = options.limits
    this.#metrics = options.metrics
    this.#logger = options.logger
    this.#timers = options.timers
    // ws refuses by itself (1009) anything beyond this hard ceiling; up to it, frames larger than
    // maxFrameBytes are closed by us with the named code 4413. No per-message deflate: broadcasts
    // write frames straight to the sockets (`Connection.sendFrame`), which needs ws never to queue.
    this.#wss = new WebSocketServer({
      noServer: true,
      maxPayload: 2 * options.limits.maxFrameBytes,
      perMessageDeflate: false,
    })
    this.#heartbeat = setInterval(() => {
      this.#beat()
    }, options.limits.heartbeatIntervalMs)
    this.#heartbeat.unref()
    this.#expiries = new DeadlineQueue({
      timers: options.timers,
      onDue: (connections) => {
        for (const connection of connections) connection.close(CloseCode.Unauthenticated)
      },
    })
  }

  /** Number of open connections. */
  get connectionCount(): number {
    return this.#connections.size
  }

  /**
   * Listens to a socket's errors until `ws` takes it over (it listens itself from then on). One
   * function for every socket: a closure made in {@link handleUpgrade} would keep the upgrade
   * request, headers and all, alive as long as the connection.
   */
  readonly #logUpgradeError = (error: Error): void => {
    this.#logger.debug({ err: error }, 'socket error during upgrade')
  }

  /** Handles an HTTP upgrade request of the HTTP server. Never throws. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', this.#logUpgradeError)
    this.#upgrade(request, socket, head).catch((error: unknown) => {
      this.#logger.error({ err: error, url: request.url }, 'upgrade failed')
      this.#refuse(socket, {
        status: 503,
        code: 'SERVER_ERROR',
        message: 'Le serveur n’a pas pu ouvrir ce document. Réessayez dans un instant.',
      })
    })
  }

  /**
   * Re-decides the access of the open connections that `matches` selects, and closes with 4403
   * those whose access is gone or narrowed (write to read, fewer writable roots): they reconnect
   * with what they have now. Used when a membership, a role, a registration or a document's state
   * changes.
   */
  async revalidate(
    matches: (connection: Connection) => boolean,
    decide: (connection: Connection) => Promise<SyncGrant | null>,
  ): Promise<void> {
    const selected = [...this.#connections].filter(matches)
    await Promise.all(
      selected.map(async (connection) => {
        const grant = await decide(connection)
        if (grant === null || connection.isNarrowedBy(grant)) {
          connection.close(CloseCode.Forbidden)
        }
      }),
    )
  }

  /** Closes with `code` the open connections that `matches` selects. */
  closeWhere(matches: (connection: Connection) => boolean, code: CloseCode): void {
    for (const connection of this.#connections) {
      if (matches(connection)) connection.close(code)
    }
  }

  /** Stops accepting new connections; those open are untouched. */
  stopAccepting(): void {
    this.#acceptingConnections = false
  }

  /** Closes every connection with `code`, stops the heartbeat and the websocket server. */
  async close(code: CloseCode): Promise<void> {
    this.stopAccepting()
    clearInterval(this.#heartbeat)
    this.#expiries.clear()
    for (const connection of this.#connections) connection.close(code)
    await new Promise<void>((resolve) => {
      this.#wss.close(() => {
        resolve()
      })
    })
  }

  async #upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const documentId = parseSyncPath(request.url ?? '')
    if (documentId === null) {
      this.#refuse(socket, {
        status: 404,
        code: 'SYNC_UNKNOWN_PATH',
        message: 'Adresse de synchronisation inconnue : attendu /sync/<identifiant du document>.',
      })
      return
    }
    if (!this.#acceptingConnections) {
      this.#refuse(socket, SHUTTING_DOWN)
      return
    }
    const decision = await this.#authenticator.authenticate(request, documentId)
    if (!decision.ok) {
      this.#refuse(socket, decision)
      return
    }
    const refusal = this.#checkCapacity(documentId, decision.principal)
    if (refusal !== null) {
      this.#refuse(socket, refusal)
      return
    }
    // The handshake's response and the room's greeting (sync step 1) leave in one write when the
    // room answers within this turn (a new document, or one in memory): half the system calls and
    // stream work of a join. Released at the end of the turn whatever happens, so a room loading
    // from disk delays the handshake by no more than that.
    socket.cork()
    setImmediate(uncorkSocket, socket)
    this.#wss.handleUpgrade(request, socket, head, (ws) => {
      socket.off('error', this.#logUpgradeError)
      const connection = new Connection({
        id: this.#nextConnectionId++,
        documentId,
        socket: ws,
        stream: socket,
        principal: decision.principal,
        grant: decision,
        rateLimiter: new TokenBucket({
          perSecond: this.#limits.maxMessagesPerSecond,
          burst: 2 * this.#limits.maxMessagesPerSecond,
          timers: this.#timers,
        }),
        byteBudget: new TokenBucket({
          perSecond: this.#limits.maxBytesPerSecond,
          burst: this.#limits.maxFrameBytes,
          timers: this.#timers,
        }),
        maxSendBufferBytes: this.#limits.maxSendBufferBytes,
        timers: this.#timers,
      })
      this.#attach(documentId, connection, ws)
    })
  }

  #checkCapacity(documentId: DocumentId, principal: Principal): UpgradeRefusal | null {
    if (!this.#acceptingConnections) return SHUTTING_DOWN
    switch (this.#registry.capacityFor(documentId, principal)) {
      case 'ok':
        return null
      case 'too-many-rooms':
        return {
          status: 503,
          code: 'SYNC_TOO_MANY_ROOMS',
          message:
            'Le serveur a atteint le nombre maximal de documents ouverts. Réessayez plus tard.',
        }
      case 'room-full':
        return {
          status: 503,
          code: 'SYNC_ROOM_FULL',
          message: 'Ce document a atteint le nombre maximal de personnes connectées.',
        }
      case 'account-share-full':
        return {
          status: 429,
          code: 'SYNC_TOO_MANY_ROOMS_FOR_ACCOUNT',
          message: `Vous avez déjà ${this.#limits.maxRoomsPerAccount} documents ouverts en même temps : fermez-en un pour ouvrir celui-ci.`,
        }
    }
  }

  #attach(documentId: DocumentId, connection: Connection, ws: WebSocket): void {
    const room = this.#registry.open(documentId)
    this.#connections.add(connection)
    const { expiresAt } = connection.principal
    if (expiresAt !== undefined) this.#expiries.add(connection, expiresAt)
    // ws closes a frame beyond maxPayload with 1009 by itself, but stops reading at once, so its
    // 'close' event reports 1006: remember the code the peer was actually sent.
    let sentMessageTooBig = false
    ws.on('error', (error) => {
      if ('code' in error && error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        sentMessageTooBig = true
      }
      this.#logger.debug({ err: error, connectionId: connection.id }, 'websocket error')
    })
    ws.on('pong', () => {
      connection.isAlive = true
    })
    ws.on('message', (data: RawData, isBinary: boolean) => {
      connection.isAlive = true
      const frame = toUint8Array(data)
      this.#metrics.framesReceived.inc()
      this.#metrics.bytesReceived.inc(frame.byteLength)
      if (!connection.rateLimiter.take()) {
        connection.close(CloseCode.RateLimited)
      } else if (frame.byteLength > this.#limits.maxFrameBytes) {
        connection.close(CloseCode.TooLarge)
      } else if (!isBinary) {
        connection.close(CloseCode.BadMessage)
      } else {
        room.receive(connection, frame)
        const waitMs = connection.byteBudget.spend(frame.byteLength)
        if (waitMs > 0) connection.holdFor(waitMs)
      }
    })
    ws.on('close', (code: number) => {
      // Count the code the server sent when it closed, not the echo (a peer may never answer).
      const closeCode = sentMessageTooBig ? CloseCode.MessageTooBig : connection.sentCloseCode
      this.#metrics.closes.inc({ code: String(closeCode ?? code) })
      this.#connections.delete(connection)
      this.#expiries.delete(connection)
      this.#registry.leave(room, connection)
    })
    this.#registry.join(room, connection)
  }

  #refuse(socket: Duplex, refusal: UpgradeRefusal): void {
    this.#metrics.upgradesRefused.inc({ status: String(refusal.status) })
    refuseUpgrade(socket, refusal)
  }

  #beat(): void {
    for (const connection of this.#connections) {
      if (!connection.isAlive) connection.terminate()
      else connection.ping()
    }
  }
}

/** The document id of a `/sync/<documentId>` URL (query string ignored), or null. */
export function parseSyncPath(url: string): DocumentId | null {
  const path = url.split('?', 1)[0] ?? ''
  if (!path.startsWith(SYNC_PATH_PREFIX)) return null
  let id: string
  try {
    id = decodeURIComponent(path.slice(SYNC_PATH_PREFIX.length))
  } catch {
    return null
  }
  return isDocumentId(id) ? id : null
}

/** Sends what was written to a socket corked at its upgrade (one function for every socket). */
function uncorkSocket(socket: Duplex): void {
  socket.uncork()
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return data
}
