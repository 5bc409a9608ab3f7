import * as Y from 'yjs'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { now } from '../clock.ts'
import type { ClientSpec, EditPosition } from './workerProtocol.ts'

/** Called with the text of each remote insert (or relayed frame) and its arrival time (`now()`). */
export type ReceiveListener = (text: string, arrivedAt: number) => void

/** What every job needs from a client, whatever its kind. */
interface ClientBase {
  readonly id: number
  /** Resolves once the document is synced (Yjs clients) or the socket is open (raw clients). */
  readonly ready: Promise<void>
  /** Close events not asked for (the server closed or dropped the connection). */
  readonly unexpectedCloses: number
  /** Sends one marked edit. */
  send(mark: string, position: EditPosition): void
  /** Replaces the receive listener (null: none). */
  setListener(listener: ReceiveListener | null): void
  destroy(): void
}

/** A stock Yjs provider (y-websocket or Hocuspocus) with its document; edits go to Y.Text 'body'. */
export interface YjsClient extends ClientBase {
  readonly kind: 'yjs'
  readonly doc: Y.Doc
  readonly text: Y.Text
}

/** A raw `ws` socket for the floor relay: a mark is one frame, padded to a fixed size. */
export interface RawClient extends ClientBase {
  readonly kind: 'raw'
}

export type BenchClient = YjsClient | RawClient

/** Opens a client of the spec's kind; `doc` lets a caller bring a document already filled. */
export function createBenchClient(spec: ClientSpec, doc: Y.Doc = new Y.Doc()): BenchClient {
  // Set before the provider is made: its awareness reads the id when it is created.
  if (spec.docClientId !== undefined) doc.clientID = spec.docClientId
  switch (spec.kind) {
    case 'y-websocket':
      return createYjsClient(spec.id, doc, connectYWebsocket(spec, doc))
    case 'hocuspocus':
      return createYjsClient(spec.id, doc, connectHocuspocus(spec, doc))
    case 'raw':
      return createRawClient(spec)
    default: {
      const unknown: never = spec.kind
      throw new Error(`unknown client kind ${String(unknown)}`)
    }
  }
}

/** What the two Yjs providers have in common for the bench. */
interface ProviderLink {
  readonly synced: Promise<void>
  /** Number of closes since creation that `destroy()` did not cause. */
  closes(): number
  destroy(): void
}

function createYjsClient(id: number, doc: Y.Doc, link: ProviderLink): YjsClient {
  const text = doc.getText('body')
  let listener: ReceiveListener | null = null
  // Remote inserts are read from the update each remote transaction produced, not from a Y.Text
  // observer: computing an observer's delta or changes walks the whole text, which made the clients
  // (not the servers) the bottleneck with 100 clients on one document. The update holds exactly
  // what this client integrated, after integration, so the arrival time is the same.
  doc.on(
    'update',
    (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local || listener === null) return
      const arrivedAt = now()
      for (const struct of Y.decodeUpdate(update).structs) {
        if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) {
          listener(struct.content.str, arrivedAt)
        }
      }
    },
  )
  return {
    kind: 'yjs',
    id,
    doc,
    text,
    ready: link.synced,
    get unexpectedCloses() {
      return link.closes()
    },
    send(mark, position) {
      const index = position === 'end' ? text.length : Math.floor(Math.random() * (text.length + 1))
      text.insert(index, mark)
    },
    setListener(next) {
      listener = next
    },
    destroy() {
      link.destroy()
      doc.destroy()
    },
  }
}

function connectYWebsocket(spec: ClientSpec, doc: Y.Doc): ProviderLink {
  const provider = new WebsocketProvider(spec.serverUrl, spec.room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node 20 has BroadcastChannel: without this, clients of one process would sync with each other
    // through it, around the server being measured.
    disableBc: true,
  })
  let closes = 0
  let destroyed = false
  provider.on('connection-close', () => {
    if (!destroyed) closes += 1
  })
  const synced = new Promise<void>((resolve) => {
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) resolve()
    })
  })
  return {
    synced,
    closes: () => closes,
    destroy() {
      destroyed = true
      provider.destroy()
    },
  }
}

function connectHocuspocus(spec: ClientSpec, doc: Y.Doc): ProviderLink {
  const websocket = new HocuspocusProviderWebsocket({
    url: spec.serverUrl,
    WebSocketPolyfill: WebSocket,
  })
  const provider = new HocuspocusProvider({
    websocketProvider: websocket,
    name: spec.room,
    document: doc,
  })
  let closes = 0
  let destroyed = false
  websocket.on('close', () => {
    if (!destroyed) closes += 1
  })
  const synced = new Promise<void>((resolve) => {
    provider.on('synced', () => {
      resolve()
    })
  })
  provider.attach()
  return {
    synced,
    closes: () => closes,
    destroy() {
      destroyed = true
      provider.destroy()
      websocket.destroy()
    },
  }
}

function createRawClient(spec: ClientSpec): RawClient {
  const socket = new WebSocket(`${spec.serverUrl}/${spec.room}`)
  const payloadBytes = spec.payloadBytes ?? 0
  let listener: ReceiveListener | null = null
  let closes = 0
  let destroyed = false
  socket.on('message', (data: Buffer) => {
    if (listener !== null) listener(data.toString('utf8'), now())
  })
  socket.on('close', () => {
    if (!destroyed) closes += 1
  })
  const ready = new Promise<void>((resolve, reject) => {
    socket.once('open', () => {
      resolve()
    })
    socket.once('error', reject)
  })
  socket.on('error', () => {
    // Before open, `ready` rejects; after it, the close event that follows is what counts.
  })
  return {
    kind: 'raw',
    id: spec.id,
    ready,
    get unexpectedCloses() {
      return closes
    },
    send(mark) {
      const frame = Buffer.alloc(Math.max(payloadBytes, Buffer.byteLength(mark)), 0x20)
      frame.write(mark, 'utf8')
      socket.send(frame)
    },
    setListener(next) {
      listener = next
    },
    destroy() {
      destroyed = true
      socket.terminate()
    },
  }
}
