import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { pino } from 'pino'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { CloseCode } from '@maillage/protocol'
import { allowAllAuthenticator } from '../auth/allowAllAuthenticator.ts'
import { ownRedis, randomRedisPrefix, type OwnRedis } from '../coordination/redisFixtures.ts'
import { Metrics } from '../observability/Metrics.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import { createTestRegistry, newDocumentId } from '../sync/roomTestKit.ts'
import { DEFAULT_SYNC_LIMITS } from '../sync/SyncLimits.ts'
import { SyncServer } from '../sync/SyncServer.ts'
import { systemTimers } from '../time/Timers.ts'
import { createRedisFanout, type RedisFanoutHandle } from './createRedisFanout.ts'
import { waitFor } from './waitFor.ts'

// Two server processes in one test process: each its rooms with the fan-out and its websocket
// server on a port of its own, over one store and one Redis (of this file's own, so that it can be
// stopped), with the stock y-websocket client on each.

interface Stack {
  readonly rooms: RoomRegistry
  readonly fanout: RedisFanoutHandle
  readonly sync: SyncServer
  readonly http: Server
  readonly url: string
}

const silent = pino({ level: 'silent' })
const prefix = randomRedisPrefix()
const stacks: Stack[] = []
const providers: WebsocketProvider[] = []
let redis: OwnRedis

async function openStack(store: DocumentStore): Promise<Stack> {
  const fanout = await createRedisFanout({ redisUrl: redis.url, prefix, store, logger: silent })
  const rooms = createTestRegistry({ store, extensions: [fanout.extension], saveDelayMs: 60_000 })
  const sync = new SyncServer({
    registry: rooms,
    authenticator: allowAllAuthenticator,
    limits: DEFAULT_SYNC_LIMITS,
    metrics: new Metrics({ connections: () => 0, rooms: () => 0 }),
    logger: silent,
    timers: systemTimers,
  })
  const http = createServer()
  http.on('upgrade', (request, socket, head: Buffer) => {
    sync.handleUpgrade(request, socket, head)
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = http.address() as AddressInfo
  const stack = { rooms, fanout, sync, http, url: `ws://127.0.0.1:${port}/sync` }
  stacks.push(stack)
  return stack
}

function connect(stack: Stack, documentId: string): WebsocketProvider {
  const provider = new WebsocketProvider(stack.url, documentId, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  providers.push(provider)
  return provider
}

function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve) => {
    provider.once('sync', () => {
      resolve()
    })
  })
}

function textOf(provider: WebsocketProvider): string {
  return provider.doc.getText('body').toString()
}

beforeAll(async () => {
  redis = await ownRedis()
  await redis.start()
})
afterEach(async () => {
  for (const provider of providers.splice(0)) {
    provider.destroy()
    provider.doc.destroy()
  }
  for (const stack of stacks.splice(0)) {
    await stack.sync.close(CloseCode.GoingAway)
    await Promise.all(stack.rooms.rooms().map((room) => room.shutdown(CloseCode.GoingAway)))
    await stack.fanout.close()
    await new Promise((resolve) => stack.http.close(resolve))
  }
})
afterAll(async () => {
  await redis.stop()
})

describe(
  'stock y-websocket clients on two processes with the Redis fan-out',
  { timeout: 30_000 },
  () => {
    it('converge on the same text, whichever process each one talks to', async () => {
      const store = new MemoryDocumentStore()
      const [a, b] = [await openStack(store), await openStack(store)]
      const id = newDocumentId()
      const clients = [connect(a, id), connect(b, id), connect(a, id), connect(b, id)]
      await Promise.all(clients.map(whenSynced))
      for (let round = 0; round < 40; round++) {
        const client = clients[(round * 7) % clients.length]
        if (client === undefined) continue
        const text = client.doc.getText('body')
        // One character per edit, so that an edit inside another one cannot hide it.
        text.insert((round * 13) % (text.length + 1), String.fromCharCode(0x4e00 + round))
      }
      await waitFor(() => {
        const texts = new Set(clients.map(textOf))
        expect(texts.size).toBe(1)
        expect(new Set(textOf(clients[0] as WebsocketProvider)).size).toBe(40)
      })
    })

    it('show the presence of a client of one process to a client of the other', async () => {
      const store = new MemoryDocumentStore()
      const [a, b] = [await openStack(store), await openStack(store)]
      const id = newDocumentId()
      const onA = connect(a, id)
      await whenSynced(onA)
      onA.awareness.setLocalStateField('user', { name: 'Alice' })
      // Connected after Alice announced herself: B's room learns her state from A's sync reply.
      const onB = connect(b, id)
      await waitFor(() => {
        expect(onB.awareness.getStates().get(onA.awareness.clientID)).toEqual({
          user: { name: 'Alice' },
        })
      })
      onA.awareness.setLocalStateField('user', { name: 'Alice D.' })
      await waitFor(() => {
        expect(onB.awareness.getStates().get(onA.awareness.clientID)).toEqual({
          user: { name: 'Alice D.' },
        })
      })
    })

    it('give a client of a room loaded later on the other process the edits not saved yet', async () => {
      const store = new MemoryDocumentStore()
      const [a, b] = [await openStack(store), await openStack(store)]
      const id = newDocumentId()
      const onA = connect(a, id)
      await whenSynced(onA)
      onA.doc.getText('body').insert(0, 'Plan d’action')
      await waitFor(() => {
        expect(a.rooms.find(id)?.document.doc.getText('body').toString()).toBe('Plan d’action')
      })
      expect((await store.load(id)).updates).toEqual([])
      const onB = connect(b, id)
      await waitFor(() => {
        expect(textOf(onB)).toBe('Plan d’action')
      })
    })

    it('converge again once Redis comes back, with what each side wrote meanwhile', async () => {
      const store = new MemoryDocumentStore()
      const [a, b] = [await openStack(store), await openStack(store)]
      const id = newDocumentId()
      const [onA, onB] = [connect(a, id), connect(b, id)]
      await Promise.all([whenSynced(onA), whenSynced(onB)])
      await redis.stop()
      onA.doc.getText('body').insert(0, 'alpha ')
      onB.doc.getText('body').insert(0, 'bravo ')
      await redis.start()
      await waitFor(
        () => {
          expect(textOf(onA)).toBe(textOf(onB))
          expect(textOf(onA)).toContain('alpha ')
          expect(textOf(onA)).toContain('bravo ')
        },
        { timeoutMs: 20_000 },
      )
    })
  },
)
