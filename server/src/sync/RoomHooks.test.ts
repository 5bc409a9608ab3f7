import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { CloseCode, encodeAwareness, encodeUpdate } from '@maillage/protocol'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import { SERVER_ORIGIN } from './Room.ts'
import type {
  RoomAwarenessEvent,
  RoomConnectionEvent,
  RoomEvent,
  RoomExtension,
  RoomStoredEvent,
  RoomUnloadedEvent,
  RoomUpdateEvent,
} from './RoomHooks.ts'
import type { RoomRegistry } from './RoomRegistry.ts'
import {
  TestSockets,
  createCapturingLogger,
  createTestRegistry,
  newDocumentId,
} from './roomTestKit.ts'

/** An update that inserts `text` at the start of the title, under a new client id. */
function titleUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('title').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

/** The title of a document's stored updates. */
async function storedTitle(store: MemoryDocumentStore, id: Parameters<typeof store.load>[0]) {
  const { updates } = await store.load(id)
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('title').toString()
}

/** Records every event of every hook, in order. */
class RecordingExtension implements RoomExtension {
  readonly name = 'recorder'
  readonly loaded: RoomEvent[] = []
  readonly changed: RoomUpdateEvent[] = []
  readonly awareness: RoomAwarenessEvent[] = []
  readonly stored: RoomStoredEvent[] = []
  readonly storedTitles: string[] = []
  readonly joined: RoomConnectionEvent[] = []
  readonly left: RoomConnectionEvent[] = []
  readonly unloaded: RoomUnloadedEvent[] = []
  onLoaded = (event: RoomEvent): void => {
    this.loaded.push(event)
  }
  onChanged = (event: RoomUpdateEvent): void => {
    this.changed.push(event)
  }
  onAwarenessChanged = (event: RoomAwarenessEvent): void => {
    this.awareness.push(event)
  }
  onStored = (event: RoomStoredEvent): void => {
    this.stored.push(event)
    // The document is readable during the hook only.
    this.storedTitles.push(event.doc.getText('title').toString())
  }
  onJoined = (event: RoomConnectionEvent): void => {
    this.joined.push(event)
  }
  onLeft = (event: RoomConnectionEvent): void => {
    this.left.push(event)
  }
  onUnloaded = (event: RoomUnloadedEvent): void => {
    this.unloaded.push(event)
  }
}

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

function setUp(extensions: readonly RoomExtension[] = [], saveDelayMs = 0) {
  const store = new MemoryDocumentStore()
  const capture = createCapturingLogger()
  const registry = createTestRegistry({ store, extensions, logger: capture.logger, saveDelayMs })
  registries.push(registry)
  return { store, registry, logs: capture.lines }
}

