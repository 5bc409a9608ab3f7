import { pino } from 'pino'
import type * as Y from 'yjs'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CloseCode, parseDocumentId } from '@maillage/protocol'
import {
  DocumentKind,
  DocumentRoot,
  MATURITY_GRID,
  SpaceKind,
  SpaceRole,
  maturityFieldNames,
  parseSpaceId,
} from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { IndexEvent } from '../coordination/IndexEvents.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import { LocalAccessEvents } from '../coordination/LocalAccessEvents.ts'
import { LocalIndexEvents } from '../coordination/LocalIndexEvents.ts'
import type { RedisConnection } from '../coordination/RedisConnection.ts'
import { RedisKeyedLock } from '../coordination/RedisKeyedLock.ts'
import { deleteKeys, openTestConnection, randomRedisPrefix } from '../coordination/redisFixtures.ts'
import { DocumentIndexer } from '../documents/DocumentIndexer.ts'
import { DocumentService } from '../documents/DocumentService.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import { RoomDocumentContent } from '../sync/RoomDocumentContent.ts'
import { createTestRegistry } from '../sync/roomTestKit.ts'
import { systemTimers } from '../time/Timers.ts'
import { MAX_MATURITY_CAMPAIGNS, MaturityService } from './MaturityService.ts'
import { addDays, parisDay } from './parisDay.ts'

const LILLE = parseSpaceId('clpe-lille')
const lille = { id: LILLE, name: 'CLPE de Lille' }

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

function openCampaign(id: string): MaturityCampaign {
  const today = parisDay(Date.now())
  return {
    id,
    title: 'Démarche de progression',
    opensAt: addDays(today, -1),
    closesAt: addDays(today, 30),
    createdBy: claire.id,
    createdAt: new Date().toISOString(),
  }
}

describe('MaturityService', () => {
  // One workspace (one metadata store, one document store) served by "processes", each with its
  // own rooms, services and lock of self-assessments.
  const prefix = randomRedisPrefix()
  const logger = pino({ level: 'silent' })
  const connections: RedisConnection[] = []
  let store: LowdbMetadataStore
  let documentStore: MemoryDocumentStore
  let registries: RoomRegistry[]
  let closables: { close(): Promise<void> }[]
  let published: IndexEvent[]

  beforeEach(async () => {
    store = LowdbMetadataStore.inMemory()
    documentStore = new MemoryDocumentStore()
    registries = []
    closables = []
    published = []
    await store.createSpace({
      id: LILLE,
      kind: SpaceKind.Clpe,
      name: lille.name,
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
    await Promise.all(closables.map((opened) => opened.close()))
    await store.close()
  })
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()))
    await deleteKeys(prefix)
  })

  /** The maturity service of one server process, with `locks` for its self-assessments. */
  function processWith(locks: KeyedLock): {
    maturity: MaturityService
    content: RoomDocumentContent
  } {
    const rooms = createTestRegistry({ store: documentStore })
    registries.push(rooms)
    const accessEvents = new LocalAccessEvents()
    const events = new LocalIndexEvents()
    closables.push(accessEvents, events)
    events.subscribe((event) => published.push(event))
    const content = new RoomDocumentContent({ rooms, store: documentStore })
    const documents = new DocumentService({
      metadata: store,
      content,
      timers: systemTimers,
      accessEvents,
      indexEvents: events,
    })
    const indexer = new DocumentIndexer({
      metadata: store,
      content,
      events,
      timers: systemTimers,
      logger,
    })
    const maturity = new MaturityService({
      store,
      documents,
      content,
      timers: systemTimers,
      locks,
      indexer,
      events,
    })
    return { maturity, content }
  }

  async function redisLocks(): Promise<KeyedLock> {
    const connection = await openTestConnection(prefix)
    connections.push(connection)
    return new RedisKeyedLock(connection, 'maturity-assessments', { logger })
  }

  async function autoEvaluations(): Promise<number> {
    const documents = await store.listDocumentsOfSpace(LILLE)
    return documents.filter((document) => document.kind === DocumentKind.AutoEvaluation).length
  }

  it('creates one self-assessment when two processes open it at the same time', async () => {
    const [first, second] = [processWith(await redisLocks()), processWith(await redisLocks())]
    const campaign = openCampaign('campagne-1')
    await store.maturity.createCampaign(campaign)
    const assessments = await Promise.all([
      first.maturity.assessmentOf(contributrice, campaign, lille),
      second.maturity.assessmentOf(contributrice, campaign, lille),
      first.maturity.assessmentOf(contributrice, campaign, lille),
      second.maturity.assessmentOf(contributrice, campaign, lille),
    ])
    expect(new Set(assessments.map((assessment) => assessment.documentId)).size).toBe(1)
    expect(await autoEvaluations()).toBe(1)
    expect(await store.maturity.listAssessmentsOfCampaign(campaign.id)).toHaveLength(1)
  })

  it('submits once filled, through either process, announcing it and indexing « soumise »', async () => {
    const [first, second] = [processWith(await redisLocks()), processWith(await redisLocks())]
    const campaign = openCampaign('campagne-2')
    await store.maturity.createCampaign(campaign)
    const assessment = await first.maturity.assessmentOf(contributrice, campaign, lille)
    const documentId = parseDocumentId(assessment.documentId)
    await first.content.change(documentId, (doc: Y.Doc) => {
      const fields = doc.getMap(DocumentRoot.Fields)
      for (const question of MATURITY_GRID.flatMap((theme) => theme.questions)) {
        fields.set(maturityFieldNames(question.id).level, '2')
      }
    })
    const both = await Promise.all([
      first.maturity.submit(contributrice, campaign, LILLE),
      second.maturity.submit(contributrice, campaign, LILLE),
    ])
    expect(both.map((submitted) => submitted.profile?.level)).toEqual([2, 2])
    const stored = await store.maturity.listAssessmentsOfCampaign(campaign.id)
    expect(stored).toHaveLength(1)
    expect(stored[0]?.submittedBy).toBe(claire.id)
    expect(published.filter((event) => event.topic === 'maturite')).toContainEqual({
      topic: 'maturite',
      spaceId: LILLE,
      documentId: assessment.documentId,
    })
    expect((await store.findDocument(documentId))?.status).toBe('soumise')
    const audited = await store.listAudit()
    expect(
      audited.filter((entry) => entry.action === 'maturity-assessment.submitted'),
    ).toHaveLength(2)
  })

  it('opens a campaign for days in order, and no more than the bound', async () => {
    const { maturity } = processWith(new SerialQueues())
    const period = { title: 'Campagne', opensAt: '2027-01-04', closesAt: '2027-01-03' }
    const reversed = await maturity
      .createCampaign(contributrice, period)
      .catch((error: unknown) => error)
    expect(reversed).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect(reversed).toHaveProperty('details.closesAt')
    for (let index = 0; index < MAX_MATURITY_CAMPAIGNS; index += 1) {
      await store.maturity.createCampaign(openCampaign(`campagne-${index}`))
    }
    await expect(
      maturity.createCampaign(contributrice, { ...period, closesAt: '2027-02-26' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})
