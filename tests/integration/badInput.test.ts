import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as encoding from 'lib0/encoding'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CloseCode,
  encodeAuthDenied,
  encodeAwareness,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '@maillage/protocol'
import type { SyncLimits } from '@maillage/server'
import { metricValue } from '../helpers/metricValue.ts'
import { sendPipelinedFrames } from '../helpers/pipelinedClient.ts'
import { connectRawClient, type RawClient } from '../helpers/rawClient.ts'
import { createSeededRandom } from '../helpers/seededRandom.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

const DOCUMENT_ID = 'plan-action-bethune'
/** Every attack that carries document or awareness content carries this word. */
const MARK = 'ATTACKER'
const INITIAL_TEXT = 'Bonjour Lille'
const FINAL_TEXT = 'Bonjour Lille et Lens, merci'
/** Fixed so that a failure replays exactly. */
const RANDOM_FRAMES_SEED = 0x62616469
const MAX_FRAME_BYTES = 64 * 1024

/** One kind of bad input, sent by a raw client on the document two good clients are editing. */
interface Attack {
  readonly name: string
  readonly limits?: Partial<SyncLimits>
  readonly closeCode: CloseCode
  readonly send: (attacker: RawClient) => void
}

/** A valid Yjs update inserting {@link MARK} in `body`, as a client with id `clientId` would. */
function markUpdate(clientId?: number): Uint8Array {
  const doc = new Y.Doc()
  if (clientId !== undefined) doc.clientID = clientId
  doc.getText('body').insert(0, MARK)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/** Copies `frame` into a frame of exactly `size` bytes; the decoder ignores the zeros after it. */
function padTo(frame: Uint8Array, size: number): Uint8Array {
  const padded = new Uint8Array(size)
  padded.set(frame)
  return padded
}

function randomFrames(): Uint8Array[] {
  const random = createSeededRandom(RANDOM_FRAMES_SEED)
  return Array.from({ length: 8 }, () =>
    Uint8Array.from({ length: 1 + random.int(200) }, () => random.int(256)),
  )
}

/** A sync update frame whose length prefix claims 64 bytes more than the frame holds. */
function updateWithBogusLength(): Uint8Array {
  const update = markUpdate()
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0) // sync
  encoding.writeVarUint(encoder, 2) // update
  encoding.writeVarUint(encoder, update.length + 64)
  encoding.writeUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/**
 * A hand-made update of client 7: {@link MARK}, then a deleted item of length 0. Yjs applies it
 * without error, and the document state then fails to load in any fresh Y.Doc.
 */
function updateWithEmptyStruct(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1) // clients
  encoding.writeVarUint(encoder, 2) // structs of client 7
  encoding.writeVarUint(encoder, 7) // client
  encoding.writeVarUint(encoder, 0) // clock
  encoding.writeUint8(encoder, 4) // string content, no origin, parent is a root key
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarString(encoder, 'body')
  encoding.writeVarString(encoder, MARK)
  encoding.writeUint8(encoder, 0x81) // deleted content, with an origin
  encoding.writeVarUint(encoder, 7)
  encoding.writeVarUint(encoder, MARK.length - 1)
  encoding.writeVarUint(encoder, 0) // length 0
  encoding.writeVarUint(encoder, 0) // empty delete set
  return encoding.toUint8Array(encoder)
}

/** An update frame made only of ASCII bytes, so that it can travel as a text frame. */
function asciiUpdateFrame(): string {
  const frame = encodeUpdate(markUpdate(9))
  if (!frame.every((byte) => byte < 0x80)) throw new Error('the update frame is not ASCII')
  return new TextDecoder().decode(frame)
}

function largeAwarenessFrame(): Uint8Array {
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  awareness.setLocalState({ user: { name: MARK }, padding: 'x'.repeat(2048) })
  const frame = encodeAwareness(encodeAwarenessUpdate(awareness, [doc.clientID]))
  awareness.destroy()
  doc.destroy()
  return frame
}

/** A valid awareness entry carrying the mark, followed by an entry whose state is not JSON. */
function halfValidAwarenessFrame(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint(encoder, 424242)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarString(encoder, JSON.stringify({ user: { name: MARK } }))
  encoding.writeVarUint(encoder, 434343)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarString(encoder, '{"user":')
  return encodeAwareness(encoding.toUint8Array(encoder))
}

const sendAll =
  (frames: readonly Uint8Array[]) =>
  (attacker: RawClient): void => {
    for (const frame of frames) attacker.send(frame)
  }

