import { randomBytes } from 'node:crypto'
import { request } from 'node:http'

/** The server's answer to a websocket upgrade request: 101, or the refusal with its JSON body. */
export interface UpgradeAnswer {
  readonly status: number
  readonly contentType: string | undefined
  /** The refusal's body parsed as JSON; undefined for an accepted upgrade. */
  readonly body: unknown
}

/**
 * Sends a websocket upgrade request for exactly `path` (not normalised, unlike a URL: `..` and
 * `%2e%2e` reach the server as written) and resolves with the answer. An accepted upgrade's
 * socket is closed at once.
 */
export function requestUpgrade(
  httpUrl: string,
  path: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<UpgradeAnswer> {
  const { hostname, port } = new URL(httpUrl)
  return new Promise((resolve, reject) => {
    const upgrade = request({
      host: hostname,
      port,
      path,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'),
        ...headers,
      },
    })
    upgrade.once('error', reject)
    upgrade.once('upgrade', (response, socket) => {
      socket.destroy()
      resolve({ status: response.statusCode ?? 0, contentType: undefined, body: undefined })
    })
    upgrade.once('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.once('error', reject)
      response.once('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        try {
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'],
            body: text === '' ? undefined : (JSON.parse(text) as unknown),
          })
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      })
    })
    upgrade.end()
  })
}
