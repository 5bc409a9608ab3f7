import type { FastifyInstance } from 'fastify'
import type { IndexEvent } from '../../coordination/IndexEvents.ts'
import type { ApiContext } from '../ApiContext.ts'

/** Time between two heartbeats of an open stream, under the idle timeouts of proxies. */
export const EVENT_STREAM_HEARTBEAT_MS = 25_000

/**
 * `GET /api/pilotage/evenements`: Server-Sent Events for the open dashboards. Each index change
 * the person may see (`PilotageEventFeed`) is sent as `event: index` with its JSON
 * (`{ topic, spaceId, documentId }`); a comment every {@link EVENT_STREAM_HEARTBEAT_MS} keeps the
 * connection open through proxies. Streams end when the client leaves or the server closes.
 */
export function registerPilotageEventRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, pilotageEvents, timers } = context
  const open = new Set<() => void>()

  // Before the server stops accepting: a stream never ends by itself, and would hold the close.
  app.addHook('preClose', (done) => {
    for (const end of [...open]) end()
    done()
  })

  app.get('/api/pilotage/evenements', async (request, reply) => {
    const { actor, session } = await guard.require(request)
    const raw = reply.raw
    const write = (chunk: string): void => {
      if (!raw.writableEnded) raw.write(chunk)
    }
    // Refused (too many streams) before anything is sent, as a JSON error like any other.
    const subscription = pilotageEvents.subscribe({
      actor,
      sessionTokenHash: session?.tokenHash ?? null,
      expiresAt: session === null ? null : Date.parse(session.expiresAt),
      deliver: (event: IndexEvent) => {
        write(`event: index\ndata: ${JSON.stringify(event)}\n\n`)
      },
      end: () => {
        end()
      },
    })
    reply.hijack()
    let heartbeat = timers.setTimeout(beat, EVENT_STREAM_HEARTBEAT_MS)
    function beat(): void {
      write(': toujours là\n\n')
      heartbeat = timers.setTimeout(beat, EVENT_STREAM_HEARTBEAT_MS)
    }
    const end = (): void => {
      if (!open.delete(end)) return
      timers.clearTimeout(heartbeat)
      subscription.close()
      if (!raw.writableEnded) raw.end()
    }
    open.add(end)
    raw.on('close', end)
    raw.on('error', (error) => {
      context.logger.debug({ err: error }, 'an event stream failed')
      end()
    })
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    })
    // A first comment, so that the client knows at once the stream is open.
    write(': connecté\n\n')
  })
}
