import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AccessChange } from './AccessEvents.ts'
import { RedisAccessEvents } from './RedisAccessEvents.ts'
import { RedisConnection } from './RedisConnection.ts'
import { RedisEventWindows } from './RedisEventWindows.ts'
import { RedisKeyedLock } from './RedisKeyedLock.ts'
import {
  ownRedis,
  openTestConnection,
  randomRedisPrefix,
  recordingLogger,
  type OwnRedis,
} from './redisFixtures.ts'

const OUTAGE_WARNING = 'Redis unreachable'
const rule = { kind: 'count', limit: 2, windowMs: 60_000 } as const

// A Redis of this file's own, which the tests stop and start again: never the shared one.
describe('RedisConnection', () => {
  let redis: OwnRedis
  beforeAll(async () => {
    redis = await ownRedis()
    await redis.start()
  })
  afterAll(async () => {
    await redis.stop()
  })

  it('refuses to start when Redis cannot be reached', async () => {
    const nowhere = await ownRedis()
    await expect(
      RedisConnection.open({
        url: nowhere.url,
        prefix: randomRedisPrefix(),
        logger: recordingLogger().logger,
        connectTimeoutMs: 1_000,
      }),
    ).rejects.toMatchObject({ code: 'COORDINATION_REDIS_UNAVAILABLE' })
  })

  it('keeps serving from this process while Redis is down, warns once, and shares again once it is back', async () => {
    const { logger, messages } = recordingLogger()
    const prefix = randomRedisPrefix()
    const connection = await openTestConnection(prefix, { url: redis.url, logger })
    const windows = new RedisEventWindows(connection, 'panne')
    const lock = new RedisKeyedLock(connection, 'panne', { logger })
    const events = await RedisAccessEvents.open(connection, logger)
    const heard: AccessChange[] = []
    events.subscribe((change) => heard.push(change))
    const gate = { key: 'compte', rule }
    let reconnections = 0
    connection.onReconnected(() => {
      reconnections += 1
    })
    expect(connection.isConnected()).toBe(true)

    await redis.stop()
    await vi.waitFor(() => {
      expect(connection.isConnected()).toBe(false)
    })
    // Counters fall back to this process: the limit still holds here.
    const request = { enforce: [gate], record: [gate] }
    expect(await windows.admit(request, 1_000)).toBe(0)
    expect(await windows.admit(request, 1_000)).toBe(0)
    expect(await windows.admit(request, 1_000)).toBeGreaterThan(0)
    // Locks fall back to this process's queue, and changes are still heard here.
    await expect(lock.run('fil', () => Promise.resolve('servi'))).resolves.toBe('servi')
    const change: AccessChange = { kind: 'account', accountId: 'compte-panne' }
    await events.publish(change)
    expect(heard).toEqual([change])
    expect(messages.filter((message) => message.startsWith(OUTAGE_WARNING))).toHaveLength(1)

    await redis.start()
    await vi.waitFor(
      () => {
        expect(connection.isConnected()).toBe(true)
      },
      { timeout: 10_000, interval: 50 },
    )
    expect(reconnections).toBe(1)
    // Shared again: the event is recorded in Redis, not in the fallback.
    expect(await windows.admit(request, 2_000)).toBe(0)
    const raw = new Redis(redis.url)
    try {
      expect(await raw.zcard(connection.key('windows', 'panne', 'compte'))).toBe(1)
    } finally {
      await raw.quit()
    }
    expect(messages).toContain(
      'Redis reachable again: locks, counters and access events shared again',
    )
    await events.close()
    await connection.close()
  })

  it('sends the changes published while its connection was cut once it is back', async () => {
    const prefix = randomRedisPrefix()
    const { logger } = recordingLogger()
    const cut = await openTestConnection(prefix, { url: redis.url, logger })
    const other = await openTestConnection(prefix, { url: redis.url, logger })
    const publisher = await RedisAccessEvents.open(cut, logger)
    const listener = await RedisAccessEvents.open(other, logger)
    const heard: AccessChange[] = []
    listener.subscribe((change) => heard.push(change))
    const clientId = await cut.commands.client('ID')
    const raw = new Redis(redis.url)
    const closed = new Promise((resolve) => cut.commands.once('close', resolve))
    await raw.client('KILL', 'ID', String(clientId))
    await closed
    // Published while this process cannot reach Redis: kept, then sent on reconnection.
    const change: AccessChange = { kind: 'session', sessionTokenHash: 'coupee' }
    await publisher.publish(change)
    expect(heard).toEqual([])
    await vi.waitFor(
      () => {
        expect(heard).toEqual([change])
      },
      { timeout: 10_000, interval: 50 },
    )
    await raw.quit()
    await publisher.close()
    await listener.close()
    await cut.close()
    await other.close()
  })
})
