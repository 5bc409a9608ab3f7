import WebSocket, { type ClientOptions, type RawData } from 'ws'
import { decodeMessage, type Message } from '@maillage/protocol'

/** A bare `ws` client speaking the y-websocket protocol by hand, recording what it receives. */
export interface RawClient {
  readonly socket: WebSocket
  /** Every message received so far, decoded, payloads copied out of their frames. */
  readonly messages: Message[]
  /** Resolves with the close code once the socket is closed (by either side). */
  readonly closed: Promise<number>
  send(frame: Uint8Array): void
  /** Closes the socket and resolves once it is closed. */
  close(): Promise<void>
}

/**
 * Opens a raw websocket to `syncUrl/documentId` and resolves once it is open. Rejects if the
 * server refuses the upgrade or the socket fails before opening.
 */
export function connectRawClient(
  syncUrl: string,
  documentId: string,
  options: { params?: Record<string, string>; socket?: ClientOptions } = {},
): Promise<RawClient> {
  const query = new URLSearchParams(options.params ?? {}).toString()
  const url = `${syncUrl}/${encodeURIComponent(documentId)}${query === '' ? '' : `?${query}`}`
  const socket = new WebSocket(url, options.socket)
  const messages: Message[] = []
  const closed = new Promise<number>((resolve) => {
    socket.once('close', (code: number) => {
      resolve(code)
    })
  })
  socket.on('message', (data: RawData) => {
    messages.push(copyMessage(decodeMessage(toUint8Array(data))))
  })
  const client: RawClient = {
    socket,
    messages,
    closed,
    send: (frame) => {
      socket.send(frame)
    },
    close: async () => {
      if (socket.readyState !== WebSocket.CLOSED) socket.close()
      await closed
    },
  }
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.off('error', reject)
      // Errors after the handshake surface as a close, which the tests observe through `closed`.
      socket.on('error', () => undefined)
      resolve(client)
    })
    socket.once('error', reject)
  })
}

/** The Yjs updates among the messages a raw client received, sync step 2 answers excluded. */
export function collectUpdates(client: RawClient): Uint8Array[] {
  return client.messages.flatMap((message) => (message.type === 'update' ? [message.update] : []))
}

function copyMessage(message: Message): Message {
  switch (message.type) {
    case 'sync-step-1':
      return { type: message.type, stateVector: message.stateVector.slice() }
    case 'sync-step-2':
    case 'update':
    case 'awareness':
      return { type: message.type, update: message.update.slice() }
    case 'auth-denied':
    case 'query-awareness':
      return message
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return data
}
