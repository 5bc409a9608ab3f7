import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { IndexeddbPersistence } from 'y-indexeddb'
import type { Awareness } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { CloseCode } from '@maillage/protocol'
import { ApiError } from '../api/ApiError.ts'
import { useApi } from '../api/ApiProvider.tsx'
import { documentQuery } from '../api/documentQuery.ts'
import type { ConnectionState } from './ConnectionState.ts'
import { syncUrl, takeEarlyConnection } from './earlyConnections.ts'
import { isWritableDocument } from './isWritableDocument.ts'
import { localCopyName } from './localCopies.ts'
import { PageSocketAdopter } from './pageSocket.ts'
import { syncModeOf, type SyncMode } from './syncModeOf.ts'

/** One open document: its Y.Doc, the awareness of who is here, and the connection's state. */
export interface CollaborativeDocument {
  readonly doc: Y.Doc
  readonly awareness: Awareness
  readonly state: ConnectionState
  /**
   * True once the local copy or the server has delivered the document's content, and the server
   * has said what this person may do with it.
   */
  readonly isLoaded: boolean
  /**
   * True when this person may not change the document, as the server says (`DocumentView.access`
   * and `archivedAt`, asked again whenever the server narrows the connection): every title,
   * field and rich text of the document is then read-only, and the status says « Lecture seule ».
   * Also true while the server has not answered yet.
   */
  readonly readOnly: boolean
  /** Tries to connect again after the server refused or closed the connection. */
  readonly reconnect: () => void
  /**
   * Asks the server again what this person may do with the document (after something the page
   * knows changed it, e.g. a survey answer sent or taken back); a connection that became
   * writable is opened again, so that its edits are accepted.
   */
  readonly refreshAccess: () => void
}

// A failed handshake (401/403/404 before the websocket opens) reaches the browser as 1006 without
// its reason; the API then tells why. At most one such question per interval.
const ACCESS_PROBE_INTERVAL_MS = 10_000

interface OpenDocument {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
}

/**
 * Owns the Y.Doc of one document and its two providers: the websocket to the server
 * (`/sync/<documentId>`) and the device's IndexedDB copy, so that edits made offline survive a
 * reload and merge on reconnect. It follows the browser's `online`/`offline` events, and stops
 * retrying when the server says the session expired or the access was withdrawn. Components
 * only read what it returns; everything is destroyed when the document is left.
 */
