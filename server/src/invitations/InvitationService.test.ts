import { pino } from 'pino'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SpaceKind, SpaceRole, parseSpaceId } from '@maillage/schema'
import { AccountService } from '../accounts/AccountService.ts'
import { SignInService } from '../accounts/SignInService.ts'
import type { Actor } from '../auth/Actor.ts'
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle } from '../auth/LoginThrottle.ts'
import { SessionManager } from '../auth/SessionManager.ts'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { AccessChange, AccessEvents } from '../coordination/AccessEvents.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import { LocalAccessEvents } from '../coordination/LocalAccessEvents.ts'
import { MemoryEventWindows } from '../coordination/MemoryEventWindows.ts'
import type { RedisConnection } from '../coordination/RedisConnection.ts'
import { RedisKeyedLock } from '../coordination/RedisKeyedLock.ts'
import { deleteKeys, openTestConnection, randomRedisPrefix } from '../coordination/redisFixtures.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import {
  createMetadataTestDatabase,
  type MetadataTestDatabase,
} from '../persistence/postgres/postgresMetadataFixtures.ts'
import { PostgresMetadataStore } from '../persistence/postgres/PostgresMetadataStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import { systemTimers } from '../time/Timers.ts'
import { InvitationService } from './InvitationService.ts'

const LILLE = parseSpaceId('clpe-lille')

function account(id: string): Account {
  return {
    id,
    email: `${id}@exemple.fr`,
    name: id,
    organisation: '',
    color: '#1f6feb',
    passwordHash: 'pas-de-mot-de-passe',
    platformRole: PlatformRole.Membre,
    createdAt: '2026-12-01T09:00:00.000Z',
  }
}

