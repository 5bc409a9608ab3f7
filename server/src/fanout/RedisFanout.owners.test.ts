import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { pino, type Logger } from 'pino'
import * as Y from 'yjs'
import { CloseCode, encodeUpdate, type DocumentId } from '@maillage/protocol'
import { randomRedisPrefix, TEST_REDIS_URL } from '../coordination/redisFixtures.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { Room } from '../sync/Room.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import {
  TestSockets,
  createCapturingLogger,
  createTestRegistry,
  newDocumentId,
  type TestPeer,
} from '../sync/roomTestKit.ts'
import { createRedisFanout, type RedisFanoutHandle } from './createRedisFanout.ts'
import { waitFor } from './waitFor.ts'

// Two server processes in one test process, over one store and the shared Redis (a key prefix of
// this file's own): does the ownership of a client id on one reach the other?

interface Stack {
  readonly registry: RoomRegistry
  readonly fanout: RedisFanoutHandle
}

const silent = pino({ level: 'silent' })
const prefix = randomRedisPrefix()
const stacks: Stack[] = []
let sockets: TestSockets

async function openStack(store: DocumentStore, logger: Logger = silent): Promise<Stack> {
  const fanout = await createRedisFanout({
    redisUrl: TEST_REDIS_URL,
    prefix,
    store,
    logger,
    syncTimeoutMs: 5000,
  })
  const registry = createTestRegistry({
    store,
    logger,
    extensions: [fanout.extension],
    saveDelayMs: 60_000,
  })
  const stack = { registry, fanout }
  stacks.push(stack)
  return stack
}

/** A connection of account `principal` to `id` on `stack`, joined, greeted and synced. */
async function join(stack: Stack, id: DocumentId, principal: string): Promise<TestPeer> {
  const peer = await sockets.connect(id, principal)
  const room = stack.registry.open(id)
  stack.registry.join(room, peer.connection)
  await room.load()
  await stack.fanout.extension.whenSynced(id)
  return peer
}

function roomOf(stack: Stack, id: DocumentId): Room {
  const room = stack.registry.find(id)
  if (room === undefined) throw new Error('room not loaded')
  return room
}

/** Sends what `peer` adds by appending `text` to the body, as a live update. */
function type(stack: Stack, id: DocumentId, peer: TestPeer, text: string): void {
  const before = Y.encodeStateVector(peer.doc)
  const body = peer.doc.getText('body')
  body.insert(body.length, text)
  roomOf(stack, id).receive(peer.connection, encodeUpdate(Y.encodeStateAsUpdate(peer.doc, before)))
}

/**
 * An update appending `text` to the body under `clientId`, at that client's next clock in `known`:
 * what a forger sends.
 */
function forgedUpdate(known: Y.Doc, clientId: number, text: string): Uint8Array {
  const forger = new Y.Doc()
  Y.applyUpdate(forger, Y.encodeStateAsUpdate(known))
  // Set afterwards: Yjs picks a new id for a document that receives items under its own.
  forger.clientID = clientId
  const body = forger.getText('body')
  body.insert(body.length, text)
  const update = Y.encodeStateAsUpdate(forger, Y.encodeStateVector(known))
  forger.destroy()
  return update
}

function bodyOf(stack: Stack, id: DocumentId): string {
  return roomOf(stack, id).document.doc.getText('body').toString()
}

beforeAll(async () => {
  sockets = await TestSockets.start()
})
afterEach(async () => {
  for (const stack of stacks.splice(0)) {
    await Promise.all(stack.registry.rooms().map((room) => room.shutdown(CloseCode.GoingAway)))
    await stack.fanout.close()
  }
})
afterAll(async () => {
  await sockets.close()
})

describe('client id ownership across processes', { timeout: 20_000 }, () => {
  it('refuses (4403) on one process a client id another account wrote under on another, and both documents stay equal', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    const id = newDocumentId()
    const xavier = await join(a, id, 'xavier')
    const yasmine = await join(b, id, 'yasmine')
    type(a, id, xavier, 'Bonjour')
    await waitFor(() => {
      expect(bodyOf(b, id)).toBe('Bonjour')
    })

    let closeCode: number | undefined
    yasmine.socket.on('close', (code: number) => {
      closeCode = code
    })
    const forged = forgedUpdate(roomOf(b, id).document.doc, xavier.doc.clientID, ' falsifié')
    roomOf(b, id).receive(yasmine.connection, encodeUpdate(forged))
    await waitFor(() => {
      expect(closeCode).toBe(CloseCode.Forbidden)
    })

    // Xavier's next edit takes the clock the forger wanted: it must reach both processes.
    type(a, id, xavier, ' à tous')
    await waitFor(() => {
      expect(bodyOf(b, id)).toBe('Bonjour à tous')
      expect(bodyOf(a, id)).toBe('Bonjour à tous')
    })
  })

  it('gives the client ids of the edits a room missed to their owners with the sync reply', async () => {
    const store = new MemoryDocumentStore()
    const a = await openStack(store)
    const id = newDocumentId()
    const xavier = await join(a, id, 'xavier')
    type(a, id, xavier, 'Bonjour')
    await waitFor(() => {
      expect(bodyOf(a, id)).toBe('Bonjour')
    })
    // Loaded after the edit, not saved yet: B learns it (and its owner) from A's sync reply.
    const b = await openStack(store)
    await join(b, id, 'yasmine')
    expect(bodyOf(b, id)).toBe('Bonjour')
    expect(roomOf(b, id).ownerOf(xavier.doc.clientID)).toBe('xavier')
  })

  it('logs, and still applies, an update under a client id owned here by another account', async () => {
    const store = new MemoryDocumentStore()
    const { logger, lines } = createCapturingLogger()
    const a = await openStack(store)
    const b = await openStack(store, logger)
    const id = newDocumentId()
    const xavier = await join(a, id, 'xavier')
    await join(b, id, 'yasmine')
    // The race: B gave Xavier's id to Yasmine before Xavier's update reached it.
    expect(roomOf(b, id).claimRemoteOwner(xavier.doc.clientID, 'yasmine')).toBe(true)
    type(a, id, xavier, 'Bonjour')
    await waitFor(() => {
      expect(bodyOf(b, id)).toBe('Bonjour')
    })
    expect(roomOf(b, id).ownerOf(xavier.doc.clientID)).toBe('yasmine')
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, documentId: id, clientId: xavier.doc.clientID }),
    )
  })
})
