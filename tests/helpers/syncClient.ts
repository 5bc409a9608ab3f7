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
  options: { doc?: Y.Doc; connect?: boolean; params?: Record<string, string> } = {},
): SyncClient {
  const doc = options.doc ?? new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, documentId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
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
