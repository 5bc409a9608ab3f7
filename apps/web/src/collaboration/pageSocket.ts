import { PAGE_SOCKET_GLOBAL } from '@maillage/protocol'

/** What the document page's inline script leaves (see `PAGE_SOCKET_GLOBAL`). */
interface PageSocket {
  readonly url: string
  readonly socket: WebSocket
  readonly received: unknown[]
}

/**
 * A `WebSocket` for y-websocket's `WebSocketPolyfill` option: the first one asked for the address
 * the page's inline script connected to is that script's socket, still connecting or open, and
 * y-websocket hears what it missed as if it were happening now — the frames received so far, in
 * order, then the opening (so that its own sync step 1 carries the state those frames gave). A
 * socket the script saw closed is dropped and a new one opened, whose failure the provider then
 * handles as usual. Any other address gets a new socket.
 */
export class PageSocketAdopter extends WebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    const adopted = takePageSocket(String(url))
    // y-websocket makes its socket with `new` and uses it as a WebSocket only (never checks the
    // class): the page's socket is handed over as that instance.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- see above
    if (adopted !== null) return adopted
    super(url, protocols)
  }
}

function takePageSocket(url: string): WebSocket | null {
  const left = pageSocketOf(Reflect.get(window, PAGE_SOCKET_GLOBAL))
  if (left === null) return null
  Reflect.deleteProperty(window, PAGE_SOCKET_GLOBAL)
  const { socket, received } = left
  socket.onmessage = null
  socket.onopen = null
  if (left.url !== url || socket.readyState > WebSocket.OPEN) {
    socket.close()
    return null
  }
  // After the caller set its handlers (in the same task), before any further frame (a task).
  queueMicrotask(() => {
    for (const data of received) socket.onmessage?.(new MessageEvent('message', { data }))
    if (socket.readyState === WebSocket.OPEN) socket.onopen?.(new Event('open'))
  })
  return socket
}

function pageSocketOf(value: unknown): PageSocket | null {
  if (typeof value !== 'object' || value === null) return null
  if (!('url' in value && 'socket' in value && 'received' in value)) return null
  const { url, socket, received } = value
  if (typeof url !== 'string' || !(socket instanceof WebSocket) || !Array.isArray(received)) {
    return null
  }
  return { url, socket, received }
}
