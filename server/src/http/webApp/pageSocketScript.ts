import { createHash } from 'node:crypto'
import { encodeSyncStep1, PAGE_SOCKET_GLOBAL } from '@maillage/protocol'

// A page nobody took the socket of (the app went elsewhere, or failed to load) closes it.
const UNCLAIMED_AFTER_MS = 15_000

// The state vector of an empty Y.Doc: no client, no clock (`Y.encodeStateVector(new Y.Doc())`).
const EMPTY_STATE_VECTOR = new Uint8Array([0])

/**
 * Inline script of a document's page: opens the document's websocket as the page is parsed, asks
 * for the whole document (a sync step 1 with an empty state vector) and keeps what the server
 * sends, for the app to take over (see {@link PAGE_SOCKET_GLOBAL}). Without it the socket opened
 * once the app's code had downloaded and run, some 400 ms later on two busy cores, and the sync
 * followed. The server checks the session and the access on this upgrade as on any other; a
 * refusal closes the socket, and the app then connects as it would have. It also starts the two
 * requests the app makes first, the session and the document's record, as preloads (`as=fetch`,
 * same-origin credentials like the app's `fetch`, which then takes their answers instead of asking
 * again): they no longer wait for the app's code. Each preload answers one fetch of this page only,
 * so a 401, 403 or 404 reaches the app as if it had asked itself, and nothing outlives the page.
 * Plain ES2020, no dependency: it runs before any of the app's files.
 */
export const PAGE_SOCKET_SCRIPT = `(() => {
  const match = /^\\/documents\\/([^/]+)\\/?$/.exec(location.pathname)
  if (match === null || !navigator.onLine || typeof WebSocket !== 'function') return
  let id
  try {
    id = decodeURIComponent(match[1])
  } catch {
    return
  }
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  const url = scheme + '://' + location.host + '/sync/' + id
  const socket = new WebSocket(url)
  socket.binaryType = 'arraybuffer'
  const received = []
  socket.onmessage = (event) => {
    received.push(event.data)
  }
  socket.onopen = () => {
    socket.send(new Uint8Array([${encodeSyncStep1(EMPTY_STATE_VECTOR).join(', ')}]))
  }
  window.${PAGE_SOCKET_GLOBAL} = { url, socket, received }
  for (const path of ['/api/session', '/api/documents/' + encodeURIComponent(id)]) {
    const link = document.createElement('link')
    link.rel = 'preload'
    link.as = 'fetch'
    link.crossOrigin = 'anonymous'
    link.href = path
    document.head.appendChild(link)
  }
  setTimeout(() => {
    if (window.${PAGE_SOCKET_GLOBAL}?.socket !== socket) return
    delete window.${PAGE_SOCKET_GLOBAL}
    socket.close()
  }, ${UNCLAIMED_AFTER_MS})
})()`

/** The Content-Security-Policy source that allows {@link PAGE_SOCKET_SCRIPT} (CSP Level 2 hash). */
export const PAGE_SOCKET_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(PAGE_SOCKET_SCRIPT, 'utf8').digest('base64')}'`