describe('room hooks', () => {
  it('tells onLoaded once, when the stored document is in and the room is ready', async () => {
    const recorder = new RecordingExtension()
    const readyWhenLoaded: boolean[] = []
    const { store, registry } = setUp([
      recorder,
      { name: 'probe', onLoaded: ({ room }) => void readyWhenLoaded.push(room.isReady) },
    ])
    const id = newDocumentId()
    await store.append(id, [titleUpdate('stored')])
    const room = registry.open(id)
    await room.load()
    await room.load()
    expect(recorder.loaded).toHaveLength(1)
    expect(recorder.loaded[0]?.room).toBe(room)
    expect(readyWhenLoaded).toEqual([true])
  })

  it('reports every update with its origin, but not the state loaded from the store', async () => {
    const recorder = new RecordingExtension()
    const { store, registry } = setUp([recorder])
    const id = newDocumentId()
    await store.append(id, [titleUpdate('stored')])
    const peer = await sockets.connect(id, 'alice')
    const room = registry.open(id)
    registry.join(room, peer.connection)
    // Builds the document from the stored bytes, then writes: only the write is a change.
    await room.change((doc) => {
      doc.getText('title').insert(0, 'server ')
    })
    room.receive(peer.connection, encodeUpdate(titleUpdate('client ')))
    room.applyRemoteUpdate(titleUpdate('remote '), 'peer-process')
    // The load from the store (origin 'persistence') is not among them.
    expect(recorder.changed.map((event) => event.origin)).toEqual([
      SERVER_ORIGIN,
      peer.connection,
      'peer-process',
    ])
  })

  it('reports awareness changes as an encoded update of the changed ids, with their origin', async () => {
    const recorder = new RecordingExtension()
    const { registry } = setUp([recorder])
    const id = newDocumentId()
    const peer = await sockets.connect(id, 'alice')
    const room = registry.open(id)
    registry.join(room, peer.connection)
    await room.load()
    const clientAwareness = new Awareness(new Y.Doc())
    clientAwareness.setLocalState({ user: { name: 'Alice' } })
    const clientId = clientAwareness.clientID
    room.receive(
      peer.connection,
      encodeAwareness(encodeAwarenessUpdate(clientAwareness, [clientId])),
    )
    expect(recorder.awareness).toHaveLength(1)
    expect(recorder.awareness[0]?.origin).toBe(peer.connection)
    const elsewhere = new Awareness(new Y.Doc())
    applyAwarenessUpdate(elsewhere, recorder.awareness[0]?.update ?? new Uint8Array(), null)
    expect(elsewhere.getStates().get(clientId)).toEqual({ user: { name: 'Alice' } })
    // Leaving removes the state it held: the removal is reported too, by the room itself.
    registry.leave(room, peer.connection)
    expect(recorder.awareness).toHaveLength(2)
    expect(recorder.awareness[1]?.origin).toBeNull()
    applyAwarenessUpdate(elsewhere, recorder.awareness[1]?.update ?? new Uint8Array(), null)
    expect(elsewhere.getStates().has(clientId)).toBe(false)
    clientAwareness.destroy()
    elsewhere.destroy()
  })

  it('reports saves of connections’ edits with the editor and the live document, not the server’s own', async () => {
    const recorder = new RecordingExtension()
    const { registry } = setUp([recorder])
    const id = newDocumentId()
    await registry.change(id, (doc) => {
      doc.getText('title').insert(0, 'Plan')
    })
    expect(recorder.stored).toHaveLength(0)
    const peer = await sockets.connect(id, 'alice')
    const room = registry.open(id)
    registry.join(room, peer.connection)
    await room.load()
    room.receive(peer.connection, encodeUpdate(titleUpdate('Mon ')))
    await vi.waitFor(() => {
      expect(recorder.stored).toHaveLength(1)
    })
    expect(recorder.stored[0]?.room).toBe(room)
    expect(recorder.stored[0]?.editorId).toBe('alice')
    expect(recorder.storedTitles[0]).toContain('Mon ')
    expect(recorder.storedTitles[0]).toContain('Plan')
  })

  it('reports joins and leaves with the connection, then the unload once saved and empty', async () => {
    const recorder = new RecordingExtension()
    const { registry } = setUp([recorder])
    const id = newDocumentId()
    const peer = await sockets.connect(id, 'alice')
    const room = registry.open(id)
    registry.join(room, peer.connection)
    expect(recorder.joined).toEqual([{ room, connection: peer.connection }])
    await room.load()
    registry.leave(room, peer.connection)
    expect(recorder.left).toEqual([{ room, connection: peer.connection }])
    await vi.waitFor(() => {
      expect(recorder.unloaded).toEqual([{ documentId: id }])
    })
    expect(registry.find(id)).toBeUndefined()
  })

  it('logs a failing extension with the document and its name, and goes on with the others and the room', async () => {
    const recorder = new RecordingExtension()
    const { store, registry, logs } = setUp([
      {
        name: 'broken',
        onJoined: () => {
          throw new Error('joined exploded')
        },
        onChanged: () => Promise.reject(new Error('changed rejected')),
      },
      recorder,
    ])
    const id = newDocumentId()
    const peer = await sockets.connect(id, 'alice')
    const reader = await sockets.connect(id, 'bob')
    const room = registry.open(id)
    registry.join(room, peer.connection)
    registry.join(room, reader.connection)
    await room.load()
    room.receive(peer.connection, encodeUpdate(titleUpdate('Bonjour')))
    expect(recorder.joined).toHaveLength(2)
    expect(recorder.changed).toHaveLength(1)
    // The room still broadcasts and saves.
    await vi.waitFor(async () => {
      expect(reader.doc.getText('title').toString()).toBe('Bonjour')
      expect(await storedTitle(store, id)).toBe('Bonjour')
    })
    await vi.waitFor(() => {
      const failures = logs.filter((line) => line.extension === 'broken')
      expect(failures.map((line) => [line.hook, line.documentId])).toEqual([
        ['onJoined', id],
        ['onJoined', id],
        ['onChanged', id],
      ])
    })
  })
})

