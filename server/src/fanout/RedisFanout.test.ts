import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { pino, type Logger } from 'pino'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { CloseCode, encodeAwareness, encodeUpdate, type DocumentId } from '@maillage/protocol'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import {
  TestSockets,
  createCapturingLogger,
  createTestRegistry,
  newDocumentId,
  type TestPeer,
} from '../sync/roomTestKit.ts'
import { randomRedisPrefix, TEST_REDIS_URL } from '../coordination/redisFixtures.ts'
import { createRedisFanout, type RedisFanoutHandle } from './createRedisFanout.ts'
import { documentChannel } from './fanoutChannels.ts'
import { ENVELOPE_HEADER_ALLOWANCE_BYTES } from './FanoutPublisher.ts'
import { RedisPubSub } from './RedisPubSub.ts'
import { waitFor } from './waitFor.ts'
import { decodeEnvelope } from './decodeEnvelope.ts'
import type { FanoutEnvelope } from './FanoutEnvelope.ts'

/** One server process of the test: its rooms, with the fan-out registered. */
interface Stack {
  readonly registry: RoomRegistry
  readonly fanout: RedisFanoutHandle
}

const silent = pino({ level: 'silent' })
const prefix = randomRedisPrefix()
const stacks: Stack[] = []
let sockets: TestSockets

async function openStack(
  store: DocumentStore,
  options: {
    saveDelayMs?: number
    maxFrameBytes?: number
    syncTimeoutMs?: number
    logger?: Logger
  } = {},
): Promise<Stack> {
  const logger = options.logger ?? silent
  const fanout = await createRedisFanout({
    redisUrl: TEST_REDIS_URL,
    prefix,
    store,
    logger,
    maxFrameBytes: options.maxFrameBytes,
    syncTimeoutMs: options.syncTimeoutMs ?? 5000,
  })
  const registry = createTestRegistry({
    store,
    logger,
    extensions: [fanout.extension],
    saveDelayMs: options.saveDelayMs ?? 60_000,
  })
  const stack = { registry, fanout }
  stacks.push(stack)
  return stack
}

/** A client of `stack` on document `id`, joined and greeted. */
async function join(stack: Stack, id: DocumentId, principal = 'alice'): Promise<TestPeer> {
  const peer = await sockets.connect(id, principal)
  // Opened once the socket is there: an empty room unloads as soon as it is loaded.
  const room = stack.registry.open(id)
  stack.registry.join(room, peer.connection)
  await room.load()
  return peer
}

/** Sends an update of `peer` that inserts `text` in the title. */
function type(stack: Stack, id: DocumentId, peer: TestPeer, text: string): void {
  const before = Y.encodeStateVector(peer.doc)
  peer.doc.getText('title').insert(0, text)
  const room = stack.registry.find(id)
  if (room === undefined) throw new Error('room not loaded')
  room.receive(peer.connection, encodeUpdate(Y.encodeStateAsUpdate(peer.doc, before)))
}