const attacks: readonly Attack[] = [
  { name: 'random bytes', closeCode: CloseCode.BadMessage, send: sendAll(randomFrames()) },
  {
    name: 'a varUint that never ends',
    closeCode: CloseCode.BadMessage,
    send: sendAll([new Uint8Array(12).fill(0xff)]),
  },
  { name: 'an empty frame', closeCode: CloseCode.BadMessage, send: sendAll([new Uint8Array(0)]) },
  {
    name: 'an update whose length prefix exceeds the frame',
    closeCode: CloseCode.BadMessage,
    send: sendAll([updateWithBogusLength()]),
  },
  {
    name: 'a sync update carrying random bytes',
    closeCode: CloseCode.BadMessage,
    send: sendAll([
      encodeUpdate(Uint8Array.from([3, 250, 17, 99, 0, 201, 45, 7, 128, 255, 1, 42, 64])),
    ]),
  },
  {
    // Yjs integrates the structs before it reads the delete set, then throws.
    name: 'a truncated Yjs update',
    closeCode: CloseCode.BadMessage,
    send: sendAll([encodeUpdate(markUpdate().slice(0, -1))]),
  },
  {
    name: 'a sync step 2 with a struct of length 0',
    closeCode: CloseCode.BadMessage,
    send: sendAll([encodeSyncStep2(updateWithEmptyStruct())]),
  },
  {
    name: 'a sync step 1 with an invalid state vector',
    closeCode: CloseCode.BadMessage,
    send: sendAll([encodeSyncStep1(Uint8Array.from([5, 1]))]),
  },
  {
    name: 'message type 7',
    closeCode: CloseCode.BadMessage,
    send: sendAll([Uint8Array.from([7, 0, 2])]),
  },
  {
    name: 'message type 200',
    closeCode: CloseCode.BadMessage,
    send: sendAll([Uint8Array.from([0xc8, 0x01, 0])]),
  },
  {
    name: 'an auth message, which only the server sends',
    closeCode: CloseCode.BadMessage,
    send: sendAll([encodeAuthDenied(MARK)]),
  },
  {
    name: 'a text frame',
    closeCode: CloseCode.BadMessage,
    send: (attacker) => {
      attacker.socket.send(asciiUpdateFrame())
    },
  },
  {
    name: 'a frame one byte over maxFrameBytes',
    limits: { maxFrameBytes: MAX_FRAME_BYTES },
    closeCode: CloseCode.TooLarge,
    send: sendAll([padTo(encodeUpdate(markUpdate()), MAX_FRAME_BYTES + 1)]),
  },
  {
    name: 'a frame over the hard ceiling of ws (twice maxFrameBytes)',
    limits: { maxFrameBytes: MAX_FRAME_BYTES },
    closeCode: CloseCode.MessageTooBig,
    send: sendAll([padTo(encodeUpdate(markUpdate()), 2 * MAX_FRAME_BYTES + 1)]),
  },
  {
    name: 'an awareness update over maxAwarenessBytes',
    limits: { maxAwarenessBytes: 1024 },
    closeCode: CloseCode.TooLarge,
    send: sendAll([largeAwarenessFrame()]),
  },
  {
    name: 'an awareness update whose second entry is not JSON',
    closeCode: CloseCode.BadMessage,
    send: sendAll([halfValidAwarenessFrame()]),
  },
  {
    // 60 harmless messages exhaust the burst of 40 (a refill of 20 would take a second), so every
    // update after them is over the limit.
    name: 'a flood of 200 messages at 20 messages per second',
    limits: { maxMessagesPerSecond: 20 },
    closeCode: CloseCode.RateLimited,
    send: sendAll([
      ...Array.from({ length: 60 }, () => encodeQueryAwareness()),
      ...Array.from({ length: 140 }, () => encodeUpdate(markUpdate())),
    ]),
  },
]

