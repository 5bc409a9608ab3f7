import type { Credential } from './apiClient.ts'

/** One Server-Sent Event as received: its `event` name and its parsed JSON `data`. */
export interface ReceivedEvent {
  readonly event: string
  readonly data: unknown
}

/** An open `text/event-stream` response, read in the background. */
export interface EventStream {
  readonly status: number
  readonly contentType: string | null
  /** The JSON body of a refusal (status other than 200), else undefined. */
  readonly refusal: unknown
  /** Every event received so far, in order. */
  readonly events: readonly ReceivedEvent[]
  /** Comment lines received so far (heartbeats, the greeting), without their colon. */
  readonly comments: readonly string[]
  /** Resolves once the server ended the stream (or it was closed). */
  readonly ended: Promise<void>
  /** Aborts the request. */
  close(): void
}

/**
 * Opens `path` on the server at `baseUrl` as `as` (a session's cookie) and reads its events as
 * they come, as a browser's `EventSource` would; resolves once the response headers arrived.
 */
export async function openEventStream(
  baseUrl: string,
  path: string,
  as: Credential | null,
): Promise<EventStream> {
  const controller = new AbortController()
  const headers: Record<string, string> = { accept: 'text/event-stream' }
  if (as?.kind === 'session') headers.cookie = as.cookie
  if (as?.kind === 'token') headers.authorization = `Bearer ${as.secret}`
  const response = await fetch(`${baseUrl}${path}`, { headers, signal: controller.signal })
  const events: ReceivedEvent[] = []
  const comments: string[] = []
  if (response.status !== 200 || response.body === null) {
    const text = await response.text()
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      refusal: text === '' ? undefined : (JSON.parse(text) as unknown),
      events,
      comments,
      ended: Promise.resolve(),
      close: () => undefined,
    }
  }
  const ended = readEvents(response.body, events, comments).catch((error: unknown) => {
    // Aborting the request is how the test closes it.
    if (!(error instanceof Error && error.name === 'AbortError')) throw error
  })
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    refusal: undefined,
    events,
    comments,
    ended,
    close: () => {
      controller.abort()
    },
  }
}

async function readEvents(
  body: ReadableStream<Uint8Array>,
  events: ReceivedEvent[],
  comments: string[],
): Promise<void> {
  const decoder = new TextDecoder()
  let buffer = ''
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true })
    for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      let event = 'message'
      const data: string[] = []
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) comments.push(line.slice(1).trim())
        else if (line.startsWith('event: ')) event = line.slice('event: '.length)
        else if (line.startsWith('data: ')) data.push(line.slice('data: '.length))
      }
      if (data.length > 0) events.push({ event, data: JSON.parse(data.join('\n')) as unknown })
    }
  }
}
