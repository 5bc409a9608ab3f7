import { pino } from 'pino'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { KeyedLock } from './KeyedLock.ts'
import { describeKeyedLockContract } from './keyedLockContract.ts'
import type { RedisConnection } from './RedisConnection.ts'
import { RedisKeyedLock } from './RedisKeyedLock.ts'
import { deleteKeys, openTestConnection, randomRedisPrefix } from './redisFixtures.ts'

const logger = pino({ level: 'silent' })

describeKeyedLockContract('SerialQueues', () => {
  // One process: every "instance" is the same queues.
  const queues = new SerialQueues()
  return {
    instances: (count) => Promise.resolve(Array.from({ length: count }, () => queues)),
    close: () => Promise.resolve(),
  }
})

describeKeyedLockContract('RedisKeyedLock', () => {
  // Each instance is a process of its own: its own connections to the one Redis.
  const prefix = randomRedisPrefix()
  const connections: RedisConnection[] = []
  return {
    async instances(count) {
      const opened: KeyedLock[] = []
      for (let index = 0; index < count; index += 1) {
        const connection = await openTestConnection(prefix)
        connections.push(connection)
        opened.push(new RedisKeyedLock(connection, 'contrat', { logger }))
      }
      return opened
    },
    async close() {
      await Promise.all(connections.map((connection) => connection.close()))
      await deleteKeys(prefix)
    },
  }
})

describe('RedisKeyedLock', () => {
  const prefix = randomRedisPrefix()
  const connections: RedisConnection[] = []
  async function connect(): Promise<RedisConnection> {
    const connection = await openTestConnection(prefix)
    connections.push(connection)
    return connection
  }
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()))
    await deleteKeys(prefix)
  })

  it('takes over the lock of a holder that died once its TTL has passed', async () => {
    const connection = await connect()
    // A process that took the lock and died: nobody renews or releases it.
    await connection.commands.set(connection.key('locks', 'mort', 'fil'), 'disparu', 'PX', 300)
    const lock = new RedisKeyedLock(connection, 'mort', { logger })
    const startedAt = Date.now()
    await expect(lock.run('fil', () => Promise.resolve('repris'))).resolves.toBe('repris')
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250)
  })

  it('keeps the lock past its TTL while the task runs, by renewing it', async () => {
    const [first, second] = [await connect(), await connect()]
    const holder = new RedisKeyedLock(first, 'long', { logger, ttlMs: 150 })
    const waiter = new RedisKeyedLock(second, 'long', { logger, ttlMs: 150 })
    let release = (): void => undefined
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    const held = holder.run('fil', () => released)
    const key = first.key('locks', 'long', 'fil')
    await vi.waitFor(async () => {
      expect(await first.commands.exists(key)).toBe(1)
    })
    let waiterRan = false
    const waiting = waiter.run('fil', () => {
      waiterRan = true
      return Promise.resolve()
    })
    // Three TTLs pass: without renewal the lock would have expired and let the waiter in.
    const until = Date.now() + 450
    await vi.waitFor(
      () => {
        expect(Date.now()).toBeGreaterThan(until)
      },
      { timeout: 2_000, interval: 50 },
    )
    expect(waiterRan).toBe(false)
    release()
    await held
    await waiting
    expect(waiterRan).toBe(true)
  })

  it('fails with COORDINATION_LOCK_TIMEOUT after waiting its longest for a held lock', async () => {
    const connection = await connect()
    await connection.commands.set(connection.key('locks', 'attente', 'fil'), 'autre', 'PX', 10_000)
    const lock = new RedisKeyedLock(connection, 'attente', { logger, waitMs: 100 })
    let ran = false
    await expect(
      lock.run('fil', () => {
        ran = true
        return Promise.resolve()
      }),
    ).rejects.toMatchObject({ code: 'COORDINATION_LOCK_TIMEOUT' })
    expect(ran).toBe(false)
  })
})