describe('bad input from one connection', () => {
  let dataDir: string | undefined
  let server: TestServer | undefined
  const clients: SyncClient[] = []
  const attackers: RawClient[] = []

  const connect = (target: TestServer): SyncClient => {
    const client = connectClient(target.syncUrl, DOCUMENT_ID)
    clients.push(client)
    return client
  }
  const closesWith = (target: TestServer, code: number): Promise<number> =>
    metricValue(target.httpUrl, 'maillage_closes_total', `{code="${code}"}`)

  /** A lowdb server where two good clients have typed and saved {@link INITIAL_TEXT}. */
  const setUp = async (
    limits: Partial<SyncLimits> = {},
    syncReadMaxBytes?: number,
  ): Promise<{ target: TestServer; alice: SyncClient; bob: SyncClient }> => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-bad-input-'))
    const store = { kind: 'lowdb' as const, dataDir }
    const target = await startServer({
      store: syncReadMaxBytes === undefined ? store : { ...store, syncReadMaxBytes },
      limits,
    })
    server = target
    const alice = connect(target)
    const bob = connect(target)
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    alice.text.insert(0, INITIAL_TEXT)
    await waitFor(() => {
      expect(bob.text.toString()).toBe(INITIAL_TEXT)
    })
    await waitFor(async () => {
      expect(await metricValue(target.httpUrl, 'maillage_save_duration_seconds_count')).toBe(1)
    })
    return { target, alice, bob }
  }

  /** Edits from both good clients reach the other one. */
  const expectGoodClientsSyncing = async (alice: SyncClient, bob: SyncClient): Promise<void> => {
    alice.text.insert(alice.text.length, ' et Lens')
    await waitFor(() => {
      expect(bob.text.toString()).toBe('Bonjour Lille et Lens')
    })
    bob.text.insert(bob.text.length, ', merci')
    await waitFor(() => {
      expect(alice.text.toString()).toBe(FINAL_TEXT)
    })
  }

  /** A newcomer, then a newcomer of a server restarted on the same files, read exactly FINAL_TEXT. */
  const expectStoredDocument = async (target: TestServer): Promise<void> => {
    const newcomer = connect(target)
    await whenSynced(newcomer)
    expect(newcomer.text.toString()).toBe(FINAL_TEXT)
    for (const client of clients.splice(0)) client.destroy()
    await target.close()
    if (dataDir === undefined) throw new Error('no data directory')
    const restarted = await startServer({ store: { kind: 'lowdb', dataDir } })
    server = restarted
    const reader = connect(restarted)
    await whenSynced(reader)
    expect(reader.text.toString()).toBe(FINAL_TEXT)
    expect(reader.text.toString()).not.toContain(MARK)
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const attacker of attackers.splice(0)) await attacker.close()
    await server?.close()
    server = undefined
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true })
    dataDir = undefined
  })

  it.each(attacks)(
    'closes the sender of $name with $closeCode and nobody else',
    async ({ limits, closeCode, send }) => {
      const { target, alice, bob } = await setUp(limits)
      const sockets = [alice.provider.ws, bob.provider.ws]
      const closesBefore = await closesWith(target, closeCode)

      const attacker = await connectRawClient(target.syncUrl, DOCUMENT_ID)
      attackers.push(attacker)
      let attackerCloseCode: number | undefined
      void attacker.closed.then((code) => {
        attackerCloseCode = code
      })
      send(attacker)
      await waitFor(() => {
        expect(attackerCloseCode).toBe(closeCode)
      })

      const health = await fetch(`${target.httpUrl}/healthz`)
      expect(health.status).toBe(200)
      // Same sockets as before the attack: the good clients were neither closed nor reconnected.
      expect(alice.provider.ws).toBe(sockets[0])
      expect(bob.provider.ws).toBe(sockets[1])
      expect(alice.provider.wsconnected && bob.provider.wsconnected).toBe(true)
      await expectGoodClientsSyncing(alice, bob)
      await waitFor(async () => {
        expect(await closesWith(target, closeCode)).toBe(closesBefore + 1)
      })
      // After the round trip of the good edits, anything the attacker made the room broadcast
      // would have arrived.
      const presence = JSON.stringify([...alice.provider.awareness.getStates().values()])
      expect(presence).not.toContain(MARK)
      // The room greets a newcomer with every awareness state it holds, announced or not.
      const newcomer = connectClient(target.syncUrl, DOCUMENT_ID)
      clients.push(newcomer)
      await whenSynced(newcomer)
      expect(JSON.stringify([...newcomer.provider.awareness.getStates().values()])).not.toContain(
        MARK,
      )
      await expectStoredDocument(target)
    },
  )

  it('closes with 4429 a connection that sends more than maxQueuedFrames while the document loads', async () => {
    const maxQueuedFrames = 4
    // Every stored file read through the thread pool, as a document above 1 MiB is (a smaller one
    // loads within the turn of its upgrade, before any frame behind it is read).
    const { target, alice, bob } = await setUp({ maxQueuedFrames }, 0)
    alice.provider.disconnect()
    bob.provider.disconnect()
    await waitFor(async () => {
      expect(await metricValue(target.httpUrl, 'maillage_rooms')).toBe(0)
    })
    const closesBefore = await closesWith(target, CloseCode.RateLimited)

    // Frames written right behind the upgrade request are read before the lowdb store has read
    // the document's files, so they all arrive while the room is loading.
    const frames = Array.from({ length: 2 * maxQueuedFrames }, () => encodeUpdate(markUpdate()))
    const result = await sendPipelinedFrames(target.syncUrl, DOCUMENT_ID, frames)
    expect(result).toEqual({ status: 101, closeCode: CloseCode.RateLimited })

    expect((await fetch(`${target.httpUrl}/healthz`)).status).toBe(200)
    await waitFor(async () => {
      expect(await closesWith(target, CloseCode.RateLimited)).toBe(closesBefore + 1)
    })
    // The room the attacker made load has no connection left: it must not stay in memory.
    await waitFor(async () => {
      expect(await metricValue(target.httpUrl, 'maillage_rooms')).toBe(0)
    })
    alice.provider.connect()
    bob.provider.connect()
    await waitFor(() => {
      expect(alice.provider.synced && bob.provider.synced).toBe(true)
    })
    expect(alice.text.toString()).toBe(INITIAL_TEXT)
    await expectGoodClientsSyncing(alice, bob)
    await expectStoredDocument(target)
  })
})
