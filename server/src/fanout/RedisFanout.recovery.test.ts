import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { pino } from 'pino'
import * as Y from 'yjs'
import { CloseCode, encodeUpdate, type DocumentId } from '@maillage/protocol'
import { ownRedis, randomRedisPrefix, type OwnRedis } from '../coordination/redisFixtures.ts'
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
import { waitFor } from './waitFor.ts'

interface Stack {
  readonly registry: RoomRegistry
  readonly fanout: RedisFanoutHandle
}

const silent = pino({ level: 'silent' })
const stacks: Stack[] = []
let sockets: TestSockets
let redis: OwnRedis

async function openStack(store: DocumentStore): Promise<Stack> {
  const fanout = await createRedisFanout({
    redisUrl: redis.url,
    prefix: randomPrefix,
    store,
    logger: silent,
    syncTimeoutMs: 5000,
  })
  const registry = createTestRegistry({
    store,
    logger: silent,
    extensions: [fanout.extension],
    saveDelayMs: 60_000,
  })
  const stack = { registry, fanout }
  stacks.push(stack)
  return stack
}

async function join(stack: Stack, id: DocumentId, principal: string): Promise<TestPeer> {
  const peer = await sockets.connect(id, principal)
  const room = stack.registry.open(id)
  stack.registry.join(room, peer.connection)
  await room.load()
  await stack.fanout.extension.whenSynced(id)
  return peer
}

function type(stack: Stack, id: DocumentId, peer: TestPeer, text: string): void {
  const before = Y.encodeStateVector(peer.doc)
  const title = peer.doc.getText('title')
  title.insert(title.length, text)
  stack.registry
    .find(id)
    ?.receive(peer.connection, encodeUpdate(Y.encodeStateAsUpdate(peer.doc, before)))
}

function wordsOf(peer: TestPeer): string[] {
  return peer.doc.getText('title').toString().split(' ').filter(Boolean).sort()
}

const randomPrefix = randomRedisPrefix()

beforeAll(async () => {
  sockets = await TestSockets.start()
  redis = await ownRedis()
  await redis.start()
})
afterEach(async () => {
  for (const stack of stacks.splice(0)) {
    await Promise.all(stack.registry.rooms().map((room) => room.shutdown(CloseCode.GoingAway)))
    await stack.fanout.close()
  }
})
afterAll(async () => {
  await sockets.close()
  await redis.stop()
})

describe('RedisFanout when Redis is lost and comes back', () => {
  it('keeps serving its own clients, then exchanges what each process received meanwhile', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    const id = newDocumentId()
    const [onA, alsoOnA, onB] = [
      await join(a, id, 'alice'),
      await join(a, id, 'albert'),
      await join(b, id, 'bob'),
    ]
    await redis.stop()
    type(a, id, onA, 'alpha ')
    type(b, id, onB, 'bravo ')
    await waitFor(() => {
      expect(wordsOf(alsoOnA)).toEqual(['alpha'])
    })
    expect(wordsOf(onB)).toEqual(['bravo'])
    await redis.start()
    await waitFor(
      () => {
        expect(wordsOf(onA)).toEqual(['alpha', 'bravo'])
        expect(wordsOf(onB)).toEqual(['alpha', 'bravo'])
      },
      { timeoutMs: 20_000 },
    )
  })

  it('merges what another process saved meanwhile into the rooms it holds', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    const id = newDocumentId()
    const [onA, onB] = [await join(a, id, 'alice'), await join(b, id, 'bob')]
    await redis.stop()
    type(b, id, onB, 'sauvé ')
    // Bob leaves: process B saves the room and unloads it; nobody holds Bob's edit in memory now.
    const roomOnB = b.registry.find(id)
    if (roomOnB === undefined) throw new Error('room not loaded on B')
    b.registry.leave(roomOnB, onB.connection)
    await waitFor(() => {
      expect(b.registry.find(id)).toBeUndefined()
    })
    await redis.start()
    await waitFor(
      () => {
        expect(wordsOf(onA)).toEqual(['sauvé'])
      },
      { timeoutMs: 20_000 },
    )
  })
})
