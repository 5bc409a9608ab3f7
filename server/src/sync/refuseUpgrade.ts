import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'

/** An HTTP refusal of a websocket upgrade, with the JSON error shape of the API. */
export interface UpgradeRefusal {
  readonly status: 400 | 401 | 403 | 404 | 429 | 503
  readonly code: string
  /** French sentence for people. */
  readonly message: string
}

/**
 * Answers an upgrade request with a plain HTTP error, before any websocket handshake, and closes the
 * socket. The body is `{ "error": { "code", "message" } }`, like every API error.
 */
export function refuseUpgrade(socket: Duplex, refusal: UpgradeRefusal): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } })
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? ''}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      '\r\n' +
      body,
  )
}
