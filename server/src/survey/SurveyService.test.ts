import { pino } from 'pino'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import { DocumentKind, SpaceKind, SpaceRole, parseSpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import { LocalAccessEvents } from '../coordination/LocalAccessEvents.ts'
import { LocalIndexEvents } from '../coordination/LocalIndexEvents.ts'
import type { RedisConnection } from '../coordination/RedisConnection.ts'
import { RedisKeyedLock } from '../coordination/RedisKeyedLock.ts'
import { deleteKeys, openTestConnection, randomRedisPrefix } from '../coordination/redisFixtures.ts'
import { DocumentService } from '../documents/DocumentService.ts'
import { NotificationService } from '../notifications/NotificationService.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import { SurveyMode, type Survey } from '../persistence/records/Survey.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import { RoomDocumentContent } from '../sync/RoomDocumentContent.ts'
import { createTestRegistry } from '../sync/roomTestKit.ts'
import { systemTimers } from '../time/Timers.ts'
import { SurveyService } from './SurveyService.ts'

const LILLE = parseSpaceId('clpe-lille')
const DAY_MS = 24 * 60 * 60 * 1000

const claire: Account = {
  id: 'claire',
  email: 'claire@exemple.fr',
  name: 'Claire',
  organisation: '',
  color: '#1f6feb',
  passwordHash: 'pas-de-mot-de-passe',
  platformRole: PlatformRole.Membre,
  createdAt: '2026-12-01T09:00:00.000Z',
}
const contributrice: Actor = {
  account: claire,
  roles: new Map([[LILLE, SpaceRole.Contributeur]]),
  via: 'session',
}

function openSurvey(id: string): Survey {
  return {
    id,
    title: 'Besoins des CLPE',
    introduction: '',
    questions: [
      { id: 'q1', kind: 'text', label: 'Quel besoin reste sans outil ?', required: false },
    ],
    targetSpaceIds: [LILLE],
    mode: SurveyMode.Collective,
    createdBy: claire.id,
    createdAt: new Date(Date.now() - DAY_MS).toISOString(),
    updatedAt: new Date(Date.now() - DAY_MS).toISOString(),
    opensAt: new Date(Date.now() - DAY_MS).toISOString(),
    closesAt: new Date(Date.now() + DAY_MS).toISOString(),
  }
}

describe('SurveyService answers', () => {
  // One workspace (one metadata store, one document store) served by "processes", each with its
  // own rooms, services and lock of answer creations.
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
      id: LILLE,
      kind: SpaceKind.Clpe,
      name: 'CLPE de Lille',
      description: '',
      createdAt: '2026-12-01T09:00:00.000Z',
    })
    await store.createAccount(claire)
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

  /** The survey service of one server process, with `locks` for its answer creations. */
  function processWith(locks: KeyedLock): SurveyService {
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
    const notifications = new NotificationService({ store, timers: systemTimers })
    return new SurveyService({
      store,
      documents,
      content,
      timers: systemTimers,
      notifications,
      locks,
    })
  }

  async function redisLocks(): Promise<KeyedLock> {
    const connection = await openTestConnection(prefix)
    connections.push(connection)
    return new RedisKeyedLock(connection, 'survey-answers', { logger })
  }

  async function answerPages(): Promise<number> {
    const documents = await store.listDocumentsOfSpace(LILLE)
    return documents.filter((document) => document.kind === DocumentKind.Page).length
  }

  it('creates one answer when the same CLPE opens it twice at the same time', async () => {
    const surveys = processWith(new SerialQueues())
    const survey = openSurvey('enquete-1')
    await store.surveys.createSurvey(survey)
    const [first, second] = await Promise.all([
      surveys.answerOf(contributrice, survey, LILLE),
      surveys.answerOf(contributrice, survey, LILLE),
    ])
    expect(second).toEqual(first)
    expect(await answerPages()).toBe(1)
  })

  it('creates one answer when two processes open it at the same time', async () => {
    const [first, second] = [processWith(await redisLocks()), processWith(await redisLocks())]
    const survey = openSurvey('enquete-2')
    await store.surveys.createSurvey(survey)
    const answers = await Promise.all([
      first.answerOf(contributrice, survey, LILLE),
      second.answerOf(contributrice, survey, LILLE),
      first.answerOf(contributrice, survey, LILLE),
      second.answerOf(contributrice, survey, LILLE),
    ])
    expect(new Set(answers.map((answer) => answer.documentId)).size).toBe(1)
    expect(await answerPages()).toBe(1)
    expect(await store.surveys.listSurveyAnswers(survey.id)).toHaveLength(1)
  })
})