async function codeOf(action: Promise<unknown>): Promise<string> {
  const error: unknown = await action.then(
    () => null,
    (reason: unknown) => reason,
  )
  return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`
}

/** The service as one server process builds it, over `store`, with `locks` for its accepts. */
function invitationServiceOver(
  store: MetadataStore,
  accessEvents: AccessEvents,
  locks: KeyedLock,
): InvitationService {
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
  const accounts = new AccountService({ store, sessions, timers: systemTimers, production: false })
  const signIn = new SignInService({
    store,
    sessions,
    accounts,
    accessEvents,
    timers: systemTimers,
  })
  return new InvitationService({
    store,
    signIn,
    sessions,
    accessEvents,
    timers: systemTimers,
    locks,
    // These tests are about accepting links; the mail of an invitation is tested with a real SMTP
    // server (tests/integration/mailEvents.test.ts).
    mail: { sendToAddress: () => Promise.resolve() },
    logger: pino({ level: 'silent' }),
  })
}

async function createLilleWith(store: MetadataStore, accounts: readonly Account[]): Promise<void> {
  await store.createSpace({
    id: LILLE,
    kind: SpaceKind.Clpe,
    name: 'CLPE de Lille',
    description: '',
    createdAt: '2026-12-01T09:00:00.000Z',
  })
  for (const member of accounts) await store.createAccount(member)
}

describe('InvitationService', () => {
  let store: LowdbMetadataStore
  let events: LocalAccessEvents
  let heard: AccessChange[]
  let invitations: InvitationService
  const animatrice = account('animatrice')
  const partenaire = account('partenaire')
  const animatriceActor: Actor = {
    account: animatrice,
    roles: new Map([[LILLE, SpaceRole.Animateur]]),
    via: 'session',
  }

  beforeEach(async () => {
    store = LowdbMetadataStore.inMemory()
    events = new LocalAccessEvents()
    heard = []
    events.subscribe((change) => heard.push(change))
    invitations = invitationServiceOver(store, events, new SerialQueues())
    await createLilleWith(store, [animatrice, partenaire])
  })
  afterEach(async () => {
    await events.close()
    await store.close()
  })

  it('gives the role and announces the access change of a signed-in person who accepts', async () => {
    const { token } = await invitations.create(animatriceActor, LILLE, { role: SpaceRole.Lecteur })
    const accepted = await invitations.accept(token, { kind: 'signed-in', account: partenaire })
    expect(accepted).toMatchObject({ spaceId: LILLE, opened: null })
    expect((await store.findMembership(LILLE, partenaire.id))?.role).toBe(SpaceRole.Lecteur)
    expect(heard).toEqual([{ kind: 'account', accountId: partenaire.id }])
  })

  it('serves a link once', async () => {
    const { token } = await invitations.create(animatriceActor, LILLE, { role: SpaceRole.Lecteur })
    await invitations.accept(token, { kind: 'signed-in', account: partenaire })
    const again = invitations.accept(token, { kind: 'signed-in', account: animatrice })
    expect(await codeOf(again)).toBe(ErrorCode.InvitationInvalid)
  })

  it('serves a link once when it is accepted twice at the same time', async () => {
    const { token } = await invitations.create(animatriceActor, LILLE, { role: SpaceRole.Lecteur })
    const outcomes = await Promise.all([
      codeOf(invitations.accept(token, { kind: 'signed-in', account: partenaire })),
      codeOf(invitations.accept(token, { kind: 'signed-in', account: animatrice })),
    ])
    expect(outcomes.sort()).toEqual([ErrorCode.InvitationInvalid, 'not an AppError: null'])
  })

  it('refuses a person who does not manage the space, before any invitation exists', async () => {
    const lecteur: Actor = {
      account: partenaire,
      roles: new Map([[LILLE, SpaceRole.Lecteur]]),
      via: 'session',
    }
    const refused = invitations.create(lecteur, LILLE, { role: SpaceRole.Animateur })
    expect(await codeOf(refused)).toBe(ErrorCode.Forbidden)
    expect(await store.listInvitationsOfSpace(LILLE)).toEqual([])
  })
})

describe('InvitationService across processes', () => {
  // Two server processes: each its own pool on one PostgreSQL database and its own Redis
  // connection, under one prefix.
  const prefix = randomRedisPrefix()
  const logger = pino({ level: 'silent' })
  const animatrice = account('animatrice')
  const partenaire = account('partenaire')
  const voisine = account('voisine')
  let database: MetadataTestDatabase
  const connections: RedisConnection[] = []
  const events: LocalAccessEvents[] = []

  beforeAll(async () => {
    database = await createMetadataTestDatabase()
  })
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()))
    await Promise.all(events.map((opened) => opened.close()))
    await deleteKeys(prefix)
    await database.drop()
  })

  /** A process; `alone`: its lock holds in this process only, as while Redis is lost. */
  async function openProcess(
    options: { alone?: boolean } = {},
  ): Promise<{ store: MetadataStore; invitations: InvitationService }> {
    const store = await PostgresMetadataStore.open(database.openPool())
    const accessEvents = new LocalAccessEvents()
    events.push(accessEvents)
    if (options.alone === true) {
      return { store, invitations: invitationServiceOver(store, accessEvents, new SerialQueues()) }
    }
    const connection = await openTestConnection(prefix)
    connections.push(connection)
    const locks = new RedisKeyedLock(connection, 'invitations', { logger })
    return { store, invitations: invitationServiceOver(store, accessEvents, locks) }
  }

  it.each([
    ['sharing a lock through Redis', false],
    ['each with a lock of its own (Redis lost): the transaction reads the link again', true],
  ])(
    'serves each link once when two processes accept it at the same time, %s',
    async (_name, alone) => {
      const first = await openProcess({ alone })
      const second = await openProcess({ alone })
      if (!alone) await createLilleWith(first.store, [animatrice, partenaire, voisine])
      // Both pools connected, so that neither process starts late.
      await Promise.all([first.store.findSpace(LILLE), second.store.findSpace(LILLE)])
      const animatriceActor: Actor = {
        account: animatrice,
        roles: new Map([[LILLE, SpaceRole.Animateur]]),
        via: 'session',
      }
      const links = await Promise.all(
        Array.from({ length: 5 }, () =>
          first.invitations.create(animatriceActor, LILLE, { role: SpaceRole.Contributeur }),
        ),
      )
      const outcomes = await Promise.all(
        links.flatMap(({ token }) => [
          codeOf(first.invitations.accept(token, { kind: 'signed-in', account: partenaire })),
          codeOf(second.invitations.accept(token, { kind: 'signed-in', account: voisine })),
        ]),
      )
      const served = outcomes.filter((outcome) => outcome === 'not an AppError: null')
      const refused = outcomes.filter((outcome) => outcome === ErrorCode.InvitationInvalid)
      expect({ served: served.length, refused: refused.length }).toEqual({ served: 5, refused: 5 })
      const used = await first.store.listInvitationsOfSpace(LILLE)
      const linkIds = new Set(links.map(({ invitation }) => invitation.id))
      expect(
        used.filter((invitation) => linkIds.has(invitation.id) && invitation.usedBy !== undefined),
      ).toHaveLength(5)
    },
  )
})
