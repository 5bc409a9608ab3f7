import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** A y-websocket client of one document, seen as the editor sees it: the `body` Y.XmlFragment. */
export interface DocumentClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly body: Y.XmlFragment
  destroy(): void
}

/**
 * Connects to `syncUrl` for `documentId` as a signed-in browser would: with its session cookie and
 * an `Origin` of the server's own (checked on the upgrade). Resolves once synced.
 */
export async function connectDocumentClient(options: {
  syncUrl: string
  documentId: string
  cookie: string
  origin: string
  timeoutMs?: number
}): Promise<DocumentClient> {
  const headers = { Cookie: options.cookie, Origin: options.origin }
  class WebSocketWithSession extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers })
    }
  }
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(options.syncUrl, options.documentId, doc, {
    WebSocketPolyfill: WebSocketWithSession as unknown as typeof globalThis.WebSocket,
    // Node 20 has BroadcastChannel: without this, clients of this process would sync directly.
    disableBc: true,
  })
  const client: DocumentClient = {
    doc,
    provider,
    body: doc.getXmlFragment('body'),
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
  try {
    await whenSynced(provider, options.timeoutMs ?? 30_000)
  } catch (error) {
    client.destroy()
    throw error
  }
  return client
}

function whenSynced(provider: WebsocketProvider, timeoutMs: number): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`client did not sync within ${timeoutMs} ms`))
    }, timeoutMs)
    provider.once('sync', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}
