import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

/** A real y-websocket client: a Y.Doc and its `WebsocketProvider`. */
export interface SyncClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly text: Y.Text
  destroy(): void
}

/** Connects the stock `WebsocketProvider` to `syncUrl` for `documentId`, over the `ws` package. */
export function connectClient(
  syncUrl: string,
  documentId: string,
  options: {
    doc?: Y.Doc
    connect?: boolean
    params?: Record<string, string>
    /** Headers of every upgrade, as a browser sends its cookie and `Origin`. */
    headers?: Record<string, string>
  } = {},
): SyncClient {
  const doc = options.doc ?? new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, documentId, doc, {
    WebSocketPolyfill: webSocketClass(options.headers),
    connect: options.connect ?? true,
    params: options.params ?? {},
    disableBc: true,
  })
  return {
    doc,
    provider,
    text: doc.getText('body'),
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** The `ws` WebSocket class, or a subclass that sends `headers` with every upgrade. */
export function webSocketClass(
  headers: Record<string, string> | undefined,
): typeof globalThis.WebSocket {
  if (headers === undefined) return WebSocket as unknown as typeof globalThis.WebSocket
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers })
    }
  }
  return WebSocketWithHeaders as unknown as typeof globalThis.WebSocket
}

/** Resolves once the provider has synced with the server. */
export function whenSynced(client: SyncClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('client did not sync in time'))
    }, timeoutMs)
    client.provider.once('sync', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}
