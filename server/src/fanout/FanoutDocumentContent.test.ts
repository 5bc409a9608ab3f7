import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { pino } from 'pino'
import * as Y from 'yjs'
import { CloseCode, encodeUpdate, type DocumentId } from '@maillage/protocol'
import { randomRedisPrefix, TEST_REDIS_URL } from '../coordination/redisFixtures.ts'
import {
  describeDocumentContentContract,
  type DocumentContentFixture,
} from '../documents/describeDocumentContentContract.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import { TestSockets, createTestRegistry, newDocumentId } from '../sync/roomTestKit.ts'
import { createRedisFanout, type RedisFanoutHandle } from './createRedisFanout.ts'
import { FanoutDocumentContent } from './FanoutDocumentContent.ts'

/** One server process of the test: its rooms with the fan-out, and its `DocumentContent`. */
interface Stack {
  readonly rooms: RoomRegistry
  readonly fanout: RedisFanoutHandle
  readonly content: FanoutDocumentContent
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
  // Edits of connections wait a minute before their save: long enough to read them unsaved.
  const rooms = createTestRegistry({ store, extensions: [fanout.extension], saveDelayMs: 60_000 })
  return {
    rooms,
    fanout,
    content: new FanoutDocumentContent({ rooms, store, fanout: fanout.extension }),
  }
}

/** A memory store whose first append waits until the test releases it. */
class HeldAppendStore extends MemoryDocumentStore {
  readonly appendStarted: Promise<void>
  readonly #started: () => void
  #release: (() => void) | undefined
  #held = false

  constructor() {
    super()
    let started = (): void => undefined
    this.appendStarted = new Promise((resolve) => {
      started = resolve
    })
    this.#started = started
  }

  releaseAppend(): void {
    this.#release?.()
  }

  override async append(id: DocumentId, updates: readonly Uint8Array[]): Promise<void> {
    if (!this.#held) {
      this.#held = true
      const released = new Promise<void>((resolve) => {
        this.#release = resolve
      })
      this.#started()
      await released
    }
    await super.append(id, updates)
  }
}

async function closeStack(stack: Stack): Promise<void> {
  await Promise.allSettled(stack.rooms.rooms().map((room) => room.shutdown(CloseCode.GoingAway)))
  await stack.fanout.close()
}

/** A person connected to `id` through `stack` sends an edit made by `apply`, left unsaved. */
async function editUnsaved(stack: Stack, id: DocumentId, apply: (doc: Y.Doc) => void) {
  const peer = await sockets.connect(id, 'editor')
  const room = stack.rooms.open(id)
  stack.rooms.join(room, peer.connection)
  await room.load()
  await stack.fanout.extension.whenSynced(id)
  const doc = new Y.Doc()
  apply(doc)
  room.receive(peer.connection, encodeUpdate(Y.encodeStateAsUpdate(doc)))
}

beforeAll(async () => {
  sockets = await TestSockets.start()
})
afterAll(async () => {
  await sockets.close()
})

describeDocumentContentContract('FanoutDocumentContent, edited on the same process', async () => {
  const store = new MemoryDocumentStore()
  const stack = await openStack(store)
  return {
    content: stack.content,
    store,
    editUnsaved: (id, apply) => editUnsaved(stack, id, apply),
    close: () => closeStack(stack),
  } satisfies DocumentContentFixture
})

describeDocumentContentContract('FanoutDocumentContent, edited on another process', async () => {
  const store = new MemoryDocumentStore()
  const [reader, editor] = [await openStack(store), await openStack(store)]
  return {
    content: reader.content,
    store,
    editUnsaved: (id, apply) => editUnsaved(editor, id, apply),
    close: async () => {
      await closeStack(reader)
      await closeStack(editor)
    },
  } satisfies DocumentContentFixture
})

describe('FanoutDocumentContent across two processes', () => {
  it('reads through one process an edit just made through the room of another', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    try {
      const id = newDocumentId()
      await editUnsaved(a, id, (doc) => {
        doc.getText('title').insert(0, 'Diagnostic')
      })
      // B holds the room too, then A's room gets one more edit: B reads both, right away.
      await editUnsaved(b, id, (doc) => {
        doc.getMap('meta').set('status', 'brouillon')
      })
      await editUnsaved(a, id, (doc) => {
        doc.getMap('meta').set('kind', 'diagnostic')
      })
      const read = (doc: Y.Doc) => ({
        title: doc.getText('title').toString(),
        meta: doc.getMap('meta').toJSON(),
      })
      const expected = { title: 'Diagnostic', meta: { status: 'brouillon', kind: 'diagnostic' } }
      expect(await b.content.read(id, read)).toEqual(expected)
      expect(await a.content.read(id, read)).toEqual(expected)
    } finally {
      await closeStack(a)
      await closeStack(b)
    }
  })

  it('closes the room of every process when a document is deleted, without saving it', async () => {
    const store = new MemoryDocumentStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    try {
      const id = newDocumentId()
      await editUnsaved(b, id, (doc) => {
        doc.getText('title').insert(0, 'Brouillon')
      })
      await a.content.delete(id)
      expect(b.rooms.find(id)).toBeUndefined()
      expect((await store.load(id)).updates).toEqual([])
    } finally {
      await closeStack(a)
      await closeStack(b)
    }
  })

  it('deletes a document only once a save under way in another process has ended', async () => {
    const store = new HeldAppendStore()
    const [a, b] = [await openStack(store), await openStack(store)]
    try {
      const id = newDocumentId()
      const roomB = b.rooms.open(id)
      await roomB.load()
      // A change made through B's room is saved at once: its append is held in the store.
      const saving = roomB.change((doc) => {
        doc.getText('title').insert(0, 'Brouillon')
      })
      await store.appendStarted
      const deleting = a.content.delete(id)
      // The deletion reaches B (which closes its room) before the save under way there ends.
      await vi.waitFor(() => {
        expect(roomB.isReady).toBe(false)
      })
      store.releaseAppend()
      await Promise.allSettled([saving])
      await deleting
      expect(b.rooms.find(id)).toBeUndefined()
      expect((await store.load(id)).updates).toEqual([])
      expect(await store.list()).not.toContain(id)
    } finally {
      await closeStack(a)
      await closeStack(b)
    }
  })
})
