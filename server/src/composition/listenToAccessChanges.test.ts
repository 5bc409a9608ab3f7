import { pino } from 'pino'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import type { SyncGrant } from '../auth/Authenticator.ts'
import { PLENARY_SEAT } from '../auth/BreakoutSeat.ts'
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle } from '../auth/LoginThrottle.ts'
import { SessionManager } from '../auth/SessionManager.ts'
import { LocalAccessEvents } from '../coordination/LocalAccessEvents.ts'
import { MemoryEventWindows } from '../coordination/MemoryEventWindows.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import {
  account,
  documentRecord,
  fiche,
  membership,
  session,
  space,
} from '../persistence/metadataFixtures.ts'
import { systemTimers } from '../time/Timers.ts'
import { listenToAccessChanges, type LiveConnection } from './listenToAccessChanges.ts'

/** A live connection as the sync server's re-check sees it, and how it was closed. */
interface TestConnection extends LiveConnection {
  closedWith?: number
}

/** The sync server's two calls, over connections of the test's own. */
class TestSyncServer {
  readonly connections: TestConnection[] = []
  revalidations = 0

  async revalidate(
    matches: (connection: TestConnection) => boolean,
    decide: (connection: TestConnection) => Promise<SyncGrant | null>,
  ): Promise<void> {
    const selected = this.connections.filter(matches)
    await Promise.all(
      selected.map(async (connection) => {
        if ((await decide(connection)) === null) connection.closedWith = CloseCode.Forbidden
      }),
    )
    this.revalidations += 1
  }

  closeWhere(matches: (connection: TestConnection) => boolean, code: CloseCode): void {
    for (const connection of this.connections) if (matches(connection)) connection.closedWith = code
  }
}

const FUTURE = '2999-01-01T00:00:00.000Z'

describe('listenToAccessChanges', () => {
  let store: LowdbMetadataStore
  let events: LocalAccessEvents
  let syncServer: TestSyncServer
  let redisBack: () => void
  let stop: () => void

  beforeEach(async () => {
    store = LowdbMetadataStore.inMemory()
    events = new LocalAccessEvents()
    syncServer = new TestSyncServer()
    redisBack = () => undefined
    const sessions = new SessionManager({
      store,
      timers: systemTimers,
      throttle: new LoginThrottle(DEFAULT_LOGIN_THROTTLE, systemTimers, {
        failures: new MemoryEventWindows(),
        knownAddresses: new MemoryEventWindows(),
      }),
      ttlMs: 60 * 60 * 1000,
      accessEvents: events,
    })
    await store.createSpace(space())
    await store.createAccount(account())
    await store.putMembership(membership())
    await store.createDocument(documentRecord())
    stop = listenToAccessChanges({
      coordination: {
        accessEvents: events,
        onReconnected(listener) {
          redisBack = listener
          return () => undefined
        },
      },
      syncServer,
      metadata: store,
      sessions,
      breakoutSeats: { seatOf: () => Promise.resolve(PLENARY_SEAT) },
      checksAccounts: true,
      logger: pino({ level: 'silent' }),
    })
  })
  afterEach(async () => {
    stop()
    await events.close()
    await store.close()
  })

  function connect(sessionTokenHash: string): TestConnection {
    const connection: TestConnection = {
      principal: { id: account().id, name: account().name, sessionTokenHash },
      documentId: fiche,
    }
    syncServer.connections.push(connection)
    return connection
  }

  it('closes, once Redis is back, a connection whose session ended elsewhere during the outage', async () => {
    await store.createSession(session({ tokenHash: 'signed-out', expiresAt: FUTURE }))
    await store.createSession(session({ tokenHash: 'still-in', expiresAt: FUTURE }))
    const signedOut = connect('signed-out')
    const stillIn = connect('still-in')
    // Signed out on another process while Redis was down: its announcement never came here.
    await store.deleteSession('signed-out')
    redisBack()
    await vi.waitFor(() => {
      expect(syncServer.revalidations).toBe(1)
    })
    expect(signedOut.closedWith).toBe(CloseCode.Forbidden)
    expect(stillIn.closedWith).toBeUndefined()
  })

  it('closes, once Redis is back, a connection whose session expired', async () => {
    await store.createSession(
      session({ tokenHash: 'expired', expiresAt: '2020-01-01T00:00:00.000Z' }),
    )
    const expired = connect('expired')
    redisBack()
    await vi.waitFor(() => {
      expect(syncServer.revalidations).toBe(1)
    })
    expect(expired.closedWith).toBe(CloseCode.Forbidden)
  })
})
