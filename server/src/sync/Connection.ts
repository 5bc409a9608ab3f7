import type { Duplex } from 'node:stream'
import { WebSocket } from 'ws'
import {
  CloseCode,
  describeCloseCode,
  type DocumentId,
  type SyncMessageType,
} from '@maillage/protocol'
import type { Access, Principal, SyncGrant } from '../auth/Authenticator.ts'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import { encodeBinaryFrame, encodeSyncFrame, encodeSyncFrameHead } from './encodeBinaryFrame.ts'
import type { TokenBucket } from './TokenBucket.ts'

/**
 * From this payload size (64 KiB, bytes) on, {@link Connection.sendSyncMessage} writes the payload
 * as it is instead of copying it into a frame: below it, a copy costs less than a second write.
 */
export const UNCOPIED_PAYLOAD_BYTES = 64 * 1024

/** Everything the server tracks about one websocket connection to a room. */
export class Connection {
  /** Process-unique id, for logs. */
  readonly id: number
  /** The document of the room this connection is in. */
  readonly documentId: DocumentId
  readonly principal: Principal
  readonly access: Access
  /** The roots of the Y.Doc a writer may change; undefined: every root. */
  readonly writableRoots: ReadonlySet<string> | undefined
  /** True for a writer that may write nothing but its own suggestions (see `SyncGrant`). */
  readonly suggestOnly: boolean
  readonly rateLimiter: TokenBucket
  /** Bytes this connection may send over time; beyond it its socket is not read for a while. */
  readonly byteBudget: TokenBucket
  /**
   * Awareness client ids this connection holds (it announced their states), at most
   * `maxAwarenessClientsPerConnection` over its life; removed from the room when it leaves.
   */
  readonly awarenessClientIds = new Set<number>()
  /** Frames received while the room was loading, handled in order once it is ready. */
  readonly queuedFrames: Uint8Array[] = []
  /** False once a ping is sent, true again when anything comes back. */
  isAlive = true
  /**
   * True from a greeting that carried the whole document (a new document's empty state, see
   * `RoomFrames.greet`) until the connection's first sync step 1, which then needs no answer.
   */
  greetedWithWholeState = false
  readonly #socket: WebSocket
  readonly #stream: Duplex
  readonly #maxSendBufferBytes: number
  readonly #timers: Timers
  #resumeTimer: TimerHandle | undefined
  #closing = false
  #sentCloseCode: CloseCode | undefined

