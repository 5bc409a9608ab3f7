import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pino } from 'pino'
import { CloseCode, type DocumentId } from '@maillage/protocol'
import { randomRedisPrefix, TEST_REDIS_URL } from '../coordination/redisFixtures.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import {
  TestSockets,
  createTestRegistry,
  newDocumentId,
  type TestPeer,
} from '../sync/roomTestKit.ts'
import { createRedisFanout, type RedisFanoutHandle } from './createRedisFanout.ts'
import { FanoutDocumentPresence } from './FanoutDocumentPresence.ts'

interface Stack {
  readonly rooms: RoomRegistry
  readonly fanout: RedisFanoutHandle
  readonly presence: FanoutDocumentPresence
}

const silent = pino({ level: 'silent' })
const prefix = randomRedisPrefix()
let sockets: TestSockets

async function openStack(store: DocumentStore): Promise<Stack> {
  const fanout = await createRedisFanout({
    redisUrl: TEST_REDIS_URL,
    prefix,
    store,
    logger: silent,
  })
  const rooms = createTestRegistry({ store, extensions: [fanout.extension], saveDelayMs: 60_000 })
  return {
    rooms,
    fanout,
    presence: new FanoutDocumentPresence({ rooms, fanout: fanout.extension }),
  }
}

async function closeStack(stack: Stack): Promise<void> {
  await Promise.allSettled(stack.rooms.rooms().map((room) => room.shutdown(CloseCode.GoingAway)))
  await stack.fanout.close()
}

async function join(stack: Stack, id: DocumentId, principal: string): Promise<TestPeer> {
  const peer = await sockets.connect(id, principal)
  const room = stack.rooms.open(id)
  stack.rooms.join(room, peer.connection)
  await room.load()
  await stack.fanout.extension.whenSynced(id)
  return peer
}

beforeAll(async () => {
  sockets = await TestSockets.start()
})
afterAll(async () => {
  await sockets.close()
})

describe('FanoutDocumentPresence', () => {
  it('tells the accounts connected to a document through every process, each once', async () => {
    const store = new MemoryDocumentStore()
    const [a, b, c] = [await openStack(store), await openStack(store), await openStack(store)]
    try {
      const id = newDocumentId()
      await join(a, id, 'alice')
      const bob = await join(b, id, 'bob')
      await join(b, id, 'alice')
      await join(b, id, '')
      expect(await a.presence.connectedAccounts(id)).toEqual(new Set(['alice', 'bob']))
      // C holds no room of the document: it asks all the same.
      expect(await c.presence.connectedAccounts(id)).toEqual(new Set(['alice', 'bob']))
      const roomOnB = b.rooms.find(id)
      if (roomOnB === undefined) throw new Error('room not loaded on B')
      b.rooms.leave(roomOnB, bob.connection)
      expect(await a.presence.connectedAccounts(id)).toEqual(new Set(['alice']))
      expect(await c.presence.connectedAccounts(newDocumentId())).toEqual(new Set())
    } finally {
      await Promise.all([closeStack(a), closeStack(b), closeStack(c)])
    }
  })
})