describe('updates and awareness from other processes', () => {
  it('broadcasts a remote update to local connections and saves it', async () => {
    const { store, registry } = setUp()
    const id = newDocumentId()
    const peer = await sockets.connect(id, 'alice')
    const room = registry.open(id)
    registry.join(room, peer.connection)
    await room.load()
    room.applyRemoteUpdate(titleUpdate('Ailleurs'), 'peer-process')
    await vi.waitFor(async () => {
      expect(peer.doc.getText('title').toString()).toBe('Ailleurs')
      expect(await storedTitle(store, id)).toBe('Ailleurs')
    })
  })

  it('applies remote updates received while loading once the stored state is in, before onLoaded', async () => {
    const titlesWhenLoaded: string[] = []
    const { store, registry } = setUp([
      {
        name: 'probe',
        onLoaded: ({ room }) =>
          void titlesWhenLoaded.push(room.document.doc.getText('title').toString()),
      },
    ])
    const id = newDocumentId()
    const stored = new Y.Doc()
    stored.getText('title').insert(0, 'Plan')
    await store.append(id, [Y.encodeStateAsUpdate(stored)])
    const remote = new Y.Doc()
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(stored))
    remote.getText('title').insert(4, ' 2027')
    const room = registry.open(id)
    expect(room.isReady).toBe(false)
    room.applyRemoteUpdate(Y.encodeStateAsUpdate(remote, Y.encodeStateVector(stored)), 'peer')
    await room.load()
    expect(titlesWhenLoaded).toEqual(['Plan 2027'])
    await vi.waitFor(async () => {
      expect(await storedTitle(store, id)).toBe('Plan 2027')
    })
  })

  it('broadcasts a remote awareness update to local connections and reports it with its origin', async () => {
    const recorder = new RecordingExtension()
    const { registry } = setUp([recorder])
    const id = newDocumentId()
    const peer = await sockets.connect(id, 'alice', 'read')
    const room = registry.open(id)
    registry.join(room, peer.connection)
    await room.load()
    const remoteAwareness = new Awareness(new Y.Doc())
    remoteAwareness.setLocalState({ user: { name: 'Bob' } })
    const update = encodeAwarenessUpdate(remoteAwareness, [remoteAwareness.clientID])
    room.applyRemoteAwareness(update, 'peer-process')
    expect(recorder.awareness.map((event) => event.origin)).toEqual(['peer-process'])
    await vi.waitFor(() => {
      const received = peer.received.filter((message) => message.type === 'awareness')
      const seen = new Awareness(new Y.Doc())
      for (const message of received) applyAwarenessUpdate(seen, message.update, null)
      expect(seen.getStates().get(remoteAwareness.clientID)).toEqual({ user: { name: 'Bob' } })
    })
    remoteAwareness.destroy()
  })

  it('encodes its state vector and state from the stored bytes without building the document', async () => {
    const { store, registry } = setUp()
    const id = newDocumentId()
    const stored = new Y.Doc()
    stored.getText('title').insert(0, 'Diagnostic')
    const half = new Y.Doc()
    Y.applyUpdate(half, Y.encodeStateAsUpdate(stored))
    stored.getText('title').insert(10, ' territorial')
    await store.append(id, [Y.encodeStateAsUpdate(stored)])
    const room = registry.open(id)
    expect(() => room.encodeStateVector()).toThrow()
    await room.load()
    expect(room.encodeStateVector()).toEqual(Y.encodeStateVector(stored))
    const whole = new Y.Doc()
    Y.applyUpdate(whole, room.encodeStateAsUpdate())
    expect(whole.getText('title').toString()).toBe('Diagnostic territorial')
    const missing = room.encodeStateAsUpdate(Y.encodeStateVector(half))
    expect(missing.byteLength).toBeLessThan(Y.encodeStateAsUpdate(stored).byteLength)
    Y.applyUpdate(half, missing)
    expect(half.getText('title').toString()).toBe('Diagnostic territorial')
    // Nothing was integrated into the room's live document.
    expect(room.document.doc.getText('title').length).toBe(0)
  })
})
