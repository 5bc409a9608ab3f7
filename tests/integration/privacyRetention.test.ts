import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestDatabase,
  type CreateServerOptions,
  type StoreConfig,
  type TestDatabase,
} from '@maillage/server'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const START = Date.parse('2026-06-01T08:00:00.000Z')

/**
 * The server's clock, frozen until the test moves it; timers of a day (the retention job's) are
 * held until {@link DailyClock.runDaily}, the others are the real ones.
 */
interface DailyClock extends NonNullable<CreateServerOptions['timers']> {
  advance(ms: number): void
  /** Fires the day's timers held so far (the job schedules its next run as it starts). */
  runDaily(): void
  readonly held: number
}

function dailyClock(start: number): DailyClock {
  let now = start
  let daily: (() => void)[] = []
  return {
    now: () => now,
    setTimeout(callback, delayMs) {
      if (delayMs < DAY_MS) return setTimeout(callback, delayMs)
      daily.push(callback)
      return setTimeout(() => undefined, 0)
    },
    clearTimeout(handle) {
      clearTimeout(handle)
    },
    advance(ms) {
      now += ms
    },
    runDaily() {
      const due = daily
      daily = []
      for (const callback of due) callback()
    },
    get held() {
      return daily.length
    },
  }
}

const iso = (time: number): string => new Date(time).toISOString()

describe.each(['lowdb', 'postgres'] as const)('RGPD: the retention job (%s store)', (kind) => {
  const clock = dailyClock(START)
  let server: TestServer
  let database: TestDatabase | undefined
  let dataDir: string

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-retention-'))
    let store: StoreConfig = { kind: 'lowdb', dataDir }
    if (kind === 'postgres') {
      database = await createTestDatabase()
      store = { kind: 'postgres', url: database.url }
    }
    server = await startServer({ auth: 'session', timers: clock, store })
  })
  afterAll(async () => {
    await server.close()
    await database?.drop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('runs at start, then each day removes exactly what is past its period', async () => {
    // The run at start scheduled the next one, a day later.
    await waitFor(() => {
      expect(clock.held).toBe(1)
    })
    const { metadata } = server.server
    const session = (name: string, expiresAt: number) => ({
      tokenHash: `hash-${name}`,
      accountId: 'compte-retention',
      csrfToken: `csrf-${name}`,
      createdAt: iso(expiresAt - 12 * 60 * 60 * 1000),
      expiresAt: iso(expiresAt),
    })
    const notification = (name: string, createdAt: number) => ({
      id: `notification-${name}`,
      accountId: 'compte-retention',
      kind: 'mention',
      message: 'Vous avez été mentionné.',
      link: '/echanges',
      createdAt: iso(createdAt),
    })
    await metadata.createSession(session('old', START - 30 * DAY_MS - 1))
    await metadata.createSession(session('recent', START - 30 * DAY_MS + 1))
    await metadata.createSession(session('live', START + DAY_MS * 2))
    await metadata.notifications.createNotifications([
      notification('old', START - 365 * DAY_MS - 1),
      notification('recent', START - 365 * DAY_MS + 1),
    ])
    for (const [name, at] of [
      ['old', START - 365 * DAY_MS - 1],
      ['recent', START - 365 * DAY_MS + 1],
      ['today', START],
    ] as const) {
      await metadata.appendAudit({ at: iso(at), action: 'logout', actorId: `audit-${name}` })
    }
    const audited = async (): Promise<(string | undefined)[]> =>
      (await metadata.listAudit())
        .filter((entry) => entry.actorId?.startsWith('audit-') === true)
        .map((entry) => entry.actorId)

    // The next day's run (the clock stands still): what is past its period by 1 ms goes.
    clock.runDaily()
    // The audit trail is pruned last: once it is, the run is over.
    await waitFor(async () => {
      expect(await audited()).toEqual(['audit-recent', 'audit-today'])
    })
    expect(await metadata.findSession('hash-old')).toBeNull()
    expect(await metadata.findSession('hash-recent')).not.toBeNull()
    expect(await metadata.findSession('hash-live')).not.toBeNull()
    const left = await metadata.notifications.listNotificationsOf('compte-retention')
    expect(left.map(({ id }) => id)).toEqual(['notification-recent'])
    expect(clock.held).toBe(1)

    // 2 ms later, the next run removes the items that were 1 ms short of their period.
    clock.advance(2)
    clock.runDaily()
    await waitFor(async () => {
      expect(await audited()).toEqual(['audit-today'])
    })
    expect(await metadata.findSession('hash-recent')).toBeNull()
    expect(await metadata.notifications.listNotificationsOf('compte-retention')).toEqual([])
    // An entry appended after a pruning is kept, after the others.
    await metadata.appendAudit({ at: iso(START + 2), action: 'logout', actorId: 'audit-after' })
    expect(await audited()).toEqual(['audit-today', 'audit-after'])
    expect(await metadata.findSession('hash-live')).not.toBeNull()
  })
})