  constructor(options: {
    id: number
    documentId: DocumentId
    socket: WebSocket
    /**
     * The upgraded socket under `socket`, for {@link sendFrame}. The websocket server must not use
     * per-message deflate: `ws` then writes every frame to it at once, never queues one, so frames
     * written here and by `ws` leave in the order they were sent.
     */
    stream: Duplex
    principal: Principal
    grant: SyncGrant
    rateLimiter: TokenBucket
    byteBudget: TokenBucket
    maxSendBufferBytes: number
    timers: Timers
  }) {
    this.id = options.id
    this.documentId = options.documentId
    this.#socket = options.socket
    this.#stream = options.stream
    this.principal = options.principal
    this.access = options.grant.access
    const roots = options.grant.writableRoots
    this.writableRoots = roots === undefined ? undefined : new Set(roots)
    this.suggestOnly = options.grant.suggestOnly === true
    this.rateLimiter = options.rateLimiter
    this.byteBudget = options.byteBudget
    this.#maxSendBufferBytes = options.maxSendBufferBytes
    this.#timers = options.timers
    this.#socket.once('close', () => {
      this.#cancelResume()
    })
  }

  /**
   * Stops reading the socket for `delayMs` (the connection has spent its byte budget): its next
   * frames wait in the network buffers, not in memory, and the event loop serves the others. Frames
   * already read are still delivered. Does nothing while already held.
   */
  holdFor(delayMs: number): void {
    if (this.#resumeTimer !== undefined || !this.isOpen) return
    this.#socket.pause()
    this.#resumeTimer = this.#timers.setTimeout(() => {
      this.#resumeTimer = undefined
      this.#socket.resume()
    }, delayMs)
  }

  #cancelResume(): void {
    if (this.#resumeTimer === undefined) return
    this.#timers.clearTimeout(this.#resumeTimer)
    this.#resumeTimer = undefined
  }

  /**
   * True when `grant` lets this connection do less than it may now, moves it into or out of
   * suggesting only (so it must reconnect: a lecteur whose space now lets lecteurs suggest
   * reconnects to write its suggestions), or gives a limited writer other roots (a participant of
   * an atelier moved into a breakout group, or back to the plenary, reconnects to write there).
   */
  isNarrowedBy(grant: SyncGrant): boolean {
    if (this.access === 'write' && grant.access === 'read') return true
    if (grant.access === 'write' && (grant.suggestOnly === true) !== this.suggestOnly) return true
    if (this.access === 'read' || grant.writableRoots === undefined) return false
    const allowed = this.writableRoots
    return (
      allowed === undefined ||
      allowed.size !== grant.writableRoots.length ||
      [...allowed].some((root) => !grant.writableRoots?.includes(root))
    )
  }

  /** True until {@link close} or {@link terminate} is called or the socket closed. */
  get isOpen(): boolean {
    return !this.#closing && this.#socket.readyState === WebSocket.OPEN
  }

  /**
   * Sends one encoded message. A peer that does not read fast enough is closed with 4503 rather
   * than left to grow the send buffer. Returns false when nothing was sent.
   */
  send(message: Uint8Array): boolean {
    if (!this.#maySend()) return false
    // Framed here, in one buffer: `ws` would hand the socket a header and the payload apart, one
    // corked `writev` per message (see `encodeBinaryFrame`).
    this.#stream.write(encodeBinaryFrame(message))
    return true
  }

  /**
   * Sends a y-websocket sync message of `syncType` carrying `payload`, framed in one buffer like
   * {@link send}. A payload of {@link UNCOPIED_PAYLOAD_BYTES} or more is not copied: the frame's
   * head and the payload itself are written through the corked socket, in one `writev`. A fresh
   * client's sync step 2 is the stored state of the document as it was read from disk (311 KB for
   * the bench's editing trace), which was otherwise allocated and copied twice more at each load.
   * The caller must not change `payload` afterwards: the socket may hold it until the peer reads it.
   */
  sendSyncMessage(syncType: SyncMessageType, payload: Uint8Array): boolean {
    if (!this.#maySend()) return false
    if (payload.byteLength < UNCOPIED_PAYLOAD_BYTES) {
      this.#stream.write(encodeSyncFrame(syncType, payload))
      return true
    }
    this.#stream.cork()
    this.#stream.write(encodeSyncFrameHead(syncType, payload.byteLength))
    this.#stream.write(payload)
    this.#stream.uncork()
    return true
  }

  /**
   * Sends a binary message already framed by `encodeBinaryFrame`, as {@link send} does: a
   * broadcast frames its message once and writes the same bytes to every connection.
   */
  sendFrame(frame: Buffer): boolean {
    if (!this.#maySend()) return false
    this.#stream.write(frame)
    return true
  }

  /** False when closed, or when the peer reads too slowly (then it is closed with 4503). */
  #maySend(): boolean {
    if (!this.isOpen) return false
    // `bufferedAmount` counts what is waiting in the socket, whether `ws` or `sendFrame` wrote it.
    if (this.#socket.bufferedAmount > this.#maxSendBufferBytes) {
      this.close(CloseCode.TooSlow)
      // The send buffer is full, so the close frame may never leave: do not wait for the handshake.
      this.#socket.terminate()
      return false
    }
    return true
  }

  /** The close code the server sent this connection, if it initiated the close. */
  get sentCloseCode(): CloseCode | undefined {
    return this.#sentCloseCode
  }

  /** Starts the closing handshake with a named close code; later calls are ignored. */
  close(code: CloseCode): void {
    if (this.#closing) return
    this.#closing = true
    this.#sentCloseCode = code
    this.#socket.close(code, describeCloseCode(code))
  }

  /** Sends a ping; the heartbeat terminates the socket if nothing answers before the next one. */
  ping(): void {
    this.isAlive = false
    this.#socket.ping()
  }

  /** Destroys the socket at once, without a closing handshake (dead peers). */
  terminate(): void {
    this.#closing = true
    this.#socket.terminate()
  }
}
