import { request, type IncomingHttpHeaders } from 'node:http'

/** An HTTP answer, its body parsed as JSON when it is JSON. */
export interface RawHttpAnswer {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly text: string
  /** The parsed JSON body; undefined for an empty or non-JSON body. */
  readonly body: unknown
}

/**
 * Sends one HTTP request with `node:http`, for what `fetch` cannot do: a path sent exactly as
 * written (`..` and `%2e%2e` are not normalised away) and a chosen local address (`127.0.0.2`),
 * which the server sees as the client's IP.
 */
export function rawHttpRequest(
  httpUrl: string,
  options: {
    method?: string
    path: string
    headers?: Readonly<Record<string, string>>
    body?: string
    localAddress?: string
  },
): Promise<RawHttpAnswer> {
  const { hostname, port } = new URL(httpUrl)
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: hostname,
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.once('error', reject)
        response.once('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          const isJson = response.headers['content-type']?.startsWith('application/json') === true
          try {
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              text,
              body: isJson && text !== '' ? (JSON.parse(text) as unknown) : undefined,
            })
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)))
          }
        })
      },
    )
    outgoing.once('error', reject)
    outgoing.end(options.body)
  })
}