function titleOf(peer: TestPeer): string {
  return peer.doc.getText('title').toString()
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

describe('RedisFanout', () => {
  it('carries an edit made on one process to the clients of the same room on another', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    const id = newDocumentId()
    const [onA, onB] = [await join(a, id), await join(b, id, 'bob')]
    await a.fanout.extension.whenSynced(id)
    await b.fanout.extension.whenSynced(id)
    type(a, id, onA, 'Diagnostic ')
    type(b, id, onB, 'territorial')
    await waitFor(() => {
      expect(titleOf(onA)).toBe(titleOf(onB))
      expect(titleOf(onA)).toHaveLength('Diagnostic territorial'.length)
    })
  })

  it('shows the presence of a client of one process to the clients of another', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    const id = newDocumentId()
    const [onA, onB] = [await join(a, id), await join(b, id, 'bob')]
    await b.fanout.extension.whenSynced(id)
    const presence = new Awareness(new Y.Doc())
    presence.setLocalState({ user: { name: 'Alice' } })
    const frame = encodeAwareness(encodeAwarenessUpdate(presence, [presence.clientID]))
    a.registry.find(id)?.receive(onA.connection, frame)
    await waitFor(() => {
      const seen = new Awareness(new Y.Doc())
      for (const message of onB.received) {
        if (message.type === 'awareness') applyAwarenessUpdate(seen, message.update, null)
      }
      expect(seen.getStates().get(presence.clientID)).toEqual({ user: { name: 'Alice' } })
    })
  })

  it('gives a room loaded later on another process the edits not saved yet', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    const id = newDocumentId()
    const onA = await join(a, id)
    type(a, id, onA, 'Feuille de route')
    // Nothing saved: the save delay is a minute.
    expect((await store.load(id)).updates).toHaveLength(0)
    const onB = await join(b, id, 'bob')
    await waitFor(() => {
      expect(titleOf(onB)).toBe('Feuille de route')
    })
  })

  it('publishes each local edit once, and never an edit received from another process', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    const id = newDocumentId()
    const [onA, onB] = [await join(a, id), await join(b, id, 'bob')]
    await a.fanout.extension.whenSynced(id)
    await b.fanout.extension.whenSynced(id)
    // Subscribed after the load-time syncs: a listener that never answers would make them wait.
    const listener = await RedisPubSub.open({ redisUrl: TEST_REDIS_URL, prefix, logger: silent })
    const heard: FanoutEnvelope[] = []
    await listener.subscribe(documentChannel(id), (message) => {
      heard.push(decodeEnvelope(new Uint8Array(message)))
    })
    try {
      type(a, id, onA, 'Fiche action')
      await waitFor(() => {
        expect(titleOf(onB)).toBe('Fiche action')
      })
      type(b, id, onB, '» ')
      await waitFor(() => {
        expect(titleOf(onA)).toBe('» Fiche action')
      })
      const updates = heard.filter((envelope) => envelope.type === 'update')
      expect(updates.map((envelope) => envelope.sender)).toEqual([
        a.fanout.extension.processId,
        b.fanout.extension.processId,
      ])
    } finally {
      await listener.close()
    }
  })

  it('publishes the edits a room applies in one turn as one message', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    const id = newDocumentId()
    const [onA, onB] = [await join(a, id), await join(b, id, 'bob')]
    await a.fanout.extension.whenSynced(id)
    await b.fanout.extension.whenSynced(id)
    const listener = await RedisPubSub.open({ redisUrl: TEST_REDIS_URL, prefix, logger: silent })
    const heard: FanoutEnvelope[] = []
    await listener.subscribe(documentChannel(id), (message) => {
      heard.push(decodeEnvelope(new Uint8Array(message)))
    })
    try {
      type(a, id, onA, 'rapide')
      type(a, id, onA, 'très ')
      await waitFor(() => {
        expect(titleOf(onB)).toBe('très rapide')
      })
      expect(heard.filter((envelope) => envelope.type === 'update')).toHaveLength(1)
    } finally {
      await listener.close()
    }
  })

  it('publishes a turn of edits too large once merged as the edits it merged', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store, { maxFrameBytes: 2000 }), await openStack(store)]
    const id = newDocumentId()
    const [onA, onB] = [await join(a, id), await join(b, id, 'bob')]
    await b.fanout.extension.whenSynced(id)
    type(a, id, onA, 'x'.repeat(1800))
    type(a, id, onA, 'y'.repeat(1800))
    await waitFor(() => {
      expect(titleOf(onB)).toBe('y'.repeat(1800) + 'x'.repeat(1800))
    })
  })

  it('drops and logs a malformed message, and goes on', async () => {
    const store = new MemoryDocumentStore()
    const { logger, lines } = createCapturingLogger()
    const [a, b] = [await openStack(store, { logger }), await openStack(store)]
    const id = newDocumentId()
    const [onA, onB] = [await join(a, id), await join(b, id, 'bob')]
    await a.fanout.extension.whenSynced(id)
    const intruder = await RedisPubSub.open({ redisUrl: TEST_REDIS_URL, prefix, logger: silent })
    try {
      await intruder.publish(documentChannel(id), Uint8Array.of(0, 200, 1))
      await waitFor(() => {
        expect(lines.map((line) => line.code)).toContain('FANOUT_ENVELOPE_TRUNCATED')
      })
      type(b, id, onB, 'toujours là')
      await waitFor(() => {
        expect(titleOf(onA)).toBe('toujours là')
      })
    } finally {
      await intruder.close()
    }
  })

  it('does not publish a message over the frame limit, and says so', async () => {
    const store = new MemoryDocumentStore()
    const { logger, lines } = createCapturingLogger()
    const [a, b] = [await openStack(store, { logger, maxFrameBytes: 200 }), await openStack(store)]
    const id = newDocumentId()
    const [onA, onB] = [await join(a, id), await join(b, id, 'bob')]
    await b.fanout.extension.whenSynced(id)
    // Over the limit even with the room left for the envelope's header and owner entries.
    type(a, id, onA, 'x'.repeat(ENVELOPE_HEADER_ALLOWANCE_BYTES + 2000))
    await waitFor(() => {
      expect(lines.map((line) => line.msg)).toContainEqual(
        expect.stringContaining('over the frame limit; not published'),
      )
    })
    type(a, id, onA, 'petit ')
    // The small edit crosses; the large one it depends on does not, so Yjs keeps it pending.
    await waitFor(() => {
      expect(b.registry.find(id)?.document.doc.store.pendingStructs).not.toBeNull()
    })
    expect(titleOf(onB)).toBe('')
  })

  it('stops waiting for a process that received a sync request but does not answer', async () => {
    const store = new MemoryDocumentStore()
    const a = await openStack(store, { syncTimeoutMs: 200 })
    const id = newDocumentId()
    const mute = await RedisPubSub.open({ redisUrl: TEST_REDIS_URL, prefix, logger: silent })
    try {
      let requests = 0
      await mute.subscribe(documentChannel(id), () => {
        requests++
      })
      const replies: Uint8Array[] = []
      await a.fanout.extension.catchUp(id, Y.encodeStateVector(new Y.Doc()), (update) => {
        replies.push(update)
      })
      expect(requests).toBe(1)
      expect(replies).toEqual([])
    } finally {
      await mute.close()
    }
  })
})
