import WebSocket from 'ws'

/** The HTTP answer to a websocket upgrade the server refused. */
export interface UpgradeRefusal {
  readonly status: number
  readonly contentType: string | undefined
  /** The response body parsed as JSON. */
  readonly body: unknown
}

/**
 * Attempts a websocket upgrade at `url` and resolves with the HTTP response if the server refuses
 * it; rejects if the handshake succeeds instead (the socket is then closed) or the request fails.
 */
export function expectUpgradeRefusal(url: string): Promise<UpgradeRefusal> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url)
    socket.once('open', () => {
      socket.close()
      reject(new Error(`the server accepted the upgrade to ${url}`))
    })
    // `on`, not `once`: a late error after the refusal must not become an uncaught exception.
    socket.on('error', reject)
    socket.once('unexpected-response', (request, response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.once('error', reject)
      response.once('end', () => {
        request.destroy()
        try {
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'],
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          })
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      })
    })
  })
}
