import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, encodeUpdate, type DocumentId } from '@maillage/protocol'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import type { RoomRegistry } from './RoomRegistry.ts'
import { TestSockets, createTestRegistry, newDocumentId, type TestPeer } from './roomTestKit.ts'

let sockets: TestSockets
const registries: RoomRegistry[] = []

beforeAll(async () => {
  sockets = await TestSockets.start()
})

afterEach(async () => {
  const open = registries.splice(0)
  await Promise.allSettled(
    open.flatMap((registry) => registry.rooms().map((room) => room.shutdown(CloseCode.GoingAway))),
  )
})

afterAll(async () => {
  await sockets.close()
})

/** A room with a writer and a reader, on a store that keeps every update as it was saved. */
async function roomWithTwoPeers(): Promise<{
  id: DocumentId
  store: MemoryDocumentStore
  writer: TestPeer
  reader: TestPeer
  send: (update: Uint8Array, from?: TestPeer) => void
}> {
  const store = new MemoryDocumentStore()
  const registry = createTestRegistry({ store })
  registries.push(registry)
  const id = newDocumentId()
  const writer = await sockets.connect(id, 'alice')
  const reader = await sockets.connect(id, 'bob')
  const room = registry.open(id)
  registry.join(room, writer.connection)
  registry.join(room, reader.connection)
  await room.load()
  return {
    id,
    store,
    writer,
    reader,
    send: (update, from = writer) => {
      room.receive(from.connection, encodeUpdate(update))
    },
  }
}

/** The updates a client's edits produce, one per transaction. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  return updates
}

/** The payloads of the update messages `peer` received, in order. */
function updatesReceived(peer: TestPeer): Uint8Array[] {
  return peer.received.flatMap((message) => (message.type === 'update' ? [message.update] : []))
}

/** The text `body` of the document rebuilt from what the store holds. */
async function storedBody(store: MemoryDocumentStore, id: DocumentId): Promise<string> {
  const { updates } = await store.load(id)
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('body').toString()
}

describe('updates relayed as they were sent', () => {
  it('relays and saves a live edit as the bytes its sender sent', async () => {
    const { id, store, reader, send } = await roomWithTwoPeers()
    const local = new Y.Doc()
    const sent = recordUpdates(local)
    const body = local.getText('body')
    body.insert(0, 'abc')
    body.delete(1, 1)
    body.insert(2, 'd')
    const [insert, deletion, append] = sent as [Uint8Array, Uint8Array, Uint8Array]
    send(insert)
    send(deletion)
    await vi.waitFor(() => {
      expect(reader.doc.getText('body').toString()).toBe('ac')
    })
    // The last edit carries the deletion again: Yjs would encode the insertion alone.
    const appendAndDeletion = Y.mergeUpdates([append, deletion])
    send(appendAndDeletion)
    await vi.waitFor(() => {
      expect(reader.doc.getText('body').toString()).toBe('acd')
    })
    expect(updatesReceived(reader).at(-1)).toEqual(appendAndDeletion)
    await vi.waitFor(async () => {
      const { updates } = await store.load(id)
      expect(updates.at(-1)).toEqual(appendAndDeletion)
      expect(await storedBody(store, id)).toBe('acd')
    })
  })

  it('relays what the document did not hold of an edit that repeats what it holds', async () => {
    const { id, store, reader, send } = await roomWithTwoPeers()
    const local = new Y.Doc()
    const sent = recordUpdates(local)
    local.getText('body').insert(0, 'ab')
    local.getText('body').insert(2, 'cd')
    const [first, second] = sent as [Uint8Array, Uint8Array]
    send(first)
    await vi.waitFor(() => {
      expect(reader.doc.getText('body').toString()).toBe('ab')
    })
    send(Y.mergeUpdates([first, second]))
    await vi.waitFor(() => {
      expect(reader.doc.getText('body').toString()).toBe('abcd')
    })
    // Yjs' encoding of what changed: the new letters only, starting past the first edit.
    const relayed = updatesReceived(reader).at(-1) ?? new Uint8Array()
    expect(Y.parseUpdateMeta(relayed).from.get(local.clientID)).toBe(2)
    await vi.waitFor(async () => {
      expect(await storedBody(store, id)).toBe('abcd')
    })
  })

  it('relays the structs that waited for an edit with that edit', async () => {
    const { id, store, reader, send } = await roomWithTwoPeers()
    const local = new Y.Doc()
    const sent = recordUpdates(local)
    local.getText('body').insert(0, 'ab')
    local.getText('body').insert(2, 'cd')
    const [first, second] = sent as [Uint8Array, Uint8Array]
    // The second edit arrives first: the room keeps it pending until the first comes.
    send(second)
    send(first)
    await vi.waitFor(() => {
      expect(reader.doc.getText('body').toString()).toBe('abcd')
    })
    await vi.waitFor(async () => {
      expect(await storedBody(store, id)).toBe('abcd')
    })
  })

  it('does not send the writer its own edit back', async () => {
    const { reader, writer, send } = await roomWithTwoPeers()
    const local = new Y.Doc()
    const sent = recordUpdates(local)
    local.getText('body').insert(0, 'écho')
    send(sent[0] as Uint8Array)
    await vi.waitFor(() => {
      expect(reader.doc.getText('body').toString()).toBe('écho')
    })
    // The reader's edit comes after on the writer's socket, which keeps the order of its frames:
    // had the writer been sent its own edit, it would have received it before.
    const readerDoc = new Y.Doc()
    readerDoc.getText('title').insert(0, 'lu')
    send(Y.encodeStateAsUpdate(readerDoc), reader)
    await vi.waitFor(() => {
      expect(writer.doc.getText('title').toString()).toBe('lu')
    })
    expect(updatesReceived(writer)).toHaveLength(1)
    expect(writer.doc.getText('body').toString()).toBe('')
  })
})
