import { pino } from 'pino'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import { DocumentKind, REGIONAL_SPACE_IDS, SpaceKind, SpaceRole } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle } from '../auth/LoginThrottle.ts'
import { SessionManager } from '../auth/SessionManager.ts'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import { LocalAccessEvents } from '../coordination/LocalAccessEvents.ts'
import { LocalIndexEvents } from '../coordination/LocalIndexEvents.ts'
import { MemoryEventWindows } from '../coordination/MemoryEventWindows.ts'
import type { RedisConnection } from '../coordination/RedisConnection.ts'
import { RedisKeyedLock } from '../coordination/RedisKeyedLock.ts'
import { deleteKeys, openTestConnection, randomRedisPrefix } from '../coordination/redisFixtures.ts'
import { DocumentService } from '../documents/DocumentService.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import { RoomDocumentContent } from '../sync/RoomDocumentContent.ts'
import { createTestRegistry } from '../sync/roomTestKit.ts'
import { systemTimers } from '../time/Timers.ts'
import { writeAtelierSession } from './atelierSession.ts'
import { AtelierSessionService } from './AtelierSessionService.ts'

const REGIONAL = REGIONAL_SPACE_IDS.regional

const animatrice: Account = {
  id: 'animatrice',
  email: 'animatrice@exemple.fr',
  name: 'Animatrice',
  organisation: '',
  color: '#1f6feb',
  passwordHash: 'pas-de-mot-de-passe',
  platformRole: PlatformRole.Membre,
  createdAt: '2026-12-01T09:00:00.000Z',
}
const facilitator: Actor = {
  account: animatrice,
  roles: new Map([[REGIONAL, SpaceRole.Animateur]]),
  via: 'session',
}

describe('AtelierSessionService compte rendu', () => {
  // One workspace (one metadata store, one document store) served by "processes", each with its
  // own rooms, services and lock of compte rendu drafts.
  const prefix = randomRedisPrefix()
  const logger = pino({ level: 'silent' })
  const connections: RedisConnection[] = []
  let store: LowdbMetadataStore
  let documentStore: MemoryDocumentStore
  let registries: RoomRegistry[]
  let events: LocalAccessEvents[]

  beforeEach(async () => {
    store = LowdbMetadataStore.inMemory()
    documentStore = new MemoryDocumentStore()
    registries = []
    events = []
    await store.createSpace({
      id: REGIONAL,
      kind: SpaceKind.Regional,
      name: 'Espace régional',
      description: '',
      createdAt: '2026-12-01T09:00:00.000Z',
    })
    await store.createAccount(animatrice)
    await store.putMembership({
      spaceId: REGIONAL,
      accountId: animatrice.id,
      role: SpaceRole.Animateur,
      createdAt: '2026-12-01T09:00:00.000Z',
    })
  })
  afterEach(async () => {
    await Promise.allSettled(
      registries.flatMap((rooms) =>
        rooms.rooms().map((room) => room.shutdown(CloseCode.GoingAway)),
      ),
    )
    await Promise.all(events.map((opened) => opened.close()))
    await store.close()
  })
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()))
    await deleteKeys(prefix)
  })

  /** The services of one server process, with `locks` for its compte rendu drafts. */
  function processWith(locks: KeyedLock): {
    documents: DocumentService
    content: RoomDocumentContent
    ateliers: AtelierSessionService
  } {
    const rooms = createTestRegistry({ store: documentStore })
    registries.push(rooms)
    const accessEvents = new LocalAccessEvents()
    events.push(accessEvents)
    const content = new RoomDocumentContent({ rooms, store: documentStore })
    const documents = new DocumentService({
      metadata: store,
      content,
      timers: systemTimers,
      accessEvents,
      indexEvents: new LocalIndexEvents(),
    })
    const sessions = new SessionManager({
      store,
      timers: systemTimers,
      throttle: new LoginThrottle(DEFAULT_LOGIN_THROTTLE, systemTimers, {
        failures: new MemoryEventWindows(),
        knownAddresses: new MemoryEventWindows(),
      }),
      ttlMs: 60 * 60 * 1000,
      accessEvents,
    })
    const ateliers = new AtelierSessionService({
      store,
      documents,
      content,
      presence: { connectedAccounts: () => Promise.resolve(new Set<string>()) },
      timers: systemTimers,
      sessions,
      compteRenduLocks: locks,
      pollsCompteRendu: () => Promise.resolve({ polls: [], clouds: [] }),
    })
    return { documents, content, ateliers }
  }

  async function redisLocks(): Promise<KeyedLock> {
    const connection = await openTestConnection(prefix)
    connections.push(connection)
    return new RedisKeyedLock(connection, 'compte-rendu', { logger })
  }

  /** An atelier of the programme whose session is over, created through `served`. */
  async function finishedAtelier(served: ReturnType<typeof processWith>): Promise<DocumentRecord> {
    const record = await served.documents.create(facilitator, {
      spaceId: REGIONAL,
      kind: DocumentKind.Atelier,
      title: 'Atelier mobilité',
    })
    await served.content.change(record.id, (doc) => {
      writeAtelierSession(doc, {
        state: 'terminee',
        startedAt: '2026-12-05T09:00:00.000Z',
        endedAt: '2026-12-05T11:00:00.000Z',
      })
    })
    return record
  }

  async function compteRendus(): Promise<number> {
    const documents = await store.listDocumentsOfSpace(REGIONAL)
    return documents.filter((document) => document.kind === DocumentKind.CompteRendu).length
  }

  it('drafts one compte rendu when its facilitator clicks twice at the same time', async () => {
    const served = processWith(new SerialQueues())
    const atelier = await finishedAtelier(served)
    const drafts = await Promise.all([
      served.ateliers.compteRendu(facilitator, atelier),
      served.ateliers.compteRendu(facilitator, atelier),
    ])
    const [first, second] = drafts
    expect(first.created).toBe(true)
    expect(second).toEqual({ documentId: first.documentId, created: false })
    expect(await compteRendus()).toBe(1)
  })

  it('drafts one compte rendu when two processes are asked for it at the same time', async () => {
    const first = processWith(await redisLocks())
    const second = processWith(await redisLocks())
    const atelier = await finishedAtelier(first)
    const drafts = await Promise.all([
      first.ateliers.compteRendu(facilitator, atelier),
      second.ateliers.compteRendu(facilitator, atelier),
    ])
    expect(new Set(drafts.map((draft) => draft.documentId)).size).toBe(1)
    expect(drafts.map((draft) => draft.created).sort()).toEqual([false, true])
    expect(await compteRendus()).toBe(1)
  })
})