export function useCollaborativeDocument(
  documentId: string,
  account: { readonly id: string; readonly name: string; readonly color: string },
): CollaborativeDocument | null {
  const { id: accountId, name, color } = account
  const api = useApi()
  const [open, setOpen] = useState<OpenDocument | null>(null)
  const [state, setState] = useState<ConnectionState>('connecting')
  const [isLoaded, setLoaded] = useState(false)
  const everSynced = useRef(false)
  // What this person may do with the document, as the server says (shared with the document page).
  const access = useQuery(documentQuery(api, documentId))
  const readOnly = access.data === undefined || !isWritableDocument(access.data)
  // Refreshed each render, read by the provider's handlers (which outlive a render).
  const refetchAccess = useRef(access.refetch)
  const refreshAccess = useCallback(() => {
    void refetchAccess.current()
  }, [])
  // What the open connection was granted (write, suggest, read), as last known.
  const syncMode = useRef<SyncMode>('read')
  // True once the server said read-only (not merely: not answered yet).
  const knownReadOnly = useRef(false)
  useEffect(() => {
    refetchAccess.current = access.refetch
    const widened = knownReadOnly.current && !readOnly
    if (access.data !== undefined) syncMode.current = syncModeOf(access.data)
    knownReadOnly.current = access.data !== undefined && readOnly
    // The server decides a connection's access when it opens: a read-only one stays so.
    if (widened && open !== null && open.provider.wsconnected) {
      open.provider.disconnect()
      open.provider.connect()
    }
  }, [readOnly, open, access.data, access.refetch])

  useEffect(() => {
    // The connection the app's start opened for this document, if any (see `earlyConnections`).
    const early = takeEarlyConnection(documentId)
    const doc = early?.doc ?? new Y.Doc()
    const local = new IndexeddbPersistence(localCopyName(accountId, documentId), doc)
    const provider =
      early?.provider ??
      new WebsocketProvider(syncUrl(), documentId, doc, {
        connect: false,
        disableBc: true,
        // The socket the page opened, when the app's start did not take it (it opens no
        // connection offline, nor where the screen's code failed to load at first).
        WebSocketPolyfill: PageSocketAdopter,
      })
    // Who is here, for the presence list, even on screens without a rich-text editor.
    provider.awareness.setLocalStateField('user', { name, color })
    everSynced.current = false
    let lastProbe = 0
    const retrying = (): ConnectionState => (everSynced.current ? 'reconnecting' : 'connecting')

    // « Synchronisé » only while the provider is connected and synced with the server: never
    // from the local copy alone, and not a moment longer than the connection that synced.
    provider.on('sync', (synced: boolean) => {
      if (!synced) {
        if (provider.shouldConnect) setState(retrying())
        return
      }
      everSynced.current = true
      setLoaded(true)
      setState('synced')
    })
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected' && navigator.onLine && provider.shouldConnect) {
        setState(retrying())
      }
    })
    const handleRefusal = (code: number): void => {
      if (code !== CloseCode.Forbidden) {
        setState(terminalStateOf(code))
        return
      }
      // 4403 also closes a connection whose access changed (write to read: a role lowered, the
      // document archived, a survey answer sent; into or out of suggesting only: the space's
      // review setting changed): ask the server what remains, and reconnect with it.
      // Only a change is followed: anything else would be refused again on every reconnect.
      const wasMode = syncMode.current
      setState(retrying())
      refetchAccess.current().then(
        (answer) => {
          const changed =
            !answer.isError && answer.data !== undefined && syncModeOf(answer.data) !== wasMode
          if (changed) provider.connect()
          else setState('forbidden')
        },
        () => {
          setState('forbidden')
        },
      )
    }
    provider.on('closed', ({ code }: { code: number }) => {
      handleRefusal(code)
    })
    const probeAccess = (): void => {
      if (!navigator.onLine) return
      const now = Date.now()
      if (now - lastProbe < ACCESS_PROBE_INTERVAL_MS) return
      lastProbe = now
      api.getDocument(documentId).then(
        () => undefined,
        (error: unknown) => {
          if (!(error instanceof ApiError) || error.status === 0) return
          if (error.status !== 401 && error.status !== 403 && error.status !== 404) return
          provider.disconnect()
          setState(error.status === 401 ? 'session-expired' : 'forbidden')
        },
      )
    }
    provider.on('connection-close', (event: CloseEvent | null) => {
      if (event?.code === 1006) probeAccess()
    })
    const handleOffline = (): void => {
      provider.disconnect()
      setState('offline')
    }
    const handleOnline = (): void => {
      setState(retrying())
      provider.connect()
    }
    window.addEventListener('offline', handleOffline)
    window.addEventListener('online', handleOnline)
    void local.whenSynced.then(() => {
      // An empty local copy says nothing yet: wait for the server.
      if (doc.store.clients.size > 0) setLoaded(true)
    })
    if (early === null && navigator.onLine) provider.connect()
    // The Y.Doc and its providers are external resources made here and destroyed below; the
    // component learns of them through state (they cannot be made during render: StrictMode and
    // concurrent rendering would create and leak extra sockets).
    setOpen({ doc, provider })
    setState(navigator.onLine ? 'connecting' : 'offline')
    // What the early connection went through before this hook listened, as if heard now.
    if (early !== null) {
      if (provider.synced) {
        everSynced.current = true
        setLoaded(true)
        setState('synced')
      } else if (early.refusedWith !== null) handleRefusal(early.refusedWith)
      else if (early.closedAbnormally) probeAccess()
    }

    return () => {
      window.removeEventListener('offline', handleOffline)
      window.removeEventListener('online', handleOnline)
      provider.destroy()
      void local.destroy()
      doc.destroy()
      setOpen(null)
      setLoaded(false)
      setState('connecting')
    }
  }, [api, documentId, accountId, name, color])

  if (open === null) return null
  return {
    doc: open.doc,
    awareness: open.provider.awareness,
    state,
    isLoaded: isLoaded && (access.data !== undefined || access.isError),
    readOnly,
    reconnect: () => {
      setState(everSynced.current ? 'reconnecting' : 'connecting')
      open.provider.connect()
    },
    refreshAccess,
  }
}

function terminalStateOf(code: number): ConnectionState {
  if (code === CloseCode.Unauthenticated) return 'session-expired'
  if (code === CloseCode.Forbidden) return 'forbidden'
  return 'refused'
}
