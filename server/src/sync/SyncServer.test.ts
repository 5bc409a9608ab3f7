import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { pino } from 'pino'
import { WebSocket } from 'ws'
import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode, decodeMessage, type Message } from '@maillage/protocol'
import { allowAllAuthenticator } from '../auth/allowAllAuthenticator.ts'
import { Metrics } from '../observability/Metrics.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import { systemTimers } from '../time/Timers.ts'
import { createTestRegistry, newDocumentId } from './roomTestKit.ts'
import { DEFAULT_SYNC_LIMITS } from './SyncLimits.ts'
import { SyncServer } from './SyncServer.ts'

/** Each write the server's side of an upgraded socket handed the kernel: its chunks' bytes. */
type Writes = string[][]

/** A sync server behind a real HTTP server on port 0, recording the writes of every socket. */
async function startSyncServer(): Promise<{
  url: string
  writes: Writes[]
  close: () => Promise<void>
}> {
  const syncServer = new SyncServer({
    registry: createTestRegistry({ store: new MemoryDocumentStore() }),
    authenticator: allowAllAuthenticator,
    limits: DEFAULT_SYNC_LIMITS,
    metrics: new Metrics(),
    logger: pino({ level: 'silent' }),
    timers: systemTimers,
  })
  const writes: Writes[] = []
  const server: Server = createServer()
  server.on('upgrade', (request, socket: Socket, head: Buffer) => {
    writes.push(recordWrites(socket))
    syncServer.handleUpgrade(request, socket, head)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `ws://127.0.0.1:${port}/sync/`,
    writes,
    close: async () => {
      await syncServer.close(CloseCode.GoingAway)
      server.close()
    },
  }
}

/** Records the system writes of `socket` (one `_write`, or one `_writev` of several chunks). */
function recordWrites(socket: Socket): Writes {
  const writes: Writes = []
  const write = socket._write.bind(socket)
  const writev = socket._writev?.bind(socket)
  socket._write = (chunk: Buffer, encoding, callback) => {
    writes.push([chunk.toString('latin1')])
    write(chunk, encoding, callback)
  }
  if (writev !== undefined) {
    socket._writev = (chunks, callback) => {
      writes.push(chunks.map(({ chunk }) => (chunk as Buffer).toString('latin1')))
      writev(chunks, callback)
    }
  }
  return writes
}

/** Opens a client to a new document and resolves with the first message the server sent it. */
async function firstMessage(url: string, opened: WebSocket[]): Promise<Message> {
  const socket = new WebSocket(`${url}${newDocumentId()}`)
  opened.push(socket)
  const [data] = (await once(socket, 'message')) as [Buffer]
  return decodeMessage(new Uint8Array(data))
}

describe('SyncServer upgrade', () => {
  const cleanups: (() => Promise<void>)[] = []
  const sockets: WebSocket[] = []

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate()
    for (const cleanup of cleanups.splice(0)) await cleanup()
  })

  it('sends the handshake and the greeting of a new document in one write', async () => {
    const server = await startSyncServer()
    cleanups.push(server.close)
    const message = await firstMessage(server.url, sockets)
    expect(message.type).toBe('sync-step-1')
    const [writes] = server.writes
    expect(writes).toHaveLength(1)
    const chunks = writes?.[0] ?? []
    expect(chunks[0]).toMatch(/^HTTP\/1\.1 101 Switching Protocols\r\n/)
    // The greeting's frame follows the response in the same write: binary, FIN set.
    expect(chunks.at(-1)?.charCodeAt(0)).toBe(0x82)
  })
})
