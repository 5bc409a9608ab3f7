import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { PageSocketAdopter } from './pageSocket.ts'

/** One document's Y.Doc and websocket, opened before its screen asked for them. */
export interface EarlyConnection {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  /** The close code of the server's refusal (4401, 4403, …) heard meanwhile, if any. */
  readonly refusedWith: number | null
  /** True if a connection failed without a reason (1006, e.g. a handshake refused) since the last sync. */
  readonly closedAbnormally: boolean
}

interface Pending extends EarlyConnection {
  readonly documentId: string
  readonly stopListening: () => void
  readonly timer: ReturnType<typeof setTimeout>
}

// A connection nobody took (the screen redirected, or the person is not signed in) is closed.
const UNCLAIMED_AFTER_MS = 15_000

let pending: Pending | null = null

/**
 * Opens the websocket of `documentId` now, as soon as its address is known (the app's start), so
 * that the sync runs while the document screen's code, the session and the document's entry are
 * still on their way; `useCollaborativeDocument` takes it over with {@link takeEarlyConnection}
 * and learns what happened meanwhile. The server checks the session and the access on the
 * upgrade as for any connection. At most one is pending: opening another closes it.
 */
export function openEarlyConnection(documentId: string): void {
  if (pending?.documentId === documentId) return
  discardEarlyConnection()
  if (!navigator.onLine) return
  const doc = new Y.Doc()
  // The socket the page opened for this document, if it did (see `PageSocketAdopter`).
  const provider = new WebsocketProvider(syncUrl(), documentId, doc, {
    disableBc: true,
    WebSocketPolyfill: PageSocketAdopter,
  })
  let refusedWith: number | null = null
  let closedAbnormally = false
  const onSync = (synced: boolean): void => {
    if (!synced) return
    refusedWith = null
    closedAbnormally = false
  }
  const onClosed = ({ code }: { code: number }): void => {
    refusedWith = code
  }
  const onConnectionClose = (event: CloseEvent | null): void => {
    if (event?.code === 1006) closedAbnormally = true
  }
  provider.on('sync', onSync)
  provider.on('closed', onClosed)
  provider.on('connection-close', onConnectionClose)
  pending = {
    documentId,
    doc,
    provider,
    get refusedWith() {
      return refusedWith
    },
    get closedAbnormally() {
      return closedAbnormally
    },
    stopListening: () => {
      provider.off('sync', onSync)
      provider.off('closed', onClosed)
      provider.off('connection-close', onConnectionClose)
    },
    timer: setTimeout(discardEarlyConnection, UNCLAIMED_AFTER_MS),
  }
}

/** The connection opened early for `documentId`, now the caller's to own and destroy; or null. */
export function takeEarlyConnection(documentId: string): EarlyConnection | null {
  const taken = pending
  if (taken?.documentId !== documentId) return null
  pending = null
  clearTimeout(taken.timer)
  taken.stopListening()
  return {
    doc: taken.doc,
    provider: taken.provider,
    refusedWith: taken.refusedWith,
    closedAbnormally: taken.closedAbnormally,
  }
}

/** Closes the connection opened early, if nobody took it (e.g. nobody is signed in). */
export function discardEarlyConnection(): void {
  if (pending === null) return
  clearTimeout(pending.timer)
  pending.stopListening()
  pending.provider.destroy()
  pending.doc.destroy()
  pending = null
}

/** The server's websocket address, on this page's host. */
export function syncUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${window.location.host}/sync`
}
